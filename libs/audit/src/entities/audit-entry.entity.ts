import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the audit log: who did what to which record, and which fields changed, never
 * their values. Append-only: a trigger in PostgreSQL rejects UPDATE, DELETE and TRUNCATE, so
 * this holds for every connection, a superuser's included.
 */
@Entity('audit_log')
@Index('ix_audit_log_record', ['recordType', 'recordId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt!: Date;

  @Index()
  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', name: 'actor_name' })
  actorName!: string;

  /** What was done, as `<record type>.<verb>`: `case.read`, `case.update`, … */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', name: 'record_type', nullable: true })
  recordType!: string | null;

  @Column({ type: 'text', name: 'record_id', nullable: true })
  recordId!: string | null;

  /** Names of the fields that changed (or were set on create). */
  @Column({ type: 'text', array: true, default: '{}' })
  fields!: string[];

  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId!: string | null;

  /** Further facts without personal data, e.g. a status change or the size of a list. */
  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}
