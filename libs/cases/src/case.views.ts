import { type CaseStatus, allowedTransitions } from './case-status';
import { type Case, type GuardianAddress } from './entities/case.entity';
import { type CaseEvent, type CaseEventType } from './entities/case-event.entity';
import { type ExclusionPattern } from '@teilhabe/rules';
import { type AssistanceKind, type CaseChannel } from './exclusion-pattern';

/** A case in a list: what a caseworker needs to pick it, no personal data of the family. */
export interface CaseSummary {
  id: string;
  reference: string;
  status: CaseStatus;
  receivedAt: string;
  channel: CaseChannel;
  patterns: ExclusionPattern[];
  facility: { id: string; name: string; kind: string };
  provider: { id: string; name: string };
  district: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface TimelineEntry {
  id: string;
  occurredAt: string;
  actor: { id: string | null; name: string };
  type: CaseEventType;
  data: Record<string, unknown>;
}

export interface CaseDetail extends CaseSummary {
  /** Personal fields are null once the case was pseudonymised (see pseudonymisedAt). */
  guardian: {
    name: string | null;
    email: string | null;
    phone: string | null;
    address: GuardianAddress | null;
  };
  child: {
    initials: string | null;
    birthYear: number;
    disability: string | null;
    assistance: { kind: AssistanceKind; hoursPerWeek: number } | null;
  };
  description: string;
  facts: {
    contractTerminated: boolean;
    officeNotifiedBeforehand: boolean | null;
    consentToInvolveOthers: boolean;
  };
  allowedTransitions: readonly CaseStatus[];
  pseudonymisedAt: string | null;
  timeline: TimelineEntry[];
}

/** Expects the case loaded with facility, facility.provider and facility.district. */
export function toCaseSummary(c: Case): CaseSummary {
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    receivedAt: c.receivedAt,
    channel: c.channel,
    patterns: c.patterns,
    facility: { id: c.facility.id, name: c.facility.name, kind: c.facility.kind },
    provider: { id: c.facility.provider.id, name: c.facility.provider.name },
    district: { id: c.facility.district.id, name: c.facility.district.name },
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
  };
}

export function toCaseDetail(c: Case, events: CaseEvent[]): CaseDetail {
  const { child, guardian } = c;
  return {
    ...toCaseSummary(c),
    guardian: {
      name: guardian.name,
      email: guardian.email,
      phone: guardian.phone,
      address: guardian.address,
    },
    child: {
      initials: child.initials,
      birthYear: child.birthYear,
      disability: child.disability,
      assistance:
        child.assistanceKind === null || child.assistanceHoursPerWeek === null
          ? null
          : { kind: child.assistanceKind, hoursPerWeek: child.assistanceHoursPerWeek },
    },
    description: c.description,
    facts: {
      contractTerminated: c.contractTerminated,
      officeNotifiedBeforehand: c.officeNotifiedBeforehand,
      consentToInvolveOthers: c.consentToInvolveOthers,
    },
    allowedTransitions: allowedTransitions(c.status),
    pseudonymisedAt: c.pseudonymisedAt?.toISOString() ?? null,
    timeline: events.map(toTimelineEntry),
  };
}

export function toTimelineEntry(e: CaseEvent): TimelineEntry {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actor: { id: e.actorId, name: e.actorName },
    type: e.type,
    data: e.reason === null ? e.data : { ...e.data, reason: e.reason },
  };
}
