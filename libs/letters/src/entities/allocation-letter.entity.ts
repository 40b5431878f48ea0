import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A letter about an allocation of the Inklusionspauschale rather than a case: the notice to
 * the ministry (§ 4 Abs. 2 of the agreement). It names no family, so it is stored in clear.
 * The allocation is the funding library's; it is named by id only.
 */
@Entity('allocation_letters')
@Index('ix_allocation_letters_allocation', ['allocationId', 'createdAt'])
@Check('ck_allocation_letters_template', `template IN ('ministry_notice')`)
@Check('ck_allocation_letters_recipient', `recipient IN ('ministry')`)
export class AllocationLetter {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'allocation_id' })
  allocationId!: string;

  @Column({ type: 'text', default: 'ministry_notice' })
  template!: 'ministry_notice';

  @Column({ type: 'text', default: 'ministry' })
  recipient!: 'ministry';

  @Column({ type: 'text', default: 'draft' })
  status!: 'draft';

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'date', name: 'letter_date' })
  letterDate!: string;

  /** The PDF as drafted (base64). */
  @Column({ type: 'text' })
  pdf!: string;

  @Column({ type: 'text', name: 'created_by_name' })
  createdByName!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
