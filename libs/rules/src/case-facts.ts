/*
 * Case-facts rules: from what is known about a case (setting, reported patterns, whether the
 * contract was terminated, whether the office was told beforehand, whether the parents agreed
 * to involve others) the findings and the actions the office should take, each with the body
 * responsible for it. Like the clause rules, these are data with a version and a date from
 * which they apply; the predicate says when a rule applies.
 */
import { EXCLUSION_PATTERN_LABELS, type ExclusionPattern, type Setting } from './patterns';
import { activeRules, legalDay, ruleFor, ruleSetVersion } from './rule-set';

export const RESPONSIBLE_BODIES = [
  'landesjugendamt',
  'eingliederungshilfe',
  'jugendamt',
  'schulaufsicht',
] as const;
export type ResponsibleBody = (typeof RESPONSIBLE_BODIES)[number];

export const RESPONSIBLE_BODY_LABELS: Record<ResponsibleBody, string> = {
  landesjugendamt: 'Landesjugendamt (Betriebserlaubnisbehörde, § 45 SGB VIII)',
  eingliederungshilfe: 'Träger der Eingliederungshilfe',
  jugendamt: 'Örtliches Jugendamt (Rechtsanspruch nach § 24 SGB VIII)',
  schulaufsicht: 'Schulaufsicht und Schulträger',
};

export interface CaseFacts {
  setting: Setting;
  patterns: ExclusionPattern[];
  contractTerminated: boolean;
  /** Whether the provider told the office before it acted (§ 47 SGB VIII); null: not known. */
  officeNotifiedBeforehand: boolean | null;
  /** Whether the parents agreed that the office involves the facility's partners and others. */
  consentToInvolveOthers: boolean;
  /** What the clause rules found in the case's care contracts (lawful findings left out). */
  contractFindings?: ContractPatternFinding[];
}

export interface ContractPatternFinding {
  pattern: ExclusionPattern;
  verdict: 'unlawful' | 'review';
}

/** Where a finding comes from: the complaint as reported, or the text of a care contract. */
export type FindingSource = 'report' | 'contract';

export interface CaseFinding {
  pattern: ExclusionPattern;
  verdict: 'unlawful' | 'review';
  foundIn: FindingSource[];
  norms: string[];
  explanation: string;
  ruleId: string;
  ruleVersion: number;
}

export interface CaseAction {
  id: string;
  title: string;
  body: ResponsibleBody;
  norms: string[];
  /** Why, in German, for the case file. */
  reason: string;
  /** Involving others needs the parents' consent; without it the action waits. */
  needsConsent: boolean;
  ruleId: string;
  ruleVersion: number;
}

export interface CaseAssessment {
  findings: CaseFinding[];
  actions: CaseAction[];
  ruleSetVersion: string;
}

interface CaseRule {
  id: string;
  version: number;
  validFrom: string;
  applies: (f: CaseFacts) => boolean;
  action: Omit<CaseAction, 'ruleId' | 'ruleVersion' | 'needsConsent' | 'norms'> & {
    /** Norms, where they differ by setting. */
    norms: string[] | Record<Setting, string[]>;
  };
  needsConsent: boolean;
}

// The Landesjugendamt grants Kitas their operating licence (§ 45 SGB VIII); the open all-day
// school is part of the school, where it advises under the OGS decree (BASS 12-63).
const SUPERVISION = { kita: ['SGB VIII § 45'], ogs: ['BASS 12-63 Nr. 2'] };
const concerns = (f: CaseFacts) =>
  f.patterns.length > 0 || f.contractTerminated || (f.contractFindings?.length ?? 0) > 0;

const reported = (f: CaseFacts, ...patterns: ExclusionPattern[]) =>
  f.patterns.some((p) => patterns.includes(p));
const V1 = '2026-08-01';

export const CASE_RULES: readonly CaseRule[] = [
  {
    id: 'case.advise_parents',
    version: 1,
    validFrom: V1,
    applies: () => true,
    needsConsent: false,
    action: {
      id: 'advise_parents',
      title: 'Eltern beraten',
      body: 'landesjugendamt',
      norms: [],
      reason:
        'Die Eltern werden über die Rechtslage und die nächsten Schritte beraten; mit ihnen wird geklärt, wen das Landesjugendamt einbeziehen darf.',
    },
  },
  {
    id: 'case.check_contract',
    version: 1,
    validFrom: V1,
    applies: concerns,
    needsConsent: false,
    action: {
      id: 'check_contract',
      title: 'Betreuungsvertrag und Nebenabreden anfordern und prüfen',
      body: 'landesjugendamt',
      norms: SUPERVISION,
      reason: 'Das Landesjugendamt prüft, ob der Vertrag unzulässige Nebenabreden enthält.',
    },
  },
  {
    id: 'case.advise_provider',
    version: 1,
    validFrom: V1,
    applies: concerns,
    needsConsent: false,
    action: {
      id: 'advise_provider',
      title: 'Träger beraten und zur Änderung der Regelung auffordern',
      body: 'landesjugendamt',
      norms: SUPERVISION,
      reason:
        'Der Träger wird auf die Unzulässigkeit hingewiesen und beraten, wie er den Ausfall der Assistenz mit eigenem Personal auffängt; eine Einigung wird angestrebt, sonst kommt eine Auflage in Betracht.',
    },
  },
  {
    id: 'case.after_termination',
    version: 1,
    validFrom: V1,
    applies: (f) => f.contractTerminated,
    needsConsent: false,
    action: {
      id: 'request_termination_records',
      title: 'Stellungnahme der Fachberatung und Gesprächsprotokolle anfordern',
      body: 'landesjugendamt',
      norms: SUPERVISION,
      reason:
        'Nach einer Kündigung fordert das Landesjugendamt die Stellungnahme der Fachberatung und die Protokolle der Gespräche mit den Eltern an, um zu prüfen, ob Alternativen angeboten wurden.',
    },
  },
  {
    id: 'case.reporting_duty',
    version: 1,
    validFrom: V1,
    applies: (f) => f.contractTerminated && f.officeNotifiedBeforehand === false,
    needsConsent: false,
    action: {
      id: 'remind_reporting_duty',
      title: 'Träger an die Meldepflicht erinnern',
      body: 'landesjugendamt',
      norms: ['SGB VIII § 47'],
      reason:
        'Der Träger hat das Landesjugendamt nicht vorab informiert; Ereignisse, die das Wohl der Kinder beeinträchtigen können, sind unverzüglich zu melden.',
    },
  },
  {
    id: 'case.requirement',
    version: 1,
    validFrom: V1,
    // A condition on the operating licence exists only for Kitas.
    applies: (f) =>
      f.setting === 'kita' &&
      (f.contractTerminated || reported(f, 'admission_conditional_on_assistance')),
    needsConsent: false,
    action: {
      id: 'consider_requirement',
      title: 'Auflage zur Betriebserlaubnis prüfen',
      body: 'landesjugendamt',
      norms: ['SGB VIII § 45'],
      reason:
        'Ändert der Träger die Regelung nach der Beratung nicht, kann die Betriebserlaubnis mit einer Auflage versehen werden.',
    },
  },
  {
    id: 'case.integration_agency',
    version: 1,
    validFrom: V1,
    applies: (f) =>
      reported(
        f,
        'absence_exclusion',
        'hours_capped_to_assistance',
        'parent_must_substitute',
        'activity_exclusion',
      ),
    needsConsent: true,
    action: {
      id: 'involve_integration_agency',
      title: 'Teilhabebedarf mit dem Träger der Eingliederungshilfe neu abstimmen',
      body: 'eingliederungshilfe',
      norms: ['SGB IX § 79', 'SGB IX § 112'],
      reason:
        'Der Träger der Eingliederungshilfe prüft den Umfang der Assistenz und eine Vertretung bei Ausfall, etwa in einer Pool-Lösung.',
    },
  },
  {
    id: 'case.legal_claim',
    version: 1,
    validFrom: V1,
    applies: (f) =>
      f.setting === 'kita' &&
      (f.contractTerminated ||
        reported(
          f,
          'admission_conditional_on_assistance',
          'termination_for_missing_assistance',
          'hours_capped_to_assistance',
          'absence_exclusion',
        )),
    needsConsent: true,
    action: {
      id: 'involve_youth_office',
      title: 'Örtliches Jugendamt zum Rechtsanspruch einbeziehen',
      body: 'jugendamt',
      norms: ['SGB VIII § 24'],
      reason:
        'Das örtliche Jugendamt erfüllt den Rechtsanspruch des Kindes auf einen Betreuungsplatz im gebuchten Umfang und kann einen anderen Platz nachweisen.',
    },
  },
  {
    id: 'case.school_authority',
    version: 1,
    validFrom: V1,
    applies: (f) => f.setting === 'ogs' && f.patterns.length > 0,
    needsConsent: true,
    action: {
      id: 'involve_school_authority',
      title: 'Schulaufsicht und Schulträger einbeziehen',
      body: 'schulaufsicht',
      norms: ['BASS 12-63 Nr. 2', 'SGB IX § 112 Abs. 4'],
      reason:
        'Die offene Ganztagsschule steht allen Kindern offen; Schulaufsicht und Schulträger klären mit dem OGS-Träger die Begleitung, auch als Pool-Lösung.',
    },
  },
  {
    id: 'case.ask_consent',
    version: 1,
    validFrom: V1,
    applies: (f) => !f.consentToInvolveOthers && concerns(f),
    needsConsent: false,
    action: {
      id: 'ask_consent',
      title: 'Einwilligung der Eltern zur Einbeziehung Dritter einholen',
      body: 'landesjugendamt',
      norms: ['SGB X § 67b'],
      reason:
        'Kita, Jugendamt, Eingliederungshilfe und Schule werden nur mit Einwilligung der Eltern einbezogen; bis dahin warten diese Schritte.',
    },
  },
];

function activeCaseRules(on: Date): CaseRule[] {
  const day = legalDay(on);
  const newest = new Map<string, CaseRule>();
  for (const rule of CASE_RULES) {
    if (rule.validFrom > day) continue;
    const known = newest.get(rule.id);
    if (!known || rule.version > known.version) newest.set(rule.id, rule);
  }
  return [...newest.values()];
}

/**
 * Findings and recommended actions for a case's facts. A pattern the clause rules found
 * unlawful in a contract counts as if it had been reported; one they left to review becomes a
 * finding to review. Each finding says where it was found.
 */
export function assessCaseFacts(given: CaseFacts, on: Date = new Date()): CaseAssessment {
  const rules = activeRules(on);
  const contract = given.contractFindings ?? [];
  const inContract = new Set(
    contract.filter((c) => c.verdict === 'unlawful').map((c) => c.pattern),
  );
  const patterns = [...new Set([...given.patterns, ...inContract])];
  const facts: CaseFacts = { ...given, patterns };
  const foundIn = (pattern: ExclusionPattern): FindingSource[] => [
    ...(given.patterns.includes(pattern) ? (['report'] as const) : []),
    ...(inContract.has(pattern) ? (['contract'] as const) : []),
  ];
  const findings = patterns.flatMap((pattern): CaseFinding[] => {
    const rule = ruleFor({ kind: 'unlawful', pattern }, facts.setting, rules);
    if (!rule) return [];
    return [
      {
        pattern,
        verdict: 'unlawful',
        foundIn: foundIn(pattern),
        norms: [...rule.norms],
        explanation: `${EXCLUSION_PATTERN_LABELS[pattern]}: ${rule.explanation}`,
        ruleId: rule.id,
        ruleVersion: rule.version,
      },
    ];
  });
  const toReview = new Set(
    contract
      .filter((c) => c.verdict === 'review' && !patterns.includes(c.pattern))
      .map((c) => c.pattern),
  );
  for (const pattern of toReview) {
    const rule = ruleFor({ kind: 'unlawful', pattern }, facts.setting, rules);
    if (!rule) continue;
    findings.push({
      pattern,
      verdict: 'review',
      foundIn: ['contract'],
      norms: [...rule.norms],
      explanation:
        `${EXCLUSION_PATTERN_LABELS[pattern]}: Eine Regelung im Betreuungsvertrag ähnelt diesem Muster; ` +
        `ob sie das Kind ausschließt, ist zu prüfen. Wäre es so, gilt: ${rule.explanation}`,
      ruleId: 'case.contract_review',
      ruleVersion: 1,
    });
  }
  // A termination whose reason nobody has reported yet: unlawful only if it was for the
  // missing assistance, which the Fachberatung's statement and the protocols must show.
  const termination = ruleFor(
    { kind: 'unlawful', pattern: 'termination_for_missing_assistance' },
    facts.setting,
    rules,
  );
  if (
    termination &&
    facts.contractTerminated &&
    !patterns.includes('termination_for_missing_assistance') &&
    !toReview.has('termination_for_missing_assistance')
  ) {
    const rule = termination;
    findings.push({
      pattern: 'termination_for_missing_assistance',
      verdict: 'review',
      foundIn: ['report'],
      norms: [...rule.norms],
      explanation:
        'Der Betreuungsvertrag wurde gekündigt. Ob wegen der Behinderung oder einer fehlenden Assistenz, ist zu prüfen; ' +
        `wäre es so, gilt: ${rule.explanation}`,
      ruleId: 'case.termination_review',
      ruleVersion: 1,
    });
  }
  const actions = activeCaseRules(on)
    .filter((r) => r.applies(facts))
    .map((r): CaseAction => ({
      ...r.action,
      norms: Array.isArray(r.action.norms)
        ? [...r.action.norms]
        : [...r.action.norms[facts.setting]],
      needsConsent: r.needsConsent && !facts.consentToInvolveOthers,
      ruleId: r.id,
      ruleVersion: r.version,
    }));
  return { findings, actions, ruleSetVersion: ruleSetVersion(on) };
}
