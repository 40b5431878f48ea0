/*
 * The rules as data. The clause analysis (clause-analysis.ts) recognises what a text does —
 * a kind of detection — and the rule for that detection and setting gives the verdict, the
 * norms and the German explanation. A rule has a version and a date from which it is valid;
 * a changed rule is added as a new version, never edited in place, so stored findings keep
 * the exact rule that made them and can be re-checked when the rule set's version changes.
 */
import { ASSISTANCE_STEMS, ASSISTANCE_WORDS } from './lexicon/assistance-terms';
import { CUE_TERMS } from './lexicon/cue-terms';
import { SHIPPED_MODEL } from './second-opinion/shipped-model';
import { type ExclusionPattern, type Setting, type Verdict } from './patterns';

export const LAWFUL_REASONS = [
  'provider_cover',
  'same_for_all',
  'shortage_for_all',
  'no_dependency',
  'parents_wish',
  'own_illness',
  'pool',
  'report_only',
  'abolished',
] as const;
export type LawfulReason = (typeof LAWFUL_REASONS)[number];

/** What the analysis recognised in a passage. */
export type Detection =
  | { kind: 'unlawful'; pattern: ExclusionPattern }
  | { kind: 'review_medical'; pattern: ExclusionPattern }
  | { kind: 'review_weighing'; pattern: ExclusionPattern }
  /** The assistant named with the child's care, and neither a restriction nor a reason found. */
  | { kind: 'review_unclear'; pattern: ExclusionPattern }
  /** The rules found nothing; the statistical second opinion holds a restriction likely. */
  | { kind: 'review_second_opinion'; pattern: ExclusionPattern }
  | { kind: 'lawful'; reason: LawfulReason };

export interface Rule {
  id: string;
  version: number;
  /** ISO date from which this version applies. */
  validFrom: string;
  detection: Detection['kind'];
  /** The pattern (unlawful rules) or the reason (lawful rules) this rule is for. */
  subject: ExclusionPattern | LawfulReason | 'any';
  setting: Setting | 'any';
  verdict: Verdict;
  norms: string[];
  /** German, for a caseworker to paste into a letter. */
  explanation: string;
}

const KITA_BASE = ['KiBiz § 7', 'KiBiz § 8', 'SGB IX § 91 Abs. 2 S. 2'];
const KITA_GROUP = [...KITA_BASE, 'KiBiz § 26 Abs. 3'];
const OGS_BASE = ['GG Art. 3 Abs. 3 S. 2', 'SGB IX § 4 Abs. 3', 'BASS 12-63 Nr. 2'];
const OGS_SCHOOL = [...OGS_BASE, 'UN-BRK Art. 24'];
const OGS_LEISURE = [...OGS_BASE, 'UN-BRK Art. 30 Abs. 5'];

const KITA_WHY =
  'Die Aufnahme und Betreuung eines Kindes darf nicht von seiner (drohenden) Behinderung abhängig gemacht werden (§ 7 KiBiz); Kinder mit und ohne Behinderung werden gemeinsam gefördert (§ 8 KiBiz). Die Leistungen der Kindertagesbetreuung dürfen nicht davon abhängen, ob und wann Leistungen der Eingliederungshilfe tatsächlich erbracht werden (§ 91 Abs. 2 Satz 2 SGB IX).';
const KITA_STAFF =
  ' Das Personal der Gruppe ist auch für das Kind mit Behinderung verantwortlich (§ 26 Abs. 3 KiBiz), und Kinder mit und ohne Behinderung sind gemeinsam zu fördern (§ 22a Abs. 4 SGB VIII); die Assistenz ergänzt die Förderung, sie ersetzt sie nicht.';
const OGS_WHY =
  'Kein Kind darf wegen einer Behinderung von den Angeboten der offenen Ganztagsschule ausgeschlossen werden (Art. 3 Abs. 3 Satz 2 GG, § 4 Abs. 3 SGB IX, BASS 12-63 Nr. 2).';

const WHAT: Record<ExclusionPattern, string> = {
  absence_exclusion:
    'Die Regelung schließt das Kind von der Betreuung aus, wenn seine Assistenz fehlt.',
  activity_exclusion:
    'Die Regelung macht die Teilnahme des Kindes an Ausflügen oder Angeboten von der Anwesenheit seiner Assistenz abhängig.',
  hours_capped_to_assistance:
    'Die Regelung begrenzt die Betreuungszeit des Kindes auf den Umfang der bewilligten Assistenz.',
  admission_conditional_on_assistance:
    'Die Regelung macht die Aufnahme oder den Vertragsabschluss von einer bewilligten Assistenz abhängig.',
  termination_for_missing_assistance:
    'Die Regelung beendet den Betreuungsvertrag, weil eine Assistenz fehlt oder nicht ausreicht.',
  parent_must_substitute:
    'Die Regelung verlangt, dass die Eltern oder Angehörige die fehlende Assistenz selbst ersetzen, sonst wird das Kind nicht betreut.',
  disability_exclusion:
    'Die Regelung verweigert die Aufnahme, kürzt die Betreuung, schließt das Kind aus oder beendet den Vertrag wegen seiner Behinderung oder eines damit verbundenen Verhaltens.',
};

const STAFF_PATTERNS: ExclusionPattern[] = [
  'absence_exclusion',
  'activity_exclusion',
  'hours_capped_to_assistance',
  'parent_must_substitute',
];

const V1 = '2026-08-01';
/** The seventh pattern and the review of unclear passages. */
const V2 = '2026-12-07';
/** The statistical second opinion. */
const V3 = '2026-12-07';

function unlawfulRules(): Rule[] {
  const rules: Rule[] = [];
  for (const pattern of Object.keys(WHAT) as ExclusionPattern[]) {
    // No assistant involved: rules of its own (below).
    if (pattern === 'disability_exclusion') continue;
    const staff = STAFF_PATTERNS.includes(pattern);
    rules.push({
      id: `kita.${pattern}`,
      version: 1,
      validFrom: V1,
      detection: 'unlawful',
      subject: pattern,
      setting: 'kita',
      verdict: 'unlawful',
      norms: staff ? KITA_GROUP : KITA_BASE,
      explanation: `${WHAT[pattern]} Sie ist unzulässig. ${KITA_WHY}${staff ? KITA_STAFF : ''}`,
    });
    const leisure = pattern === 'activity_exclusion';
    rules.push({
      id: `ogs.${pattern}`,
      version: 1,
      validFrom: V1,
      detection: 'unlawful',
      subject: pattern,
      setting: 'ogs',
      verdict: 'unlawful',
      norms: leisure ? OGS_LEISURE : OGS_SCHOOL,
      explanation: `${WHAT[pattern]} Sie ist unzulässig. ${OGS_WHY} ${
        leisure
          ? 'Kinder mit Behinderungen nehmen gleichberechtigt an Spiel, Freizeit und Ausflügen teil (Art. 30 Abs. 5 UN-BRK).'
          : 'Das Recht auf inklusive Bildung schließt den Ganztag ein (Art. 24 UN-BRK).'
      }`,
    });
  }
  // The child's disability itself given as the reason (§ 7 KiBiz; for OGS as above).
  rules.push(
    {
      id: 'kita.disability_exclusion',
      version: 1,
      validFrom: V2,
      detection: 'unlawful',
      subject: 'disability_exclusion',
      setting: 'kita',
      verdict: 'unlawful',
      norms: ['KiBiz § 7', 'KiBiz § 8', 'GG Art. 3 Abs. 3 S. 2'],
      explanation: `${WHAT.disability_exclusion} Sie ist unzulässig. Die Aufnahme eines Kindes darf nicht aus Gründen einer (drohenden) Behinderung verweigert werden (§ 7 KiBiz); Kinder mit und ohne Behinderung werden gemeinsam gefördert (§ 8 KiBiz), und niemand darf wegen seiner Behinderung benachteiligt werden (Art. 3 Abs. 3 Satz 2 GG).`,
    },
    {
      id: 'ogs.disability_exclusion',
      version: 1,
      validFrom: V2,
      detection: 'unlawful',
      subject: 'disability_exclusion',
      setting: 'ogs',
      verdict: 'unlawful',
      norms: OGS_SCHOOL,
      explanation: `${WHAT.disability_exclusion} Sie ist unzulässig. ${OGS_WHY} Das Recht auf inklusive Bildung schließt den Ganztag ein (Art. 24 UN-BRK).`,
    },
  );
  return rules;
}

const lawful = (
  reason: LawfulReason,
  setting: Setting | 'any',
  norms: string[],
  explanation: string,
): Rule => ({
  id: `lawful.${reason}${setting === 'any' ? '' : `.${setting}`}`,
  version: 1,
  validFrom: V1,
  detection: 'lawful',
  subject: reason,
  setting,
  verdict: 'lawful',
  norms,
  explanation,
});

export const RULES: readonly Rule[] = [
  ...unlawfulRules(),
  {
    id: 'kita.review.medical',
    version: 1,
    validFrom: V1,
    detection: 'review_medical',
    subject: 'any',
    setting: 'kita',
    verdict: 'review',
    norms: ['KiBiz § 7', 'KiBiz § 8', 'SGB VIII § 45 Abs. 2 S. 1'],
    explanation:
      'Die Einschränkung wird mit einer medizinisch notwendigen Versorgung begründet, die nur eine eingewiesene Person leisten darf. Das kann eine vorübergehende Einschränkung rechtfertigen, ist aber im Einzelfall zu prüfen: Welche Alternativen (Einweisung des Gruppenpersonals, Vertretung) wurden geprüft, und bis wann? Ohne diese Prüfung bleibt es beim Diskriminierungsverbot (§ 7 KiBiz).',
  },
  {
    id: 'ogs.review.medical',
    version: 1,
    validFrom: V1,
    detection: 'review_medical',
    subject: 'any',
    setting: 'ogs',
    verdict: 'review',
    norms: ['GG Art. 3 Abs. 3 S. 2', 'SGB IX § 4 Abs. 3'],
    explanation:
      'Die Einschränkung wird mit einer medizinisch notwendigen Versorgung begründet, die nur eine eingewiesene Person leisten darf. Das kann eine vorübergehende Einschränkung rechtfertigen, ist aber im Einzelfall zu prüfen: Welche Alternativen (Einweisung des Ganztagspersonals, Vertretung) wurden geprüft, und bis wann? Ein Ausschluss wegen der Behinderung ist sonst unzulässig (Art. 3 Abs. 3 Satz 2 GG).',
  },
  {
    id: 'kita.review.weighing',
    version: 1,
    validFrom: V1,
    detection: 'review_weighing',
    subject: 'any',
    setting: 'kita',
    verdict: 'review',
    norms: ['KiBiz § 36 Abs. 4', 'SGB VIII § 45 Abs. 2 S. 1', 'KiBiz § 7'],
    explanation:
      'Die Betreuung eines einzelnen Kindes wird wegen Personalmangels oder zum Schutz der Gruppe eingeschränkt. Kürzungen bei Unterschreitung der Mindestausstattung müssen die Belange aller Kinder abwägen (§ 36 Abs. 4 KiBiz); die Einschränkung eines einzelnen Kindes ist nur nach individueller Abwägung zum Schutz aller Kinder zulässig (§ 45 Abs. 2 Satz 1 SGB VIII). Die Abwägung ist anzufordern und zu prüfen.',
  },
  {
    id: 'ogs.review.weighing',
    version: 1,
    validFrom: V1,
    detection: 'review_weighing',
    subject: 'any',
    setting: 'ogs',
    verdict: 'review',
    norms: ['GG Art. 3 Abs. 3 S. 2', 'SGB IX § 4 Abs. 3', 'SGB VIII § 45 Abs. 2 S. 1'],
    explanation:
      'Die Teilnahme eines einzelnen Kindes am Ganztag wird wegen Personalmangels oder zum Schutz der Gruppe eingeschränkt. Das ist nur nach einer individuellen Abwägung zulässig, die Alternativen prüft und befristet ist; sonst liegt ein Ausschluss wegen der Behinderung vor (Art. 3 Abs. 3 Satz 2 GG). Die Abwägung ist anzufordern und zu prüfen.',
  },
  {
    id: 'kita.review.unclear_disability',
    version: 1,
    validFrom: V2,
    detection: 'review_unclear',
    subject: 'disability_exclusion',
    setting: 'kita',
    verdict: 'review',
    norms: ['KiBiz § 7', 'KiBiz § 8', 'GG Art. 3 Abs. 3 S. 2'],
    explanation:
      'Die Stelle nennt die Behinderung, eine Diagnose oder den Förderbedarf des Kindes zusammen mit seiner Betreuung (Aufnahme, Besuch, Betreuungszeit, Ausflüge oder Vertragsende). Die Prüfung erkennt darin weder eine Einschränkung, die sie einordnen kann, noch einen Grund, weshalb sie zulässig wäre. Bitte lesen Sie die Stelle selbst: Wird das Kind wegen seiner Behinderung abgelehnt, kürzer betreut, ausgeschlossen oder gekündigt? Dann ist das unzulässig (§ 7 KiBiz, Art. 3 Abs. 3 Satz 2 GG); beruht es auf dem Schutz der anderen Kinder oder des Kindes, ist die individuelle Abwägung anzufordern (§ 45 Abs. 2 Satz 1 SGB VIII).',
  },
  {
    id: 'ogs.review.unclear_disability',
    version: 1,
    validFrom: V2,
    detection: 'review_unclear',
    subject: 'disability_exclusion',
    setting: 'ogs',
    verdict: 'review',
    norms: ['GG Art. 3 Abs. 3 S. 2', 'SGB IX § 4 Abs. 3', 'BASS 12-63 Nr. 2'],
    explanation:
      'Die Stelle nennt die Behinderung, eine Diagnose oder den Förderbedarf des Kindes zusammen mit seiner Teilnahme am Ganztag (Aufnahme, Besuch, Betreuungszeit, Angebote oder Vertragsende). Die Prüfung erkennt darin weder eine Einschränkung, die sie einordnen kann, noch einen Grund, weshalb sie zulässig wäre. Bitte lesen Sie die Stelle selbst: Wird das Kind wegen seiner Behinderung vom Ganztag ferngehalten, kürzer betreut oder gekündigt? Dann ist das unzulässig (Art. 3 Abs. 3 Satz 2 GG, § 4 Abs. 3 SGB IX, BASS 12-63 Nr. 2); beruht es auf dem Schutz der anderen Kinder oder des Kindes, ist die individuelle Abwägung anzufordern (§ 45 Abs. 2 Satz 1 SGB VIII).',
  },
  {
    id: 'kita.review.unclear',
    version: 1,
    validFrom: V2,
    detection: 'review_unclear',
    subject: 'any',
    setting: 'kita',
    verdict: 'review',
    norms: ['KiBiz § 7', 'KiBiz § 8', 'SGB IX § 91 Abs. 2 S. 2'],
    explanation:
      'Die Stelle nennt die Assistenz zusammen mit der Betreuung des Kindes (Besuch, Betreuungszeit, Aufnahme, Ausflüge, Vertragsende oder Anwesenheit der Eltern). Die Prüfung erkennt darin weder eine Einschränkung, die sie einordnen kann, noch einen Grund, weshalb sie zulässig wäre. Bitte lesen Sie die Stelle selbst: Hängt der Besuch, die Betreuungszeit oder die Teilnahme des Kindes davon ab, ob die Assistenz da ist oder bewilligt wird? Dann ist sie unzulässig (§§ 7, 8 KiBiz; § 91 Abs. 2 Satz 2 SGB IX).',
  },
  {
    id: 'ogs.review.unclear',
    version: 1,
    validFrom: V2,
    detection: 'review_unclear',
    subject: 'any',
    setting: 'ogs',
    verdict: 'review',
    norms: ['GG Art. 3 Abs. 3 S. 2', 'SGB IX § 4 Abs. 3', 'BASS 12-63 Nr. 2'],
    explanation:
      'Die Stelle nennt die Schulbegleitung zusammen mit der Teilnahme des Kindes am Ganztag (Besuch, Betreuungszeit, Aufnahme, Ausflüge, Vertragsende oder Anwesenheit der Eltern). Die Prüfung erkennt darin weder eine Einschränkung, die sie einordnen kann, noch einen Grund, weshalb sie zulässig wäre. Bitte lesen Sie die Stelle selbst: Hängt die Teilnahme des Kindes davon ab, ob die Schulbegleitung da ist oder bewilligt wird? Dann ist sie unzulässig (Art. 3 Abs. 3 Satz 2 GG, § 4 Abs. 3 SGB IX, BASS 12-63 Nr. 2).',
  },
  {
    id: 'kita.review.second_opinion',
    version: 1,
    validFrom: V3,
    detection: 'review_second_opinion',
    subject: 'any',
    setting: 'kita',
    verdict: 'review',
    norms: ['KiBiz § 7', 'KiBiz § 8', 'SGB IX § 91 Abs. 2 S. 2'],
    explanation:
      'Die Prüfregeln erkennen an dieser Stelle keine Einschränkung. Die statistische Zweitmeinung – ein Modell, das an den gekennzeichneten Beispieltexten gelernt hat – hält eine Einschränkung des Kindes aber für sehr wahrscheinlich; die markierte Stelle spricht am deutlichsten dafür. Bitte lesen Sie den Text selbst: Wird das Kind wegen seiner Behinderung oder weil die Assistenz fehlt oder nicht bewilligt ist, abgelehnt, kürzer betreut, ausgeschlossen oder gekündigt? Dann ist das unzulässig (§§ 7, 8 KiBiz; § 91 Abs. 2 Satz 2 SGB IX). Die Zweitmeinung allein begründet keinen Befund „unzulässig“.',
  },
  {
    id: 'ogs.review.second_opinion',
    version: 1,
    validFrom: V3,
    detection: 'review_second_opinion',
    subject: 'any',
    setting: 'ogs',
    verdict: 'review',
    norms: ['GG Art. 3 Abs. 3 S. 2', 'SGB IX § 4 Abs. 3', 'BASS 12-63 Nr. 2'],
    explanation:
      'Die Prüfregeln erkennen an dieser Stelle keine Einschränkung. Die statistische Zweitmeinung – ein Modell, das an den gekennzeichneten Beispieltexten gelernt hat – hält eine Einschränkung des Kindes aber für sehr wahrscheinlich; die markierte Stelle spricht am deutlichsten dafür. Bitte lesen Sie den Text selbst: Wird das Kind wegen seiner Behinderung oder weil die Schulbegleitung fehlt oder nicht bewilligt ist, vom Ganztag ferngehalten, kürzer betreut oder gekündigt? Dann ist das unzulässig (Art. 3 Abs. 3 Satz 2 GG, § 4 Abs. 3 SGB IX, BASS 12-63 Nr. 2). Die Zweitmeinung allein begründet keinen Befund „unzulässig“.',
  },
  lawful(
    'provider_cover',
    'kita',
    ['KiBiz § 26 Abs. 3'],
    'Der Träger fängt den Ausfall der Assistenz mit eigenem Personal auf; das Kind wird weiter betreut. Das entspricht § 26 Abs. 3 KiBiz.',
  ),
  lawful(
    'provider_cover',
    'ogs',
    ['BASS 12-63 Nr. 2'],
    'Der Träger fängt den Ausfall der Schulbegleitung mit eigenem Personal auf; das Kind nimmt weiter am Ganztag teil.',
  ),
  lawful(
    'same_for_all',
    'kita',
    ['KiBiz § 7'],
    'Die Regelung gilt für alle Kinder gleichermaßen und knüpft nicht an eine Behinderung oder Assistenz an.',
  ),
  lawful(
    'same_for_all',
    'ogs',
    ['GG Art. 3 Abs. 3 S. 2'],
    'Die Regelung gilt für alle Kinder gleichermaßen und knüpft nicht an eine Behinderung oder Assistenz an.',
  ),
  lawful(
    'shortage_for_all',
    'any',
    ['KiBiz § 36 Abs. 4'],
    'Die Kürzung wegen Personalmangels trifft alle Kinder nach denselben Kriterien; das ist nach § 36 Abs. 4 KiBiz zulässig.',
  ),
  lawful(
    'no_dependency',
    'kita',
    ['KiBiz § 7'],
    'Die Regelung stellt ausdrücklich klar, dass Aufnahme und Betreuung nicht von einer Assistenz abhängen.',
  ),
  lawful(
    'no_dependency',
    'ogs',
    ['GG Art. 3 Abs. 3 S. 2'],
    'Die Regelung stellt ausdrücklich klar, dass die Teilnahme am Ganztag nicht von einer Assistenz abhängt.',
  ),
  lawful(
    'parents_wish',
    'any',
    [],
    'Die Änderung geht auf den Wunsch der Eltern zurück und wird ihnen nicht auferlegt.',
  ),
  lawful(
    'own_illness',
    'any',
    ['IfSG § 34'],
    'Die Regelung betrifft die eigene (ansteckende) Erkrankung des Kindes und gilt für jedes Kind (§ 34 IfSG).',
  ),
  lawful(
    'pool',
    'kita',
    ['SGB IX § 116 Abs. 2'],
    'Die Assistenz wird für mehrere Kinder gemeinsam erbracht (§ 116 Abs. 2 SGB IX); das Kind wird nicht eingeschränkt.',
  ),
  lawful(
    'pool',
    'ogs',
    ['SGB IX § 112 Abs. 4'],
    'Die Assistenz wird als Pool-Lösung für mehrere Kinder gemeinsam erbracht (§ 112 Abs. 4 SGB IX); das Kind wird nicht eingeschränkt.',
  ),
  lawful(
    'abolished',
    'any',
    [],
    'Die Stelle berichtet, dass eine frühere Einschränkung gestrichen oder die Praxis beendet wurde. Bitte prüfen Sie, ob die neue Fassung den Eltern vorliegt und tatsächlich angewendet wird.',
  ),
  lawful(
    'report_only',
    'any',
    [],
    'Die Eltern werden nur gebeten, den Ausfall der Assistenz mitzuteilen; die Betreuung des Kindes wird nicht eingeschränkt.',
  ),
];

/** The rules that apply on a day: of each rule id, the newest version already valid. */
const activeByDay = new Map<string, Rule[]>();
const versionByDay = new Map<string, string>();
const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dayByHour = new Map<number, string>();

/**
 * The calendar day in Europe/Berlin (legal dates are German days), as YYYY-MM-DD. Berlin's
 * offsets are whole hours, so the day is computed once per hour and remembered.
 */
export function legalDay(on: Date): string {
  const hour = Math.floor(on.getTime() / 3_600_000);
  const known = dayByHour.get(hour);
  if (known) return known;
  const day = berlinDay.format(on);
  if (dayByHour.size > 10_000) dayByHour.clear();
  dayByHour.set(hour, day);
  return day;
}

export function activeRules(on: Date = new Date()): Rule[] {
  const day = legalDay(on);
  const known = activeByDay.get(day);
  if (known) return known;
  const rules = computeActiveRules(day);
  if (activeByDay.size > 1000) activeByDay.clear();
  activeByDay.set(day, rules);
  return rules;
}

function computeActiveRules(day: string): Rule[] {
  const newest = new Map<string, Rule>();
  for (const rule of RULES) {
    if (rule.validFrom > day) continue;
    const known = newest.get(rule.id);
    if (!known || rule.version > known.version) newest.set(rule.id, rule);
  }
  return [...newest.values()];
}

/**
 * The version of the rule set on a day: changes whenever what the rules answer may change, so
 * stored findings are re-checked. It fingerprints the active rules (ids and versions) and the
 * lexicons (every term), and carries ANALYSIS_VERSION for the analysis's logic: raise it with
 * every change of clause-analysis, check-text, normalize or the matcher that changes an answer.
 * The snapshot test (classify-snapshot.spec.ts) fails when an answer on a labelled file changes
 * and this version does not.
 */
export const ANALYSIS_VERSION = 26;

// The second opinion's model is part of what the rules answer: its fingerprint goes in too.
const LEXICON_KEY = JSON.stringify([ASSISTANCE_STEMS, ASSISTANCE_WORDS, CUE_TERMS, SHIPPED_MODEL]);

export function ruleSetVersion(on: Date = new Date()): string {
  const day = legalDay(on);
  const known = versionByDay.get(day);
  if (known) return known;
  const version = computeVersion(on);
  if (versionByDay.size > 1000) versionByDay.clear();
  versionByDay.set(day, version);
  return version;
}

function computeVersion(on: Date): string {
  const key = `${activeRules(on)
    .map((r) => `${r.id}@${r.version}`)
    .sort()
    .join(',')}|${LEXICON_KEY}`;
  // FNV-1a: a short, stable fingerprint of the active rules.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${ANALYSIS_VERSION}.${hash.toString(16).padStart(8, '0')}`;
}

/** The rule for a detection in a setting among the rules of a day; none before it applies. */
export function ruleFor(
  detection: Detection,
  setting: Setting,
  rules: readonly Rule[],
): Rule | undefined {
  const subject = detection.kind === 'lawful' ? detection.reason : detection.pattern;
  return rules.find(
    (r) =>
      r.detection === detection.kind &&
      (r.subject === subject || r.subject === 'any') &&
      (r.setting === setting || r.setting === 'any'),
  );
}
