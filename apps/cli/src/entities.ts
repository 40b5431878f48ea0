import { AuditEntry } from '@teilhabe/audit';
import { LoginThrottle, Session, UsedRefreshToken, User } from '@teilhabe/auth';
import {
  Case,
  CaseConsent,
  CaseEvent,
  CaseReferenceCounter,
  CaseStatistic,
  CaseStatisticMonth,
} from '@teilhabe/cases';
import { IdempotencyKey, RateLimitCounter } from '@teilhabe/common';
import { CareContract } from '@teilhabe/contracts';
import { District } from '@teilhabe/districts';
import { Escalation, FollowUp } from '@teilhabe/follow-ups';
import {
  Allocation,
  Expenditure,
  FacilitySchool,
  PoolModel,
  PoolModelSchool,
  RepaymentReminder,
  School,
} from '@teilhabe/funding';
import { JobOutbox } from '@teilhabe/jobs';
import { AllocationLetter, AnswerLink, Letter, ProviderAnswer } from '@teilhabe/letters';
import { Facility, Provider } from '@teilhabe/providers';
import { ReferencePopulation } from '@teilhabe/reports';

/**
 * Every entity of every library, for the tools that compare entities with migrations
 * (db:generate, the schema test). The application does not use this list: its modules
 * register their own entities. A test checks that it names exactly what the API registers.
 */
export const ALL_ENTITIES = [
  District,
  Provider,
  Facility,
  Case,
  CaseEvent,
  CaseReferenceCounter,
  CaseConsent,
  CaseStatistic,
  CaseStatisticMonth,
  CareContract,
  Letter,
  AnswerLink,
  ProviderAnswer,
  AllocationLetter,
  FollowUp,
  Escalation,
  School,
  FacilitySchool,
  PoolModel,
  PoolModelSchool,
  Allocation,
  Expenditure,
  RepaymentReminder,
  ReferencePopulation,
  IdempotencyKey,
  RateLimitCounter,
  AuditEntry,
  User,
  Session,
  LoginThrottle,
  UsedRefreshToken,
  JobOutbox,
];
