import { Case } from '@teilhabe/cases';
import { encrypted } from '@teilhabe/crypto';
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
import {
  LETTER_DELIVERIES,
  LETTER_RECIPIENTS,
  LETTER_STATUSES,
  LETTER_TEMPLATES,
  type LetterDelivery,
  type LetterRecipient,
  type LetterStatus,
  type LetterTemplate,
} from '../letter-kinds';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A letter of the office on a case: a draft first, then, once sent, the PDF and the covering
 * mail exactly as they went out (encrypted: they name the family when the parents consented).
 * Sending is idempotent by this row: a job delivered twice finds it sent and mails nothing.
 */
@Entity('letters')
@Index('ix_letters_case', ['caseId', 'createdAt'])
@Check('ck_letters_template', `template IN (${list(LETTER_TEMPLATES)})`)
@Check('ck_letters_recipient', `recipient IN (${list(LETTER_RECIPIENTS)})`)
@Check('ck_letters_delivery', `delivery IN (${list(LETTER_DELIVERIES)})`)
@Check('ck_letters_status', `status IN (${list(LETTER_STATUSES)})`)
export class Letter {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case!: Case;

  @Column({ type: 'text' })
  template!: LetterTemplate;

  @Column({ type: 'text' })
  recipient!: LetterRecipient;

  @Column({ type: 'text' })
  delivery!: LetterDelivery;

  @Column({ type: 'text', default: 'draft' })
  status!: LetterStatus;

  /** The letter shows the facts the parents entrusted (only with their consent to the recipient). */
  @Column({ type: 'boolean', name: 'include_facts', default: false })
  includeFacts!: boolean;

  /** A reminder: the letter it reminds of. */
  @Column({ type: 'uuid', name: 'regarding_letter_id', nullable: true })
  regardingLetterId!: string | null;

  @ManyToOne(() => Letter, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'regarding_letter_id' })
  regarding?: Letter;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'text', name: 'created_by_name' })
  createdByName!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** The date printed on the letter (Berlin), set when it is sent. */
  @Column({ type: 'date', name: 'letter_date', nullable: true })
  letterDate!: string | null;

  /** The date by which the letter asks for an answer. */
  @Column({ type: 'date', name: 'answer_due', nullable: true })
  answerDue!: string | null;

  /** The subject line (Betreff with the Aktenzeichen): no personal data. */
  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  /** Which entrusted facts went out with it (names of fields, never their values). */
  @Column({ type: 'text', array: true, default: '{}' })
  disclosed!: string[];

  /** The parents' consent the disclosure rested on. */
  @Column({ type: 'uuid', name: 'consent_id', nullable: true })
  consentId!: string | null;

  /** The PDF as it was sent (base64). */
  @Column({ type: 'text', nullable: true, transformer: encrypted('letters.pdf') })
  pdf!: string | null;

  /** The covering mail's text (for e-mail). */
  @Column({
    type: 'text',
    name: 'mail_text',
    nullable: true,
    transformer: encrypted('letters.mail_text'),
  })
  mailText!: string | null;

  /** Where it went: the e-mail address, or the postal address in one line. */
  @Column({
    type: 'text',
    name: 'sent_to',
    nullable: true,
    transformer: encrypted('letters.sent_to'),
  })
  sentTo!: string | null;

  /** The job that mails it. */
  @Column({ type: 'uuid', name: 'job_id', nullable: true })
  jobId!: string | null;

  /** How often the mail server was contacted for it (more than 1: a try broke off). */
  @Column({ type: 'integer', name: 'delivery_attempts', default: 0 })
  deliveryAttempts!: number;

  @Column({ type: 'text', name: 'message_id', nullable: true })
  messageId!: string | null;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** The caseworker who sent it (who pressed "send", or marked a letter by post as sent). */
  @Column({ type: 'text', name: 'sent_by_name', nullable: true })
  sentByName!: string | null;

  /**
   * The listeners of "sent" (follow-ups) failed after the mail had gone out: they run again
   * on the job's next try, without mailing again.
   */
  @Column({ type: 'boolean', name: 'sent_event_pending', default: false })
  sentEventPending!: boolean;

  @Column({ type: 'timestamptz', name: 'discarded_at', nullable: true })
  discardedAt!: Date | null;
}
