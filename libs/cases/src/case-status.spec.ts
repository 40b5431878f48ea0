import {
  allowedTransitions,
  canTransition,
  CASE_STATUSES,
  isClosed,
  OPEN_STATUSES,
} from './case-status';

describe('case status machine', () => {
  it('moves a complaint from received through assessment to the provider', () => {
    expect(canTransition('received', 'assessing')).toBe(true);
    expect(canTransition('assessing', 'provider_contacted')).toBe(true);
  });

  it.each(['resolved', 'requirement_imposed', 'closed_unresolved'] as const)(
    'ends a case as %s only after the provider was contacted',
    (end) => {
      expect(canTransition('provider_contacted', end)).toBe(true);
      expect(canTransition('received', end)).toBe(false);
      expect(canTransition('assessing', end)).toBe(false);
    },
  );

  it('lets the parents withdraw from every open state and from no closed one', () => {
    for (const status of CASE_STATUSES) {
      expect(canTransition(status, 'withdrawn')).toBe(!isClosed(status));
    }
  });

  it('does not skip the assessment or go backwards', () => {
    expect(canTransition('received', 'provider_contacted')).toBe(false);
    expect(canTransition('provider_contacted', 'assessing')).toBe(false);
    expect(canTransition('assessing', 'assessing')).toBe(false);
  });

  it('knows the open states and allows nothing after a case is closed', () => {
    expect(OPEN_STATUSES).toEqual(['received', 'assessing', 'provider_contacted']);
    expect(allowedTransitions('resolved')).toEqual([]);
    expect(allowedTransitions('withdrawn')).toEqual([]);
  });
});
