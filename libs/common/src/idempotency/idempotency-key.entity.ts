import { encryptedJson } from '@teilhabe/crypto';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A client's Idempotency-Key and the answer to its first request, kept for a retry window of
 * IDEMPOTENCY_WINDOW_HOURS and then purged, since the answer may hold personal data.
 */
@Entity('idempotency_keys')
@Index('ix_idempotency_keys_created_at', ['createdAt'])
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

  /** The body of the first answer, returned again to a retry; encrypted, as it holds personal data. */
  @Column({ type: 'text', nullable: true, transformer: encryptedJson('idempotency_keys.response') })
  response!: unknown;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
