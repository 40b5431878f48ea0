import { EXPENDITURE_CATEGORIES, type ExpenditureCategory } from '@teilhabe/rules';
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
import { Allocation } from './allocation.entity';
import { cents } from './money.transformer';
import { PoolModel } from './pool-model.entity';
import { School } from './school.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** What a recipient spent of an allocation, with its purpose category. */
@Entity('funding_expenditures')
@Index('ix_funding_expenditures_allocation', ['allocationId', 'createdAt'])
@Check('ck_funding_expenditures_category', `category IN (${list(EXPENDITURE_CATEGORIES)})`)
export class Expenditure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'allocation_id' })
  allocationId!: string;

  @ManyToOne(() => Allocation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allocation_id' })
  allocation!: Allocation;

  @Column({ type: 'text' })
  category!: ExpenditureCategory;

  @Column({ type: 'bigint', name: 'amount_cents', transformer: cents })
  amountCents!: number;

  @Column({ type: 'text' })
  description!: string;

  /** When it was booked (from a finance office's export); null when entered without a date. */
  @Column({ type: 'date', name: 'spent_on', nullable: true })
  spentOn!: string | null;

  @Column({ type: 'uuid', name: 'school_id', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => School, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'school_id' })
  school?: School;

  @Index()
  @Column({ type: 'uuid', name: 'pool_model_id', nullable: true })
  poolModelId!: string | null;

  @ManyToOne(() => PoolModel, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'pool_model_id' })
  poolModel?: PoolModel;

  /** A forwarding: the municipality that receives the money. */
  @Column({ type: 'text', nullable: true })
  municipality!: string | null;

  /** A forwarding: the municipality runs schools of Gemeinsames Lernen. */
  @Column({ type: 'boolean', name: 'municipality_runs_common_learning_schools', nullable: true })
  municipalityRunsCommonLearningSchools!: boolean | null;

  /** A forwarding: a purpose-conform project exists there or is concretely planned. */
  @Column({ type: 'boolean', name: 'project_exists_or_planned', nullable: true })
  projectExistsOrPlanned!: boolean | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
