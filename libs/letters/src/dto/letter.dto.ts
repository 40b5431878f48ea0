import { BooleanField, EnumField, UuidField } from '@teilhabe/common';
import {
  LETTER_DELIVERIES,
  LETTER_TEMPLATES,
  type LetterDelivery,
  type LetterTemplate,
} from '../letter-kinds';

export class CreateLetterDto {
  @EnumField(LETTER_TEMPLATES, {
    description:
      'advisory, statement_request, reminder, requirement: to the provider; acknowledgement: to the guardians',
  })
  template!: LetterTemplate;

  @EnumField(LETTER_DELIVERIES, { description: 'email (sent by the system) or post (printed)' })
  delivery!: LetterDelivery;

  @BooleanField({
    optional: true,
    description:
      'A letter to the provider shows the facts the parents entrusted (§ 65 SGB VIII). ' +
      'Default: true while their consent to the provider stands, false otherwise. Sending is ' +
      'refused while it is true without that consent.',
  })
  includeFacts?: boolean;

  @UuidField({
    optional: true,
    description: 'A reminder: the sent letter of the case it reminds of (required for reminder)',
  })
  regardingLetterId?: string;
}

export class UpdateLetterDto {
  @EnumField(LETTER_DELIVERIES, { optional: true })
  delivery?: LetterDelivery;

  @BooleanField({ optional: true, description: 'Show the entrusted facts (see CreateLetterDto)' })
  includeFacts?: boolean;
}
