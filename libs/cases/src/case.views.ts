import { ApiProperty } from '@nestjs/swagger';
import { type FacilityLabel } from '@teilhabe/providers';
import { EXCLUSION_PATTERNS, type ExclusionPattern } from '@teilhabe/rules';
import { allowedTransitions, CASE_STATUSES, type CaseStatus } from './case-status';
import { ConsentView, toConsentView } from './consent.views';
import { type CaseConsent } from './entities/case-consent.entity';
import { type Case } from './entities/case.entity';
import { CASE_EVENT_TYPES, type CaseEvent, type CaseEventType } from './entities/case-event.entity';
import {
  ASSISTANCE_KINDS,
  type AssistanceKind,
  CASE_CHANNELS,
  type CaseChannel,
} from './exclusion-pattern';

// What the API answers about cases. Classes, so that the OpenAPI document (and the web app's
// client generated from it) describes every answer; the services build them as plain objects.

const nullableString = { type: String, nullable: true } as const;

export class CaseFacilityRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'kita, ogs or ogs_foerderschule' }) kind!: string;
}

export class NamedRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ActorRef {
  @ApiProperty({ ...nullableString, format: 'uuid', description: 'null: the system' })
  id!: string | null;
  @ApiProperty() name!: string;
}

/** A case in a list: what a caseworker needs to pick it, no personal data of the family. */
export class CaseSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '42.22-2026-000017', description: 'Aktenzeichen' }) reference!: string;
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' }) status!: CaseStatus;
  @ApiProperty({ format: 'date' }) receivedAt!: string;
  @ApiProperty({ enum: CASE_CHANNELS, enumName: 'CaseChannel' }) channel!: CaseChannel;
  @ApiProperty({ enum: EXCLUSION_PATTERNS, enumName: 'ExclusionPattern', isArray: true })
  patterns!: ExclusionPattern[];
  @ApiProperty({ type: () => CaseFacilityRef }) facility!: CaseFacilityRef;
  @ApiProperty({ type: () => NamedRef }) provider!: NamedRef;
  @ApiProperty({ type: () => NamedRef }) district!: NamedRef;
  @ApiProperty({
    type: () => NamedRef,
    nullable: true,
    description: 'Who works the case (name: e-mail address); null: nobody yet',
  })
  assignee!: NamedRef | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ ...nullableString, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({
    ...nullableString,
    format: 'date-time',
    description: 'Escalated to the team lead: a deadline passed unanswered after a reminder',
  })
  escalatedAt!: string | null;
}

export class TimelineEntry {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: () => ActorRef }) actor!: ActorRef;
  @ApiProperty({ enum: CASE_EVENT_TYPES, enumName: 'CaseEventType' }) type!: CaseEventType;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What changed (never values of personal fields); reason: the reason given',
  })
  data!: Record<string, unknown>;
}

export class GuardianAddressView {
  @ApiProperty() street!: string;
  @ApiProperty() postalCode!: string;
  @ApiProperty() city!: string;
}

export class GuardianView {
  @ApiProperty(nullableString) name!: string | null;
  @ApiProperty(nullableString) email!: string | null;
  @ApiProperty(nullableString) phone!: string | null;
  @ApiProperty({ type: () => GuardianAddressView, nullable: true })
  address!: GuardianAddressView | null;
}

export class AssistanceView {
  @ApiProperty({ enum: ASSISTANCE_KINDS, enumName: 'AssistanceKind' }) kind!: AssistanceKind;
  @ApiProperty() hoursPerWeek!: number;
}

export class ChildView {
  @ApiProperty(nullableString) initials!: string | null;
  @ApiProperty() birthYear!: number;
  @ApiProperty(nullableString) disability!: string | null;
  @ApiProperty({ type: () => AssistanceView, nullable: true }) assistance!: AssistanceView | null;
}

export class CaseFactsView {
  @ApiProperty() contractTerminated!: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) officeNotifiedBeforehand!: boolean | null;
  @ApiProperty() consentToInvolveOthers!: boolean;
}

export class CaseDetail extends CaseSummary {
  /** Personal fields are null once the case was pseudonymised (see pseudonymisedAt). */
  @ApiProperty({ type: () => GuardianView }) guardian!: GuardianView;
  @ApiProperty({ type: () => ChildView }) child!: ChildView;
  @ApiProperty() description!: string;
  @ApiProperty({ type: () => CaseFactsView }) facts!: CaseFactsView;
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus', isArray: true })
  allowedTransitions!: readonly CaseStatus[];
  @ApiProperty({ ...nullableString, format: 'date-time' }) pseudonymisedAt!: string | null;
  @ApiProperty({
    type: () => [ConsentView],
    description: 'The parents’ consents to pass on what they entrusted (§ 65 SGB VIII)',
  })
  consents!: ConsentView[];
  @ApiProperty({ type: () => [TimelineEntry] }) timeline!: TimelineEntry[];
}

export class CaseCount {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Cases the filters match; null with a free-text search (q)',
  })
  count!: number | null;
}

/** How many complaints one facility has had: repeats stand out. */
export class FacilityCaseCount {
  @ApiProperty({ format: 'uuid' }) facilityId!: string;
  @ApiProperty({ description: 'All complaints' }) total!: number;
  @ApiProperty({ description: 'Complaints still open' }) open!: number;
  @ApiProperty({ description: 'Complaints received in the last twelve months' })
  lastTwelveMonths!: number;
  @ApiProperty({ description: 'Two or more complaints in the last twelve months' })
  repeated!: boolean;
  @ApiProperty({ format: 'date' }) lastReceivedAt!: string;
}

/** Someone a case can be assigned to. */
export class StaffView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['team_lead', 'caseworker'] }) role!: string;
}

/** Art. 15 GDPR: everything stored about one guardian. */
export class GuardianExport {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ example: 'Art. 15 DSGVO' }) legalBasis!: string;
  @ApiProperty() guardianEmail!: string;
  @ApiProperty({ type: () => [CaseDetail] }) cases!: CaseDetail[];
}

/**
 * The case as lists show it, its facility named as the providers' library names it and its
 * assignee as the accounts' library does (`staff`: id → name).
 */
export function toCaseSummary(
  c: Case,
  facility: FacilityLabel,
  staff: ReadonlyMap<string, string>,
): CaseSummary {
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    receivedAt: c.receivedAt,
    channel: c.channel,
    patterns: c.patterns,
    facility: { id: facility.id, name: facility.name, kind: facility.kind },
    provider: facility.provider,
    district: facility.district,
    assignee: c.assigneeId
      ? { id: c.assigneeId, name: staff.get(c.assigneeId) ?? 'unbekannt' }
      : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    escalatedAt: c.escalatedAt?.toISOString() ?? null,
  };
}

export function toCaseDetail(
  c: Case,
  facility: FacilityLabel,
  staff: ReadonlyMap<string, string>,
  events: CaseEvent[],
  consents: CaseConsent[],
): CaseDetail {
  const { child, guardian } = c;
  return {
    ...toCaseSummary(c, facility, staff),
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
    consents: consents.map(toConsentView),
    timeline: events.map(toTimelineEntry),
  };
}

export function toTimelineEntry(e: CaseEvent): TimelineEntry {
  return {
    // bigint: a string in the API, whatever the driver made of it.
    id: String(e.id),
    occurredAt: e.occurredAt.toISOString(),
    actor: { id: e.actorId, name: e.actorName },
    type: e.type,
    data:
      e.reason === null
        ? e.data
        : { ...e.data, [e.type === 'note_added' ? 'note' : 'reason']: e.reason },
  };
}
