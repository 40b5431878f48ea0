import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity';

/**
 * One row per case with only what reports count by, kept current in the same transaction as
 * every write of the case (see CaseStatistics). No personal data. Reports never read the cases
 * table: they ask CaseStatistics for counts. Small codes instead of text keep the rows narrow, so
 * that a report over a million cases is one quick pass (codes: STATISTIC_CODES).
 */
@Entity('case_statistics')
@Index('ix_case_statistics_received', ['receivedAt'])
export class CaseStatistic {
  @PrimaryColumn({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @OneToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'date', name: 'received_at' })
  receivedAt!: string;

  /** year * 12 + month - 1 of receipt: months, quarters and years by integer division. */
  @Column({ type: 'smallint', name: 'received_month' })
  receivedMonth!: number;

  @Column({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  /** The facility's kind (code). */
  @Column({ type: 'smallint' })
  setting!: number;

  /** The provider's type (code). */
  @Column({ type: 'smallint', name: 'provider_type' })
  providerType!: number;

  @Column({ type: 'smallint' })
  status!: number;

  @Column({ type: 'smallint' })
  channel!: number;

  /** The exclusion patterns as bits (bit n: the pattern of code n). */
  @Column({ type: 'smallint', default: 0 })
  patterns!: number;

  @Column({ type: 'boolean', name: 'contract_terminated', default: false })
  contractTerminated!: boolean;

  /**
   * The record key of the Cell-Key method: drawn once at random when the case is recorded and
   * never changed, so that a cell of the same cases always gets the same noise.
   */
  @Column({ type: 'integer', name: 'record_key' })
  recordKey!: number;
}
