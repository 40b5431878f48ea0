// The public API of @teilhabe/cases: what other libraries and the apps use, and nothing more.
export { CaseAccess, type CaseHeadline } from './case-access';
export { CaseLifecycle, type CaseListener } from './case-lifecycle';
export { CaseFindingSources } from './case-finding-sources';
export { formatCaseReference } from './case-reference';
export { CaseRetention } from './case-retention.service';
export {
  CaseStatistics,
  MONTHLY_FROM_SUMMARY_SQL,
  monthIndex,
  RECORD_KEY_RANGE,
  STATISTIC_CODES,
  STATISTIC_DIMENSIONS,
  type StatisticCell,
  type StatisticDimension,
  type StatisticQuery,
} from './case-statistics';
export { CASE_STATUSES, type CaseStatus, isClosed } from './case-status';
export { caseClosed } from './cases.exception';
export { CasesModule } from './cases.module';
export { ConsentView } from './consent.views';
export { type CreatedCase, type CreateOptions, CasesService } from './cases.service';
export {
  ChildDto,
  CreateCaseDto,
  currentYear,
  earliestBirthYear,
  GuardianDto,
  INITIALS_PATTERN,
  PHONE_PATTERN,
} from './dto/create-case.dto';
export { TransitionDto } from './dto/transition.dto';
export {
  CaseConsent,
  CONSENT_RECIPIENTS,
  type ConsentRecipient,
} from './entities/case-consent.entity';
export { CaseEvent, type CaseEventType } from './entities/case-event.entity';
export { CaseReferenceCounter } from './entities/case-reference-counter.entity';
export { Case } from './entities/case.entity';
export { CaseStatistic } from './entities/case-statistic.entity';
export { CaseStatisticMonth } from './entities/case-statistic-month.entity';
export { type AssistanceKind, type CaseChannel } from './exclusion-pattern';
