import { Case } from '@teilhabe/cases';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Letter } from './letter.entity';

/**
 * A provider's personal link to answer a letter (`/antwort/<token>`): unguessable (128 random
 * bits), expiring, single-use. Only the token's SHA-256 is stored; the token itself is in the
 * letter that carries the link and nowhere else.
 */
@Entity('answer_links')
@Index('ix_answer_links_letter', ['letterId'])
export class AnswerLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text', name: 'token_hash' })
  tokenHash!: string;

  /** The letter whose question the answer answers (an advisory letter, not its reminder). */
  @Column({ type: 'uuid', name: 'letter_id' })
  letterId!: string;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id' })
  letter!: Letter;

  /** The letter that carries the link (the same one, or a reminder of it). */
  @Column({ type: 'uuid', name: 'issued_with_letter_id' })
  issuedWithLetterId!: string;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issued_with_letter_id' })
  issuedWith!: Letter;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  /** When the letter was answered (through this link or another one of the same letter). */
  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
