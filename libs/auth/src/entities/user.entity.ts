import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const USER_ROLES = [
  'admin',
  'team_lead',
  'caseworker',
  'committee',
  'funding_controller',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Administration',
  team_lead: 'Teamleitung',
  caseworker: 'Sachbearbeitung',
  committee: 'Ausschuss',
  funding_controller: 'Fördercontrolling',
};

/** A person who signs in: one role and the districts they work for. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored in lower case, so that sign-in ignores case. */
  @Column({ type: 'text', unique: true })
  email!: string;

  /** argon2id PHC string; null for accounts that sign in through single sign-on only. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'enum', enum: USER_ROLES, enumName: 'user_role' })
  role!: UserRole;

  @Column({ type: 'uuid', array: true, default: '{}' })
  districtIds!: string[];

  /**
   * The password was set by an administrator (or the command line): it opens no session, only
   * the change to a password of the user's own (`POST /auth/password`).
   */
  @Column({ type: 'boolean', default: false })
  passwordMustChange!: boolean;

  /** Consecutive failed sign-ins; the account is locked with growing back-off from 5 on. */
  @Column({ type: 'integer', default: 0 })
  failedLogins!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
