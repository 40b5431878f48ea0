import { AuditEntry } from '@teilhabe/audit';
import { LoginThrottle, Session, UsedRefreshToken, User } from '@teilhabe/auth';
import { Case, CaseEvent, CaseReferenceCounter } from '@teilhabe/cases';
import { IdempotencyKey } from '@teilhabe/common';
import { CareContract } from '@teilhabe/contracts';
import { District } from '@teilhabe/districts';
import { JobOutbox } from '@teilhabe/jobs';
import { Facility, Provider } from '@teilhabe/providers';

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
  CareContract,
  IdempotencyKey,
  AuditEntry,
  User,
  Session,
  LoginThrottle,
  UsedRefreshToken,
  JobOutbox,
];
