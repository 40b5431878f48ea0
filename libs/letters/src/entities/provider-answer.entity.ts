import { Case } from '@teilhabe/cases';
import { CareContract } from '@teilhabe/contracts';
import { encrypted } from '@teilhabe/crypto';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AnswerLink } from './answer-link.entity';
import { Letter } from './letter.entity';

export const ANSWER_VERDICTS = ['unlawful', 'review', 'lawful'] as const;

/**
 * A provider's answer through its link: a text, and/or a revised contract that the contracts
 * library stored and checked (`contractId`, with the verdict of the rules at that moment).
 */
@Entity('provider_answers')
@Index('ix_provider_answers_case', ['caseId', 'receivedAt'])
export class ProviderAnswer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'letter_id' })
  letterId!: string;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id' })
  letter!: Letter;

  @Column({ type: 'uuid', name: 'link_id' })
  linkId!: string;

  @ManyToOne(() => AnswerLink, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id' })
  link!: AnswerLink;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  /** What the provider wrote (it may name the family): encrypted. */
  @Column({ type: 'text', nullable: true, transformer: encrypted('provider_answers.text') })
  text!: string | null;

  /** The revised contract, stored by the contracts library. */
  @Column({ type: 'uuid', name: 'contract_id', nullable: true })
  contractId!: string | null;

  @ManyToOne(() => CareContract, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contract_id' })
  contract?: CareContract;

  @Column({ type: 'text', nullable: true })
  verdict!: (typeof ANSWER_VERDICTS)[number] | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'received_at' })
  receivedAt!: Date;

  /** When the office was told (by e-mail); the notice job's row makes sure it is told once. */
  @Column({ type: 'timestamptz', name: 'notice_sent_at', nullable: true })
  noticeSentAt!: Date | null;
}
