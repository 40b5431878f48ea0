import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Allocation } from './allocation.entity';
import { cents } from './money.transformer';

/**
 * The reminder before an allocation's 1 April repayment date: scheduled while the assessment
 * shows money to repay, due once its job ran (a month before the date); gone when nothing is owed.
 */
@Entity('funding_repayment_reminders')
export class RepaymentReminder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'allocation_id', unique: true })
  allocationId!: string;

  @OneToOne(() => Allocation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allocation_id' })
  allocation!: Allocation;

  @Column({ type: 'date', name: 'due_by' })
  dueBy!: string;

  @Column({ type: 'timestamptz', name: 'remind_at' })
  remindAt!: Date;

  @Column({ type: 'bigint', name: 'repayment_due_cents', transformer: cents })
  repaymentDueCents!: number;

  @Column({ type: 'timestamptz', name: 'reminded_at', nullable: true })
  remindedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
