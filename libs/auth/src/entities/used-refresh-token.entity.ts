import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Session } from './session.entity';

/**
 * A refresh token that was exchanged already (its SHA-256 hash). Presented again, it means the
 * token was copied: the session it belongs to is ended, for the thief and the owner alike.
 */
@Entity('used_refresh_tokens')
export class UsedRefreshToken {
  @PrimaryColumn({ type: 'text' })
  hash!: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session!: Session;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  usedAt!: Date;
}
