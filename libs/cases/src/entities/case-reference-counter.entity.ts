import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last Aktenzeichen number given out per year. Incremented in the transaction that creates
 * the case, so a rolled-back create gives its number back and the sequence has no gaps.
 */
@Entity('case_reference_counters')
export class CaseReferenceCounter {
  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer', name: 'last_number' })
  lastNumber!: number;
}
