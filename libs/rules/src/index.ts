// The public API of @teilhabe/rules: what other libraries and the apps use, and nothing more.
export {
  assessCaseFacts,
  type CaseAction,
  type CaseAssessment,
  type CaseFinding,
  type ContractPatternFinding,
  RESPONSIBLE_BODIES,
  RESPONSIBLE_BODY_LABELS,
  type ResponsibleBody,
} from './case-facts';
export { currentSnapshot, SNAPSHOT_NAME } from './classify-snapshot';
export { SHIPPED_MODEL } from './second-opinion/shipped-model';
export {
  formatHeldOut,
  type HeldOutResult,
  labelledFiles,
  leaveOneFileOut,
  trainOn,
} from './second-opinion/training';
export { type CheckOptions, checkText, type Finding, type TextCheck } from './check-text';
export {
  classify,
  classifySnapshot,
  ClauseFileError,
  type ClauseInput,
  evaluate,
  evaluateDocument,
  formatDocumentEvaluations,
  formatEvaluation,
  type LabelledDocument,
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
  VERDICTS,
} from './patterns';
export { activeRules, legalDay, type Rule, ruleSetVersion } from './rule-set';
export {
  berlinMidnight,
  deadlineAfter,
  type Deadline,
  holidayName,
  isWorkingDay,
  nextWorkingDay,
  parsePeriod,
  type Period,
} from './deadlines';
export {
  assessAllocation,
  type AllocationAssessment,
  type AllocationInput,
  centsOf,
  EXPENDITURE_CATEGORIES,
  EXPENDITURE_CATEGORY_LABELS,
  type ExpenditureAssessment,
  type ExpenditureCategory,
  type ExpenditureInput,
  type ExpenditureVerdict,
  formatDecimalAmount,
  formatEuro,
  FUNDING_RULES,
  type FundingRule,
  isSchoolYear,
  OVERHEAD_CAP_PERCENT,
  overheadCap,
  parseDecimalAmount,
  parseGermanAmount,
  repaymentDueDate,
  schoolYearOf,
  schoolYearSpan,
} from './funding';
