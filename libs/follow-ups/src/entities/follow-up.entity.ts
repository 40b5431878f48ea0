import { Case } from '@teilhabe/cases';
import { encrypted } from '@teilhabe/crypto';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** answer: the provider's answer to a letter is due; reminder: due after the reminder. */
export const FOLLOW_UP_STAGES = ['answer', 'reminder'] as const;
export type FollowUpStage = (typeof FOLLOW_UP_STAGES)[number];

/**
 * pending: the clock runs; paused: it stands still (waiting on a third party); answered: the
 * provider answered; reminded: it passed and the reminder went out (the next stage runs);
 * escalated: the reminder's deadline passed too; cancelled: the case was closed.
 */
export const FOLLOW_UP_STATUSES = [
  'pending',
  'paused',
  'answered',
  'reminded',
  'escalated',
  'cancelled',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** A Wiedervorlage: a deadline for the provider's answer to one of the office's letters. */
@Entity('follow_ups')
@Index('ix_follow_ups_due', ['status', 'dueAt'])
export class FollowUp {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  /** The letter whose answer is awaited (the advisory letter or statement request). */
  @Index()
  @Column({ type: 'uuid', name: 'letter_id' })
  letterId!: string;

  @Column({ type: 'text' })
  stage!: FollowUpStage;

  @Column({ type: 'text', default: 'pending' })
  status!: FollowUpStatus;

  /** ISO 8601 duration the deadline was counted with (FOLLOW_UP_PERIOD, REMINDER_PERIOD). */
  @Column({ type: 'text' })
  period!: string;

  /** When the deadline has passed; while paused, when it would have passed. */
  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt!: Date;

  /** The last day of a period counted in days (Berlin); null for shorter ones. */
  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'timestamptz', name: 'paused_at', nullable: true })
  pausedAt!: Date | null;

  /** Why the clock stands still (free text about third parties: encrypted). */
  @Column({
    type: 'text',
    name: 'pause_reason',
    nullable: true,
    transformer: encrypted('follow_ups.pause_reason'),
  })
  pauseReason!: string | null;

  /** While paused: the milliseconds that were left. */
  @Column({ type: 'bigint', name: 'remaining_ms', nullable: true })
  remainingMs!: string | null;

  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
