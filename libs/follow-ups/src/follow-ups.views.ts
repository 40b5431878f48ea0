import { ApiProperty } from '@nestjs/swagger';
import { type CaseHeadline } from '@teilhabe/cases';
import {
  ESCALATION_KINDS,
  type Escalation,
  type EscalationKind,
} from './entities/escalation.entity';
import {
  FOLLOW_UP_STAGES,
  FOLLOW_UP_STATUSES,
  type FollowUp,
  type FollowUpStage,
  type FollowUpStatus,
} from './entities/follow-up.entity';

// What the API answers about deadlines and escalations (classes, for the OpenAPI document).

export class FollowUpCaseRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Aktenzeichen' }) reference!: string;
  @ApiProperty() facility!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() district!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId!: string | null;
}

export class FollowUpView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: () => FollowUpCaseRef }) case!: FollowUpCaseRef;
  @ApiProperty({ format: 'uuid', description: 'The letter whose answer is awaited' })
  letterId!: string;
  @ApiProperty({ enum: FOLLOW_UP_STAGES, enumName: 'FollowUpStage' }) stage!: FollowUpStage;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES, enumName: 'FollowUpStatus' }) status!: FollowUpStatus;
  @ApiProperty({ example: 'P14D' }) period!: string;
  @ApiProperty({ format: 'date-time', description: 'When the deadline passes (or would)' })
  dueAt!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Its last day' })
  endsOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pausedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) pauseReason!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'While paused: milliseconds left' })
  remainingMs!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class EscalationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ESCALATION_KINDS, enumName: 'EscalationKind' }) kind!: EscalationKind;
  @ApiProperty({ type: () => FollowUpCaseRef }) case!: FollowUpCaseRef;
  @ApiProperty({ type: Number, nullable: true, description: 'Complaints in twelve months' })
  complaints!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acknowledgedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgedBy!: string | null;
}

export function caseRef(c: CaseHeadline): FollowUpCaseRef {
  return {
    id: c.id,
    reference: c.reference,
    facility: c.facility.name,
    provider: c.facility.provider.name,
    district: c.facility.district.name,
    assigneeId: c.assigneeId,
  };
}

export function toFollowUpView(f: FollowUp, c: CaseHeadline): FollowUpView {
  return {
    id: f.id,
    case: caseRef(c),
    letterId: f.letterId,
    stage: f.stage,
    status: f.status,
    period: f.period,
    dueAt: f.dueAt.toISOString(),
    endsOn: f.endsOn,
    pausedAt: f.pausedAt?.toISOString() ?? null,
    pauseReason: f.pauseReason,
    remainingMs: f.remainingMs === null ? null : Number(f.remainingMs),
    createdAt: f.createdAt.toISOString(),
  };
}

export function toEscalationView(e: Escalation, c: CaseHeadline): EscalationView {
  return {
    id: e.id,
    kind: e.kind,
    case: caseRef(c),
    complaints: e.complaints,
    createdAt: e.createdAt.toISOString(),
    acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: e.acknowledgedBy,
  };
}
