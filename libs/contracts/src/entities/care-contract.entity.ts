import { Case } from '@teilhabe/cases';
import { encrypted, encryptedJson } from '@teilhabe/crypto';
import { type ExclusionPattern, type Finding, type Verdict } from '@teilhabe/rules';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

export const CONTRACT_SOURCES = ['pdf', 'docx', 'txt', 'text'] as const;
/** How the contract arrived: an uploaded PDF, DOCX or text file, or text typed or pasted in. */
export type ContractSource = (typeof CONTRACT_SOURCES)[number];

/**
 * A care contract (Betreuungsvertrag) or side agreement of a case: the document as it came,
 * its text and what the rules found in it. Document, text, file name and findings (their
 * evidence quotes the text) are personal data and encrypted at rest; verdict, patterns and the
 * rule set's version are not, so reports and re-checks can select by them.
 */
@Entity('care_contracts')
@Index('ix_care_contracts_case', ['caseId', 'createdAt'])
@Index('ix_care_contracts_rule_set', ['ruleSetVersion'])
export class CareContract {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  @Column({ type: 'text' })
  source!: ContractSource;

  @Column({
    type: 'text',
    name: 'file_name',
    nullable: true,
    transformer: encrypted('care_contracts.file_name'),
  })
  fileName!: string | null;

  @Column({ type: 'integer', name: 'size_bytes' })
  sizeBytes!: number;

  /** The uploaded file, base64, encrypted; null for typed text. */
  @Column({
    type: 'text',
    nullable: true,
    transformer: encrypted('care_contracts.document'),
  })
  document!: string | null;

  @Column({ type: 'text', transformer: encrypted('care_contracts.text') })
  text!: string;

  @Column({ type: 'text' })
  verdict!: Verdict;

  @Column({ type: 'text', array: true, default: '{}' })
  patterns!: ExclusionPattern[];

  @Column({ type: 'text', transformer: encryptedJson('care_contracts.findings') })
  findings!: Finding[];

  @Column({ type: 'text', name: 'rule_set_version' })
  ruleSetVersion!: string;

  @Column({ type: 'timestamptz', name: 'checked_at' })
  checkedAt!: Date;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  /**
   * Withdrawn (uploaded by mistake, to the wrong case): kept for the audit, out of the
   * findings, the assessment and the re-checks.
   */
  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;

  @Column({
    type: 'text',
    name: 'withdrawal_reason',
    nullable: true,
    transformer: encrypted('care_contracts.withdrawal_reason'),
  })
  withdrawalReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
