import { encrypted } from '@teilhabe/crypto';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Case } from './case.entity';

export const CASE_EVENT_TYPES = [
  'created',
  'updated',
  'status_changed',
  'pseudonymised',
  'contract_checked',
  'contract_rechecked',
  'contract_withdrawn',
  'note_added',
  'assigned',
  'reopened',
  'consent_recorded',
  'consent_withdrawn',
  // Letters (libs/letters) write these through CaseAccess.recordEvent.
  'letter_drafted',
  'letter_queued',
  'letter_sent',
  'letter_discarded',
  'provider_answered',
  'follow_up_set',
  'follow_up_paused',
  'follow_up_resumed',
  'follow_up_answered',
  'follow_up_reminded',
  'follow_up_cancelled',
  'escalated',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** One entry on a case's timeline: who did what, and when. Never changed after writing. */
@Entity('case_events')
@Index('ix_case_events_case', ['caseId', 'id'])
export class CaseEvent {
  /** Increasing with every event, so a timeline keeps its order even within one transaction. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  @CreateDateColumn({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt!: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', name: 'actor_name' })
  actorName!: string;

  /** Text rather than an enum type: new kinds of events arrive with every capability. */
  @Column({ type: 'text' })
  type!: CaseEventType;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /**
   * What a user wrote (the reason for a status change, a reopening or a withdrawn contract; a
   * note): free text about the family, so encrypted and kept out of `data`; the timeline
   * shows it as `data.reason`, a note's as `data.note`.
   */
  @Column({ type: 'text', nullable: true, transformer: encrypted('case_events.reason') })
  reason!: string | null;
}
