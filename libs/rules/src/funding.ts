/*
 * The purpose check of the Inklusionspauschale (§ 2 Abs. 2 InklFöG; the ministry's notes on its
 * proper use, seed 000 sections II–IV; § 4 Abs. 2 of the agreement with the Rhein-Sieg-Kreis).
 * Money is counted in integer cents (safe integers): no floating point ever touches an amount.
 */

export const EXPENDITURE_CATEGORIES = [
  'pool_personnel',
  'pool_overhead',
  'qualification',
  'exchange_meetings',
  'coordination_formats',
  'collegial_case_consultation',
  'networking',
  'brochures',
  'expert_support',
  'concept_development',
  'supervision',
  'forwarding_to_municipality',
  'individual_claim',
  'general_budget',
] as const;
export type ExpenditureCategory = (typeof EXPENDITURE_CATEGORIES)[number];

/** The German names, as finance offices write them in their exports and the UI shows them. */
export const EXPENDITURE_CATEGORY_LABELS: Record<ExpenditureCategory, string> = {
  pool_personnel: 'Personalkosten Pool-Modell',
  pool_overhead: 'Planung und Koordination (Overhead)',
  qualification: 'Qualifizierung der Schulbegleitungen',
  exchange_meetings: 'Austauschtreffen',
  coordination_formats: 'Formate zur Planung und Koordination',
  collegial_case_consultation: 'Kollegiale Fallberatung',
  networking: 'Vernetzung',
  brochures: 'Informationsbroschüren',
  expert_support: 'Unterstützung durch Experten',
  concept_development: 'Konzeptentwicklung',
  supervision: 'Supervision',
  forwarding_to_municipality: 'Weiterleitung an eine Gemeinde',
  individual_claim: 'Individualanspruch',
  general_budget: 'Allgemeiner Haushalt',
};

/** Planning and coordination overhead may reach this share of the pool's personnel costs. */
export const OVERHEAD_CAP_PERCENT = 15;

export const FUNDING_RULES = {
  eligibleUse: 'inklfoeg.eligible_use',
  overheadCap: 'inklfoeg.overhead_cap',
  individualClaim: 'inklfoeg.individual_claim',
  generalBudget: 'inklfoeg.general_budget',
  forwarding: 'inklfoeg.forwarding',
} as const;
export type FundingRule = (typeof FUNDING_RULES)[keyof typeof FUNDING_RULES];

export type ExpenditureVerdict = 'eligible' | 'ineligible' | 'partly_eligible';

export interface ExpenditureInput {
  id: string;
  category: ExpenditureCategory;
  amountCents: number;
  poolModelId?: string | null;
  /** For a forwarding: whether the municipality runs schools of Gemeinsames Lernen. */
  municipalityRunsCommonLearningSchools?: boolean | null;
  /** For a forwarding: whether a purpose-conform project exists there or is concretely planned. */
  projectExistsOrPlanned?: boolean | null;
}

export interface AllocationInput {
  amountCents: number;
  /** The payment date (YYYY-MM-DD); repayment is due by 1 April of the following year. */
  paidAt: string;
  expenditures: readonly ExpenditureInput[];
  /** A settlement's amount deemed properly used (§ 1 Abs. 2 of the agreement), if any. */
  deemedProperlyUsedCents?: number | null;
}

export interface ExpenditureAssessment {
  id: string;
  verdict: ExpenditureVerdict;
  eligibleCents: number;
  ineligibleCents: number;
  reason: string;
  rule: FundingRule;
  norm: string;
}

export interface AllocationAssessment {
  allocatedCents: number;
  eligibleCents: number;
  ineligibleCents: number;
  /** Allocated money that no expenditure uses. */
  unusedCents: number;
  /** What counts as properly used: the settlement's amount, or the eligible part (at most the allocation). */
  properlyUsedCents: number;
  repaymentDueCents: number;
  /** 1 April of the budget year after the payment; null when nothing is to be repaid. */
  repaymentDueBy: string | null;
  /** Whether a settlement fixed the amount properly used. */
  settled: boolean;
  lines: ExpenditureAssessment[];
}

const NORM_PURPOSE = '§ 2 Abs. 2 InklFöG; Hinweise des MSB, Abschnitt IV';

/** The repayment date: 1 April of the budget (calendar) year after the payment. */
export function repaymentDueDate(paidAt: string): string {
  const year = Number(paidAt.slice(0, 4));
  return `${year + 1}-04-01`;
}

/** The overhead cap in cents for personnel costs in cents (15 %, rounded down to the cent). */
export function overheadCap(personnelCents: number): number {
  return Math.floor((personnelCents * OVERHEAD_CAP_PERCENT) / 100);
}

function line(
  e: ExpenditureInput,
  eligibleCents: number,
  rule: FundingRule,
  reason: string,
  norm: string,
): ExpenditureAssessment {
  const ineligibleCents = e.amountCents - eligibleCents;
  const verdict: ExpenditureVerdict =
    ineligibleCents === 0 ? 'eligible' : eligibleCents === 0 ? 'ineligible' : 'partly_eligible';
  return { id: e.id, verdict, eligibleCents, ineligibleCents, reason, rule, norm };
}

/** Assesses one allocation: every expenditure, then the totals and what is to be repaid. */
export function assessAllocation(input: AllocationInput): AllocationAssessment {
  for (const e of input.expenditures) assertCents(e.amountCents);
  assertCents(input.amountCents);

  // Pool personnel costs, per pool model and in total: the base of the overhead cap.
  const personnel = new Map<string, number>();
  let personnelTotal = 0;
  for (const e of input.expenditures) {
    if (e.category !== 'pool_personnel') continue;
    personnelTotal += e.amountCents;
    if (e.poolModelId) {
      personnel.set(e.poolModelId, (personnel.get(e.poolModelId) ?? 0) + e.amountCents);
    }
  }
  // Overhead naming a pool model is held against that model's costs; the rest against the
  // allocation's, less what the named models already used of it (the whole never exceeds 15 %).
  const remaining = new Map<string, number>();
  for (const [pool, cents] of personnel) remaining.set(pool, overheadCap(cents));
  let unnamedRemaining = overheadCap(personnelTotal);
  const named = input.expenditures.filter((e) => e.category === 'pool_overhead' && e.poolModelId);
  const grantedNamed = new Map<string, number>();
  for (const e of named) {
    const left = remaining.get(e.poolModelId!) ?? 0;
    const granted = Math.min(left, e.amountCents);
    remaining.set(e.poolModelId!, left - granted);
    grantedNamed.set(e.id, granted);
    unnamedRemaining -= granted;
  }
  unnamedRemaining = Math.max(0, unnamedRemaining);

  const lines = input.expenditures.map((e): ExpenditureAssessment => {
    switch (e.category) {
      case 'individual_claim':
        return line(
          e,
          0,
          FUNDING_RULES.individualClaim,
          'Individualansprüche nach § 35a SGB VIII oder § 112 SGB IX (früher § 54 SGB XII) sind von der Inklusionspauschale nicht umfasst.',
          '§ 2 Abs. 2 InklFöG; § 92 Abs. 1 Satz 2 SchulG NRW',
        );
      case 'general_budget':
        return line(
          e,
          0,
          FUNDING_RULES.generalBudget,
          'Eine Verbuchung im allgemeinen Haushalt widerspricht der Zweckbindung der Inklusionspauschale.',
          '§ 2 Abs. 2 InklFöG; Prüfbericht des Landesrechnungshofs vom 16.03.2020',
        );
      case 'forwarding_to_municipality': {
        const missing: string[] = [];
        if (e.municipalityRunsCommonLearningSchools !== true)
          missing.push(
            'die Gemeinde ist nicht als Trägerin von Schulen des Gemeinsamen Lernens belegt',
          );
        if (e.projectExistsOrPlanned !== true)
          missing.push(
            'ein zweckentsprechendes Projekt besteht nicht und ist nicht konkret geplant',
          );
        return missing.length === 0
          ? line(
              e,
              e.amountCents,
              FUNDING_RULES.forwarding,
              'Weiterleitung an eine Gemeinde, die Schulen des Gemeinsamen Lernens trägt und ein zweckentsprechendes Projekt hat oder konkret plant.',
              'Hinweise des MSB, Abschnitt II',
            )
          : line(
              e,
              0,
              FUNDING_RULES.forwarding,
              `Weiterleitung ohne ihre Voraussetzungen: ${missing.join('; ')}.`,
              'Hinweise des MSB, Abschnitt II',
            );
      }
      case 'pool_overhead': {
        let granted: number;
        let base: string;
        if (e.poolModelId) {
          granted = grantedNamed.get(e.id) ?? 0;
          base = 'der Personalkosten dieses Pool-Modells';
        } else {
          granted = Math.min(unnamedRemaining, e.amountCents);
          unnamedRemaining -= granted;
          base = 'der Personalkosten der Pool-Modelle dieser Zuweisung';
        }
        return granted === e.amountCents
          ? line(
              e,
              granted,
              FUNDING_RULES.overheadCap,
              `Planung und Koordination innerhalb von ${OVERHEAD_CAP_PERCENT} % ${base}.`,
              'Hinweise des MSB, Abschnitt IV',
            )
          : line(
              e,
              granted,
              FUNDING_RULES.overheadCap,
              `Planung und Koordination über ${OVERHEAD_CAP_PERCENT} % ${base}: der übersteigende Teil ist nicht förderfähig.`,
              'Hinweise des MSB, Abschnitt IV',
            );
      }
      case 'pool_personnel':
      case 'qualification':
      case 'exchange_meetings':
      case 'coordination_formats':
      case 'collegial_case_consultation':
      case 'networking':
      case 'brochures':
      case 'expert_support':
      case 'concept_development':
      case 'supervision':
        return line(
          e,
          e.amountCents,
          FUNDING_RULES.eligibleUse,
          `Zweckentsprechende Verwendung: ${EXPENDITURE_CATEGORY_LABELS[e.category]}.`,
          NORM_PURPOSE,
        );
    }
  });

  const eligibleCents = sum(lines.map((l) => l.eligibleCents));
  const ineligibleCents = sum(lines.map((l) => l.ineligibleCents));
  const unusedCents = Math.max(0, input.amountCents - eligibleCents - ineligibleCents);
  const settled = input.deemedProperlyUsedCents != null;
  const properlyUsedCents = settled
    ? input.deemedProperlyUsedCents!
    : Math.min(eligibleCents, input.amountCents);
  const repaymentDueCents = Math.max(0, input.amountCents - properlyUsedCents);
  return {
    allocatedCents: input.amountCents,
    eligibleCents,
    ineligibleCents,
    unusedCents,
    properlyUsedCents,
    repaymentDueCents,
    repaymentDueBy: repaymentDueCents > 0 ? repaymentDueDate(input.paidAt) : null,
    settled,
    lines,
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw new RangeError(`not an amount in cents: ${cents}`);
  }
}

/*
 * Amounts as text: "469569.68" in the API, "469.569,68" in German exports and letters.
 * Parsed and printed digit by digit, never through floating point.
 */

/** Cents from a decimal string of the API ("469569.68", "12", "0.5"); null if it is none. */
export function parseDecimalAmount(text: string): number | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents from a German amount ("1.234,56", "1234,56", "-5,00" is refused); null if it is none. */
export function parseGermanAmount(text: string): number | null {
  const trimmed = text.trim().replace(/\s*(€|EUR)$/i, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d{1,13})(?:,(\d{1,2}))?$/.exec(trimmed);
  if (!match) return null;
  const euros = match[1].replace(/\./g, '');
  const cents = Number(euros) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** "469569.68" */
export function formatDecimalAmount(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return `${cents < 0 ? '-' : ''}${Math.abs(euros)}.${String(rest).padStart(2, '0')}`;
}

/** "469.569,68 €" */
export function formatEuro(cents: number): string {
  const [euros, rest] = formatDecimalAmount(Math.abs(cents)).split('.');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '-' : ''}${grouped},${rest} €`;
}

/** Cents from a decimal string, for amounts already validated by the API. */
export function centsOf(text: string): number {
  const cents = parseDecimalAmount(text);
  if (cents === null) throw new RangeError(`not a decimal amount: ${text}`);
  return cents;
}

/** The school year (2020/2021) a day falls in: 1 August to 31 July in NRW. */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}/${start + 1}`;
}

/** The first and last day of a school year ("2020/2021" → 2020-08-01 … 2021-07-31). */
export function schoolYearSpan(schoolYear: string): { from: string; to: string } {
  const start = Number(schoolYear.slice(0, 4));
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

export const SCHOOL_YEAR_PATTERN = /^(\d{4})\/(\d{4})$/;

/** Whether a text is a school year like 2020/2021 (the second year follows the first). */
export function isSchoolYear(text: string): boolean {
  const match = SCHOOL_YEAR_PATTERN.exec(text);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}
