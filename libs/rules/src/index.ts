// The public API of @teilhabe/rules: what other libraries and the apps use, and nothing more.
export { assessCaseFacts, type CaseAssessment, type ContractPatternFinding } from './case-facts';
export { checkText, type Finding, type TextCheck } from './check-text';
export {
  classify,
  ClauseFileError,
  type ClauseInput,
  evaluate,
  formatEvaluation,
  meetsTargets,
  parseClauseLines,
} from './evaluation';
export { type Norm, NORMS } from './norms';
export {
  EXCLUSION_PATTERN_LABELS,
  EXCLUSION_PATTERNS,
  type ExclusionPattern,
  type Setting,
  settingOfFacility,
  SETTINGS,
  type Verdict,
} from './patterns';
export { activeRules, type Rule, ruleSetVersion } from './rule-set';
