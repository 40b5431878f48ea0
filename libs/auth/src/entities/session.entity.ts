import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from './user.entity';

/**
 * One sign-in. It carries three secrets, stored only as SHA-256 hashes: a short-lived access
 * token and a refresh token for API clients, and a cookie token for the web UI, which also
 * gets a CSRF token. Signing out revokes the whole session.
 */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Index({ unique: true })
  @Column({ type: 'text' })
  accessHash!: string;

  @Column({ type: 'timestamptz' })
  accessExpiresAt!: Date;

  @Index({ unique: true })
  @Column({ type: 'text' })
  refreshHash!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  cookieHash!: string;

  @Column({ type: 'text' })
  csrfHash!: string;

  /** End of the session: refresh and cookie stop working then. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
