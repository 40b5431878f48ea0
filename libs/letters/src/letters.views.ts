import { ApiProperty } from '@nestjs/swagger';
import { JOB_STATUSES, type JobStatus } from '@teilhabe/jobs';
import { VERDICTS, type Verdict } from '@teilhabe/rules';
import {
  LETTER_DELIVERIES,
  LETTER_RECIPIENTS,
  LETTER_STATUSES,
  LETTER_TEMPLATES,
  type LetterDelivery,
  type LetterRecipient,
  type LetterStatus,
  type LetterTemplate,
} from './letter-kinds';

const nullableString = { type: String, nullable: true } as const;
const nullableDate = { type: String, format: 'date', nullable: true } as const;
const nullableDateTime = { type: String, format: 'date-time', nullable: true } as const;

export class ConsentRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) givenAt!: string;
}

/** What the letter discloses of what the parents entrusted to the office (§ 65 SGB VIII). */
export class DisclosureView {
  @ApiProperty({
    type: [String],
    description:
      'The entrusted facts the letter shows, in German (e.g. "Initialen des Kindes"); empty: none',
  })
  entrusted!: string[];
  @ApiProperty({
    type: () => ConsentRefView,
    nullable: true,
    description:
      'The parents’ consent to pass them on to the provider: the standing one (draft), the one the letter rested on (sent)',
  })
  consent!: ConsentRefView | null;
  @ApiProperty({ description: 'Sending is refused: entrusted facts without consent' })
  blocked!: boolean;
  @ApiProperty({ description: 'The result of the check in words (German)' })
  message!: string;
}

/** How the mailing of a letter by e-mail stands. */
export class SendingView {
  @ApiProperty({ enum: JOB_STATUSES, enumName: 'JobStatus' }) status!: JobStatus;
  @ApiProperty({ description: 'Tries of the job so far' }) attempts!: number;
  @ApiProperty(nullableString) lastError!: string | null;
}

export class AnswerLinkView {
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ ...nullableDateTime, description: 'When the letter was answered through a link' })
  usedAt!: string | null;
}

/** A provider's answer to a letter, as the caseworker sees it. */
export class AnswerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ ...nullableString, description: 'What the provider wrote' }) text!: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The revised contract, among the case’s contracts',
  })
  contractId!: string | null;
  @ApiProperty({ enum: VERDICTS, enumName: 'Verdict', nullable: true })
  verdict!: Verdict | null;
}

export class LetterView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: LETTER_TEMPLATES, enumName: 'LetterTemplate' }) template!: LetterTemplate;
  @ApiProperty({ description: 'The German name of the template', example: 'Beratungsschreiben' })
  title!: string;
  @ApiProperty({ enum: LETTER_RECIPIENTS, enumName: 'LetterRecipient' })
  recipient!: LetterRecipient;
  @ApiProperty({ enum: LETTER_DELIVERIES, enumName: 'LetterDelivery' }) delivery!: LetterDelivery;
  @ApiProperty({ enum: LETTER_STATUSES, enumName: 'LetterStatus' }) status!: LetterStatus;
  @ApiProperty({ description: 'The letter shows the facts the parents entrusted' })
  includeFacts!: boolean;
  @ApiProperty({ description: 'Betreff, with the Aktenzeichen' }) subject!: string;
  @ApiProperty({
    ...nullableString,
    format: 'uuid',
    description: 'A reminder: the letter it reminds of',
  })
  regardingLetterId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ ...nullableDate, description: 'The date printed on the sent letter' })
  letterDate!: string | null;
  @ApiProperty({ ...nullableDate, description: 'The date the sent letter asks an answer by' })
  answerDue!: string | null;
  @ApiProperty(nullableDateTime) sentAt!: string | null;
  @ApiProperty(nullableString) sentBy!: string | null;
  @ApiProperty({ ...nullableString, description: 'The e-mail or postal address it went to' })
  sentTo!: string | null;
  @ApiProperty({ type: () => DisclosureView }) disclosure!: DisclosureView;
  @ApiProperty({ type: () => SendingView, nullable: true, description: 'E-mail: the mailing job' })
  sending!: SendingView | null;
  @ApiProperty({ type: () => AnswerLinkView, nullable: true })
  answerLink!: AnswerLinkView | null;
  @ApiProperty({ type: () => AnswerView, nullable: true }) answer!: AnswerView | null;
}

// What a provider sees behind its link: what is asked, nothing beyond what the letter said.

export class PublicFindingView {
  @ApiProperty({ description: 'The exclusion pattern, in German' }) label!: string;
  @ApiProperty({ description: 'rechtswidrig, or zu prüfen' }) verdict!: string;
  @ApiProperty({ type: [String] }) norms!: string[];
  @ApiProperty() explanation!: string;
}

export class ProviderRequestView {
  @ApiProperty({ example: 'Beratungsschreiben' }) title!: string;
  @ApiProperty({ description: 'Aktenzeichen' }) reference!: string;
  @ApiProperty({ format: 'date' }) letterDate!: string;
  @ApiProperty({ ...nullableDate }) answerDue!: string | null;
  @ApiProperty() office!: string;
  @ApiProperty({ description: 'The office’s telephone number' }) officePhone!: string;
  @ApiProperty({ description: 'Ansprechperson' }) contact!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() facility!: string;
  @ApiProperty({ type: [String], description: 'What the office asks for, sentence by sentence' })
  asks!: string[];
  @ApiProperty({ type: () => [PublicFindingView] }) findings!: PublicFindingView[];
  @ApiProperty({ description: 'A revised contract may be uploaded (PDF, DOCX or TXT)' })
  acceptsContract!: boolean;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class ProviderAnswerReceipt {
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ description: 'Aktenzeichen' }) reference!: string;
  @ApiProperty({ description: 'A revised contract was received' }) contractReceived!: boolean;
  @ApiProperty({ description: 'What happens next, in German' }) message!: string;
}
