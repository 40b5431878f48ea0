import { Case } from '@teilhabe/cases';
import { District } from '@teilhabe/districts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * unanswered: a provider left a letter and its reminder unanswered; repeat_complaint: a
 * provider had a second complaint within twelve months (§§ 45, 47 SGB VIII).
 */
export const ESCALATION_KINDS = ['unanswered', 'repeat_complaint'] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** Something the team lead of a district must look at, until they have. */
@Entity('escalations')
@Index('ix_escalations_open', ['districtId', 'acknowledgedAt'])
export class Escalation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: EscalationKind;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  /** The district whose team lead it concerns. */
  @Column({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  district!: District;

  /** The provider (repeat complaints), or the follow-up that ran out (unanswered). */
  @Column({ type: 'uuid', name: 'provider_id', nullable: true })
  providerId!: string | null;

  @Column({ type: 'uuid', name: 'follow_up_id', nullable: true })
  followUpId!: string | null;

  /** How many complaints (repeat complaints): the figure the team lead was told. */
  @Column({ type: 'integer', nullable: true })
  complaints!: number | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** When the team leads were told by e-mail (a notice job sends it once). */
  @Column({ type: 'timestamptz', name: 'notified_at', nullable: true })
  notifiedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'text', name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;
}
