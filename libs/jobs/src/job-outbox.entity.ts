import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type JobName } from './job-names';

export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Work that must happen, written in the same transaction as the change that causes it (the
 * transactional outbox). PostgreSQL is the source of truth: Redis only delivers a row, with
 * the row's id as the job id, and a job that Redis lost is delivered again from here.
 */
@Entity('job_outbox')
@Check('job_outbox_status', `status IN ('pending', 'running', 'done', 'failed')`)
@Index('job_outbox_due', ['status', 'runAfter'])
export class JobOutbox {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: JobName;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  /** Makes a job unique, e.g. `retention.run:2026-12-04` for the day's retention run. */
  @Index('job_outbox_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  key!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: JobStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'integer' })
  maxAttempts!: number;

  /** Not before then: a job waits for its time, or for its next try. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  runAfter!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Progress of long work, for whoever asked for it (e.g. `{ done: 120, total: 400 }`). */
  @Column({ type: 'jsonb', nullable: true })
  progress!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
