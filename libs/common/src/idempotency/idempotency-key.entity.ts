import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A client's Idempotency-Key and what its first request created. Only the id of the created
 * record is kept, not a copy of the answer, so no personal data is stored twice.
 */
@Entity('idempotency_keys')
export class IdempotencyKey {
  /** The operation the key belongs to, e.g. `POST /cases`. */
  @PrimaryColumn({ type: 'text' })
  scope!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** SHA-256 of the validated request, to refuse a key reused for another request. */
  @Column({ type: 'text', name: 'request_hash' })
  requestHash!: string;

  @Column({ type: 'uuid', name: 'resource_id', nullable: true })
  resourceId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
