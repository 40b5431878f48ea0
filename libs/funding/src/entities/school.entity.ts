import { District } from '@teilhabe/districts';
import {
  Check,
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

export const SCHOOL_LEVELS = ['primary', 'secondary'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** A school in a district: primary or secondary, a school of Gemeinsames Lernen or not. */
@Entity('funding_schools')
@Unique('uq_funding_schools_district_name', ['districtId', 'name'])
@Check('ck_funding_schools_level', `level IN ('primary', 'secondary')`)
export class School {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  level!: SchoolLevel;

  /** A school of Gemeinsames Lernen (the Inklusionspauschale supports these). */
  @Column({ type: 'boolean', name: 'common_learning' })
  commonLearning!: boolean;

  /** The Schulträger, e.g. "Stadt Siegburg". */
  @Column({ type: 'text', name: 'school_authority' })
  schoolAuthority!: string;

  @Index()
  @Column({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  district!: District;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
