import { AuditEntry } from '@teilhabe/audit';
import { LoginThrottle, Session, UsedRefreshToken, User } from '@teilhabe/auth';
import { Case, CaseEvent, CaseReferenceCounter } from '@teilhabe/cases';
import { IdempotencyKey } from '@teilhabe/common';
import { CareContract } from '@teilhabe/contracts';
import { District } from '@teilhabe/districts';
import { JobOutbox } from '@teilhabe/jobs';
import { Facility, Provider } from '@teilhabe/providers';
import { migrations } from './migrations';

/** Every entity of every bounded context: the schema the migrations must produce. */
export const ENTITIES = [
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

export const MIGRATIONS = migrations;
