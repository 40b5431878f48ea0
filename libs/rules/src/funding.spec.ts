import {
  assessAllocation,
  type ExpenditureInput,
  formatDecimalAmount,
  formatEuro,
  isSchoolYear,
  overheadCap,
  parseDecimalAmount,
  parseGermanAmount,
  repaymentDueDate,
  schoolYearOf,
} from './funding';

const spend = (
  id: string,
  category: ExpenditureInput['category'],
  amountCents: number,
  extra: Partial<ExpenditureInput> = {},
): ExpenditureInput => ({ id, category, amountCents, ...extra });

describe('the purpose check of the Inklusionspauschale', () => {
  it('reproduces the Rhein-Sieg-Kreis settlement for 2020/2021 to the cent', () => {
    const result = assessAllocation({
      amountCents: 89_193_168,
      paidAt: '2021-06-30',
      expenditures: [spend('a', 'general_budget', 89_193_168)],
      deemedProperlyUsedCents: 42_236_200,
    });
    expect(result.properlyUsedCents).toBe(42_236_200);
    expect(result.repaymentDueCents).toBe(46_956_968);
    expect(formatEuro(result.repaymentDueCents)).toBe('469.569,68 €');
    expect(result.repaymentDueBy).toBe('2022-04-01');
    expect(result.lines[0]).toMatchObject({
      verdict: 'ineligible',
      rule: 'inklfoeg.general_budget',
    });
  });

  it('without a settlement, money booked into the general budget is all to be repaid', () => {
    const result = assessAllocation({
      amountCents: 89_193_168,
      paidAt: '2021-06-30',
      expenditures: [spend('a', 'general_budget', 89_193_168)],
    });
    expect(result.repaymentDueCents).toBe(89_193_168);
    expect(result.settled).toBe(false);
  });

  it('caps overhead at 15 % of the pool model named, rounded down to the cent', () => {
    const result = assessAllocation({
      amountCents: 20_000_000,
      paidAt: '2021-03-01',
      expenditures: [
        spend('p', 'pool_personnel', 12_345_678, { poolModelId: 'kobsi' }),
        spend('o', 'pool_overhead', 2_500_000, { poolModelId: 'kobsi' }),
      ],
    });
    expect(overheadCap(12_345_678)).toBe(1_851_851);
    expect(result.lines[1]).toMatchObject({
      verdict: 'partly_eligible',
      eligibleCents: 1_851_851,
      ineligibleCents: 648_149,
      rule: 'inklfoeg.overhead_cap',
    });
    expect(result.eligibleCents).toBe(14_197_529);
    expect(result.unusedCents).toBe(20_000_000 - 12_345_678 - 2_500_000);
    expect(result.repaymentDueCents).toBe(20_000_000 - 14_197_529);
    expect(result.repaymentDueBy).toBe('2022-04-01');
  });

  it('holds overhead without a pool model against the rest of the allocation’s pool costs', () => {
    const result = assessAllocation({
      amountCents: 10_000_000,
      paidAt: '2021-03-01',
      expenditures: [
        spend('p1', 'pool_personnel', 4_000_000, { poolModelId: 'a' }),
        spend('p2', 'pool_personnel', 6_000_000),
        spend('o1', 'pool_overhead', 600_000, { poolModelId: 'a' }),
        spend('o2', 'pool_overhead', 1_000_000),
      ],
    });
    // a: cap 600,000 (all granted); all: cap 1,500,000 less 600,000 → 900,000 for o2.
    expect(result.lines[2].eligibleCents).toBe(600_000);
    expect(result.lines[3].eligibleCents).toBe(900_000);
  });

  it('refuses individual claims and a forwarding without its conditions', () => {
    const result = assessAllocation({
      amountCents: 1_000_000,
      paidAt: '2021-03-01',
      expenditures: [
        spend('i', 'individual_claim', 100_000),
        spend('f', 'forwarding_to_municipality', 200_000, {
          municipalityRunsCommonLearningSchools: true,
          projectExistsOrPlanned: false,
        }),
        spend('g', 'forwarding_to_municipality', 300_000, {
          municipalityRunsCommonLearningSchools: true,
          projectExistsOrPlanned: true,
        }),
      ],
    });
    expect(result.lines.map((l) => l.verdict)).toEqual(['ineligible', 'ineligible', 'eligible']);
    expect(result.lines[1].reason).toContain('Projekt');
    expect(result.repaymentDueCents).toBe(700_000);
  });

  it('owes nothing and names no date when everything is used as earmarked', () => {
    const result = assessAllocation({
      amountCents: 100_00,
      paidAt: '2021-03-01',
      expenditures: [spend('s', 'supervision', 100_00)],
    });
    expect(result.repaymentDueCents).toBe(0);
    expect(result.repaymentDueBy).toBeNull();
  });
});

describe('amounts and school years', () => {
  it('reads API and German amounts exactly', () => {
    expect(parseDecimalAmount('469569.68')).toBe(46_956_968);
    expect(parseDecimalAmount('0.5')).toBe(50);
    expect(parseDecimalAmount('1.234')).toBeNull();
    expect(parseGermanAmount('1.234,56')).toBe(123_456);
    expect(parseGermanAmount('891931,68 €')).toBe(89_193_168);
    expect(parseGermanAmount('1,2,3')).toBeNull();
    expect(parseGermanAmount('-5,00')).toBeNull();
  });

  it('writes amounts for the API and in German', () => {
    expect(formatDecimalAmount(46_956_968)).toBe('469569.68');
    expect(formatDecimalAmount(5)).toBe('0.05');
    expect(formatEuro(89_193_168)).toBe('891.931,68 €');
    expect(formatEuro(0)).toBe('0,00 €');
  });

  it('knows school years and the 1 April repayment date', () => {
    expect(schoolYearOf('2020-08-01')).toBe('2020/2021');
    expect(schoolYearOf('2021-07-31')).toBe('2020/2021');
    expect(isSchoolYear('2020/2021')).toBe(true);
    expect(isSchoolYear('2020/2022')).toBe(false);
    expect(repaymentDueDate('2020-12-15')).toBe('2021-04-01');
  });
});
