import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Case } from './case.entity';

export const CONSENT_RECIPIENTS = ['provider'] as const;
/** To whom the parents allow the office to pass on what they entrusted to it (§ 65 SGB VIII). */
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

/**
 * The parents' consent that the office may pass on the facts they entrusted to it (the
 * child's initials, birth year and disability, their names, what happened) to a recipient,
 * recorded with the day it was given and, once withdrawn, the day of the withdrawal. Dates
 * and who recorded them only: nothing here is about the family itself.
 */
@Entity('case_consents')
@Index('ix_case_consents_case', ['caseId', 'recordedAt'])
@Check('ck_case_consents_recipient', `recipient IN ('provider')`)
@Check('ck_case_consents_withdrawal', `withdrawn_at IS NULL OR withdrawn_at >= given_at`)
export class CaseConsent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  @Column({ type: 'text' })
  recipient!: ConsentRecipient;

  /** The day the parents gave it. */
  @Column({ type: 'date', name: 'given_at' })
  givenAt!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt!: Date;

  @Column({ type: 'uuid', name: 'recorded_by_id', nullable: true })
  recordedById!: string | null;

  @Column({ type: 'text', name: 'recorded_by_name' })
  recordedByName!: string;

  /** The day the parents withdrew it; null while it stands. */
  @Column({ type: 'date', name: 'withdrawn_at', nullable: true })
  withdrawnAt!: string | null;

  @Column({ type: 'timestamptz', name: 'withdrawal_recorded_at', nullable: true })
  withdrawalRecordedAt!: Date | null;

  @Column({ type: 'text', name: 'withdrawal_recorded_by_name', nullable: true })
  withdrawalRecordedByName!: string | null;
}
