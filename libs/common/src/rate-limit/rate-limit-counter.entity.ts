import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Requests of one client to one kind of route in the current window. In PostgreSQL, so that a
 * limit holds across API replicas; the client is a keyed hash of its address, never the address.
 * Rows whose window is over are deleted by the hourly purge job.
 */
@Entity('rate_limit_counters')
@Index('ix_rate_limit_counters_window_ends_at', ['windowEndsAt'])
export class RateLimitCounter {
  /** What is limited, e.g. `public.complaints`. */
  @PrimaryColumn({ type: 'text' })
  bucket!: string;

  /** HMAC-SHA-256 (BLIND_INDEX_KEY) of the client's address, or of its /64 for IPv6. */
  @PrimaryColumn({ type: 'text' })
  client!: string;

  /** The window opens with the client's first request and closes this much later. */
  @Column({ type: 'timestamptz', name: 'window_ends_at' })
  windowEndsAt!: Date;

  @Column({ type: 'integer' })
  hits!: number;
}
