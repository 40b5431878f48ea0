import { recognise } from './clause-analysis';
import { originalSpan } from './normalize';
import { type ExclusionPattern, type Setting, type Verdict, VERDICT_SEVERITY } from './patterns';
import { activeRules, ruleFor, ruleSetVersion } from './rule-set';

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
export function checkText(text: string, setting: Setting, on: Date = new Date()): TextCheck {
  const rules = activeRules(on);
  const { normalized, found } = recognise(text);
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
