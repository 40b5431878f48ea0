import { District } from '@teilhabe/districts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * How many children live in a district in a year (from the state's statistics office, loaded as
 * CSV): the base of "cases per 10,000 children". Public figures, no personal data.
 */
@Entity('reference_populations')
@Check('ck_reference_populations_children', '"children" > 0')
@Check('ck_reference_populations_year', '"year" BETWEEN 1990 AND 2100')
export class ReferencePopulation {
  @PrimaryColumn({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'district_id' })
  district?: District;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  children!: number;

  @Column({ type: 'timestamptz', name: 'imported_at', default: () => 'now()' })
  importedAt!: Date;
}
