import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Case counts per month, district and value of one dimension or a pair of them (setting,
 * provider type, status, channel, pattern; dimension 0 counts all cases), with the sum of their
 * record keys: kept current with case_statistics in the same transaction, so that a report adds
 * up a few thousand rows instead of scanning every case.
 */
@Entity('case_statistics_monthly')
// A report reads a few dimensions over a range of months.
@Index('ix_case_statistics_monthly_dimension', ['dimension', 'receivedMonth'])
export class CaseStatisticMonth {
  /** year * 12 + month - 1. */
  @PrimaryColumn({ type: 'smallint', name: 'received_month' })
  receivedMonth!: number;

  @PrimaryColumn({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  /**
   * 0 all cases, 1 setting, 2 provider type, 3 status, 4 channel, 5 pattern; 10 to 19 the pairs
   * of these (setting and provider type, setting and status, …), value = code a * 16 + code b.
   */
  @PrimaryColumn({ type: 'smallint' })
  dimension!: number;

  /** The value's code (for patterns: the bit); 0 for dimension 0. */
  @PrimaryColumn({ type: 'smallint' })
  value!: number;

  @Column({ type: 'integer' })
  cases!: number;

  /** Sum of the record keys modulo 2^31. */
  @Column({ type: 'bigint', name: 'key_sum' })
  keySum!: string;
}
