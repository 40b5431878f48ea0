import { District } from '@teilhabe/districts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { cents } from './money.transformer';

/**
 * A pool model (Infrastrukturmodell für Schulbegleitungen): school assistants given to schools
 * of Gemeinsames Lernen as a pool, independent of individual claims (seed 000, section III).
 */
@Entity('funding_pool_models')
@Unique('uq_funding_pool_models_district_name', ['districtId', 'name'])
export class PoolModel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The recipient of the Inklusionspauschale that runs it. */
  @Index()
  @Column({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  district!: District;

  /** Posts or assistants (27 posts in Düren's MosIK). */
  @Column({ type: 'integer', name: 'staff_count', nullable: true })
  staffCount!: number | null;

  /** Hours a week per assistant, e.g. 35 (KOBSI); numeric for half hours. */
  @Column({ type: 'numeric', precision: 4, scale: 1, name: 'hours_per_week', nullable: true })
  hoursPerWeek!: string | null;

  /** The pay grade, e.g. "S4 TVöD". */
  @Column({ type: 'text', name: 'pay_grade', nullable: true })
  payGrade!: string | null;

  /** Personnel costs a year, in cents. */
  @Column({ type: 'bigint', name: 'personnel_costs_cents', nullable: true, transformer: cents })
  personnelCostsCents!: number | null;

  /** What else the model is: a concept only, budget schools, figures quoted from reports. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
