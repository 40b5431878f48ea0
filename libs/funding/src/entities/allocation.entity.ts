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

/** The Inklusionspauschale of one recipient (a district with its own youth office) for a school year. */
@Entity('funding_allocations')
@Unique('uq_funding_allocations_district_year', ['districtId', 'schoolYear'])
export class Allocation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', name: 'district_id' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  district!: District;

  /** "2020/2021" */
  @Column({ type: 'text', name: 'school_year' })
  schoolYear!: string;

  @Column({ type: 'bigint', name: 'amount_cents', transformer: cents })
  amountCents!: number;

  /** The date of the Festsetzungsbescheid. */
  @Column({ type: 'date', name: 'decided_at' })
  decidedAt!: string;

  @Column({ type: 'date', name: 'paid_at' })
  paidAt!: string;

  /** A settlement's amount deemed properly used (§ 1 Abs. 2 of the agreement). */
  @Column({
    type: 'bigint',
    name: 'deemed_properly_used_cents',
    nullable: true,
    transformer: cents,
  })
  deemedProperlyUsedCents!: number | null;

  @Column({ type: 'date', name: 'settlement_agreed_at', nullable: true })
  settlementAgreedAt!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
