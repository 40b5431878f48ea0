import { assessCaseFacts, CASE_RULES, type CaseFacts } from './case-facts';
import { NORMS } from './norms';

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  setting: 'kita',
  patterns: ['absence_exclusion'],
  contractTerminated: false,
  officeNotifiedBeforehand: null,
  consentToInvolveOthers: true,
  ...overrides,
});
const actionIds = (f: CaseFacts) => assessCaseFacts(f).actions.map((a) => a.id);

describe('assessing a case from its facts', () => {
  it('counts what a contract shows as unlawful as if it had been reported, marked as found there', () => {
    const result = assessCaseFacts(
      facts({
        patterns: ['absence_exclusion'],
        consentToInvolveOthers: false,
        contractFindings: [
          { pattern: 'parent_must_substitute', verdict: 'unlawful' },
          { pattern: 'absence_exclusion', verdict: 'unlawful' },
        ],
      }),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        pattern: 'absence_exclusion',
        verdict: 'unlawful',
        foundIn: ['report', 'contract'],
      }),
      expect.objectContaining({
        pattern: 'parent_must_substitute',
        verdict: 'unlawful',
        foundIn: ['contract'],
        ruleId: 'kita.parent_must_substitute',
      }),
    ]);
  });

  it('leaves a pattern the clause rules were unsure of in a contract to review, and it asks for action', () => {
    const result = assessCaseFacts(
      facts({
        patterns: [],
        contractFindings: [{ pattern: 'hours_capped_to_assistance', verdict: 'review' }],
      }),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        pattern: 'hours_capped_to_assistance',
        verdict: 'review',
        foundIn: ['contract'],
      }),
    ]);
    expect(result.findings[0].explanation).toContain('ist zu prüfen');
    expect(result.actions.map((a) => a.id)).toContain('advise_provider');
    // Without anything found, the provider is not approached.
    expect(actionIds(facts({ patterns: [] }))).not.toContain('advise_provider');
  });

  it('finds each reported pattern unlawful, with the norms of the setting', () => {
    const { findings } = assessCaseFacts(facts({ patterns: ['hours_capped_to_assistance'] }));
    expect(findings).toEqual([
      expect.objectContaining({
        pattern: 'hours_capped_to_assistance',
        verdict: 'unlawful',
        norms: ['KiBiz § 7', 'KiBiz § 8', 'SGB IX § 91 Abs. 2 S. 2', 'KiBiz § 26 Abs. 3'],
        ruleId: 'kita.hours_capped_to_assistance',
      }),
    ]);
    const ogs = assessCaseFacts(facts({ setting: 'ogs' })).findings[0];
    expect(ogs.norms).toContain('BASS 12-63 Nr. 2');
  });

  it('after a termination asks for the Fachberatung statement and the protocols of the talks', () => {
    const terminated = assessCaseFacts(facts({ patterns: [], contractTerminated: true }));
    // Why it was terminated is still to be found out: review, not yet unlawful.
    expect(terminated.findings).toEqual([
      expect.objectContaining({ pattern: 'termination_for_missing_assistance', verdict: 'review' }),
    ]);
    const reported = assessCaseFacts(
      facts({ patterns: ['termination_for_missing_assistance'], contractTerminated: true }),
    );
    expect(reported.findings.map((f) => f.verdict)).toEqual(['unlawful']);
    const action = terminated.actions.find((a) => a.id === 'request_termination_records');
    expect(action).toMatchObject({ body: 'landesjugendamt', needsConsent: false });
    expect(action?.reason).toContain('Protokolle der Gespräche mit den Eltern');
    expect(actionIds(facts())).not.toContain('request_termination_records');
  });

  it('reminds of the reporting duty only when the office was not told beforehand', () => {
    expect(
      actionIds(facts({ contractTerminated: true, officeNotifiedBeforehand: false })),
    ).toContain('remind_reporting_duty');
    expect(
      actionIds(facts({ contractTerminated: true, officeNotifiedBeforehand: true })),
    ).not.toContain('remind_reporting_duty');
    expect(
      actionIds(facts({ contractTerminated: true, officeNotifiedBeforehand: null })),
    ).not.toContain('remind_reporting_duty');
  });

  it('sends Kita cases about the legal claim to the local youth office, OGS cases to the school authority', () => {
    const kita = assessCaseFacts(facts({ patterns: ['admission_conditional_on_assistance'] }));
    expect(kita.actions.find((a) => a.id === 'involve_youth_office')).toMatchObject({
      body: 'jugendamt',
      norms: ['SGB VIII § 24'],
    });
    expect(kita.actions.map((a) => a.id)).not.toContain('involve_school_authority');
    const ogs = actionIds(facts({ setting: 'ogs' }));
    expect(ogs).toContain('involve_school_authority');
    expect(ogs).not.toContain('involve_youth_office');
  });

  it('involves the integration-assistance agency when the assistant is the reason', () => {
    expect(assessCaseFacts(facts()).actions).toContainEqual(
      expect.objectContaining({ id: 'involve_integration_agency', body: 'eingliederungshilfe' }),
    );
    expect(actionIds(facts({ patterns: ['admission_conditional_on_assistance'] }))).not.toContain(
      'involve_integration_agency',
    );
  });

  it('without the parents’ consent holds back every step that involves others and asks for it', () => {
    const { actions } = assessCaseFacts(facts({ consentToInvolveOthers: false }));
    expect(actions.find((a) => a.id === 'ask_consent')).toBeDefined();
    expect(
      actions
        .filter((a) => a.needsConsent)
        .map((a) => a.body)
        .sort(),
    ).toEqual(['eingliederungshilfe', 'jugendamt']);
    const withConsent = assessCaseFacts(facts());
    expect(withConsent.actions.some((a) => a.needsConsent || a.id === 'ask_consent')).toBe(false);
  });

  it('asks for consent after a termination even with no pattern reported', () => {
    const ids = actionIds(
      facts({ patterns: [], contractTerminated: true, consentToInvolveOthers: false }),
    );
    expect(ids).toEqual(expect.arrayContaining(['ask_consent', 'involve_youth_office']));
  });

  it('considers a condition on the operating licence only for a Kita', () => {
    const terminated = { contractTerminated: true };
    expect(actionIds(facts(terminated))).toContain('consider_requirement');
    expect(actionIds(facts({ ...terminated, setting: 'ogs' }))).not.toContain(
      'consider_requirement',
    );
    const ogsAdvice = assessCaseFacts(facts({ setting: 'ogs' })).actions.find(
      (a) => a.id === 'advise_provider',
    );
    expect(ogsAdvice?.norms).toEqual(['BASS 12-63 Nr. 2']);
  });

  it('with nothing reported only advises the parents', () => {
    expect(actionIds(facts({ patterns: [] }))).toEqual(['advise_parents']);
  });

  it('cites only catalogued norms', () => {
    const cited = CASE_RULES.flatMap((r) =>
      Array.isArray(r.action.norms) ? r.action.norms : Object.values(r.action.norms).flat(),
    );
    expect(cited.filter((n) => !(n in NORMS))).toEqual([]);
  });
});
