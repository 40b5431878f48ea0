// The public API of @teilhabe/cases: what other libraries and the apps use, and nothing more.
export { CaseAccess } from './case-access';
export { CaseFindingSources } from './case-finding-sources';
export { formatCaseReference } from './case-reference';
export { CaseRetention } from './case-retention.service';
export { CASE_STATUSES, type CaseStatus, isClosed } from './case-status';
export { caseClosed } from './cases.exception';
export { CasesModule } from './cases.module';
export { CasesService } from './cases.service';
export { CreateCaseDto } from './dto/create-case.dto';
export { TransitionDto } from './dto/transition.dto';
export { CaseEvent } from './entities/case-event.entity';
export { CaseReferenceCounter } from './entities/case-reference-counter.entity';
export { Case } from './entities/case.entity';
export { type AssistanceKind, type CaseChannel } from './exclusion-pattern';
