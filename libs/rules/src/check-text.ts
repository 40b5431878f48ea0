import { recognise } from './clause-analysis';
import type { Cue } from './lexicon/cue-terms';
import { originalSpan } from './normalize';
import { type ExclusionPattern, type Setting, type Verdict, VERDICT_SEVERITY } from './patterns';
import { activeRules, type Detection, ruleFor, ruleSetVersion } from './rule-set';
import { featuresOf } from './second-opinion/features';
import { type Opinion, type SecondOpinionModel, secondOpinion } from './second-opinion/model';
import { SHIPPED_MODEL } from './second-opinion/shipped-model';

/** One rule's result on a passage of the text (a Befund). */
export interface Finding {
  verdict: Verdict;
  pattern: ExclusionPattern | null;
  norms: string[];
  evidence: { start: number; end: number; text: string };
  explanation: string;
  ruleId: string;
  ruleVersion: number;
}

export interface TextCheck {
  /** The most serious finding's verdict; `lawful` when nothing was found. */
  verdict: Verdict;
  pattern: ExclusionPattern | null;
  norms: string[];
  findings: Finding[];
  ruleSetVersion: string;
}

// Of two findings equally serious, the more specific pattern leads: being sent home when the
// assistant is absent is the general case the others refine.
const SPECIFICITY: ExclusionPattern[] = [
  // The disability itself, with no assistant: any finding on the assistance says more.
  'disability_exclusion',
  'absence_exclusion',
  'hours_capped_to_assistance',
  'activity_exclusion',
  'parent_must_substitute',
  'admission_conditional_on_assistance',
  'termination_for_missing_assistance',
];
const specificity = (p: ExclusionPattern | null) => (p ? SPECIFICITY.indexOf(p) + 1 : 0);

/**
 * Checks German text — one clause, a parent's e-mail or a whole contract — for side
 * agreements that exclude a child because of its assistance. Findings are ordered by
 * seriousness, then by position.
 */
/**
 * In a long text the second opinion listens only where someone who may be the assistant, a
 * nurse, or the child's disability or care needs are named: opening hours are none of its business.
 */
const LISTEN_FOR: Cue[] = [
  'assistance',
  'carePerson',
  'companion',
  'someone',
  'disability',
  'disabilityGroup',
  'medical',
  'protection',
];

/** The model learnt from texts of one to six sentences: longer ones are read in windows. */
const WINDOW = 3;
const SHORT_TEXT = 4;

/**
 * The second opinion on a short text as a whole; on a longer one (a contract, a long letter),
 * on each window of three sentences that names someone or the child's needs, the strongest
 * counting.
 */
function strongestOpinion(
  model: SecondOpinionModel,
  sentences: ReturnType<typeof recognise>['sentences'],
): Opinion | null {
  if (sentences.length <= SHORT_TEXT) return secondOpinion(model, featuresOf(sentences));
  let strongest: Opinion | null = null;
  for (let i = 0; i + WINDOW <= sentences.length; i++) {
    const window = sentences.slice(i, i + WINDOW);
    if (!window.some((s) => LISTEN_FOR.some((c) => s.cues.has(c)))) continue;
    const opinion = secondOpinion(model, featuresOf(window));
    if (opinion && (!strongest || opinion.notLawful > strongest.notLawful)) strongest = opinion;
  }
  return strongest;
}

export interface CheckOptions {
  /**
   * The statistical second opinion: the model trained in the repo (default), another model
   * (to measure it on a file it never saw), or none (the rules alone).
   */
  secondOpinion?: SecondOpinionModel | false;
}

export function checkText(
  text: string,
  setting: Setting,
  on: Date = new Date(),
  options: CheckOptions = {},
): TextCheck {
  const rules = activeRules(on);
  const { normalized, sentences, found } = recognise(text);
  const model = options.secondOpinion ?? SHIPPED_MODEL;
  // Where the rules found nothing that restricts, the second opinion may ask for a review; it
  // never decides `unlawful`.
  if (model && !found.some((f) => f.detection.kind !== 'lawful')) {
    const opinion = strongestOpinion(model, sentences);
    if (opinion && opinion.notLawful >= model.threshold) {
      const detection: Detection = { kind: 'review_second_opinion', pattern: opinion.pattern };
      found.push({ detection, ...opinion.evidence });
    }
  }
  const findings: Finding[] = found.flatMap((f) => {
    const rule = ruleFor(f.detection, setting, rules);
    if (!rule) return [];
    const [start, end] = originalSpan(normalized, f.start, f.end);
    return {
      verdict: rule.verdict,
      pattern: f.detection.kind === 'lawful' ? null : f.detection.pattern,
      norms: [...rule.norms],
      evidence: { start, end, text: text.slice(start, end) },
      explanation: rule.explanation,
      ruleId: rule.id,
      ruleVersion: rule.version,
    };
  });
  findings.sort(
    (a, b) =>
      VERDICT_SEVERITY[b.verdict] - VERDICT_SEVERITY[a.verdict] ||
      specificity(b.pattern) - specificity(a.pattern) ||
      a.evidence.start - b.evidence.start,
  );
  const top = findings[0];
  return {
    verdict: top?.verdict ?? 'lawful',
    pattern: top && top.verdict !== 'lawful' ? top.pattern : null,
    norms: top ? [...top.norms] : [],
    findings,
    ruleSetVersion: ruleSetVersion(on),
  };
}
