import { type LetterTemplate, LETTER_TEMPLATES } from './render/letter-templates';

export { LETTER_TEMPLATES, type LetterTemplate };

export const LETTER_RECIPIENTS = ['provider', 'guardians'] as const;
export type LetterRecipient = (typeof LETTER_RECIPIENTS)[number];

export const LETTER_DELIVERIES = ['email', 'post'] as const;
export type LetterDelivery = (typeof LETTER_DELIVERIES)[number];

/**
 * A letter's life: a draft (changed, previewed, discarded), then sent. An e-mail is `queued`
 * from the moment the caseworker sends it until the mail server accepted it; a letter by post
 * is sent when the caseworker says it went out.
 */
export const LETTER_STATUSES = ['draft', 'queued', 'sent', 'discarded'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

interface Kind {
  recipient: LetterRecipient;
  /** The provider is asked to answer: the letter gives a date and carries an answer link. */
  asksForAnswer: boolean;
  /** An answer through the link may bring a revised contract, which the rules check. */
  acceptsContract: boolean;
}

/** Who each kind of letter goes to and what it asks for. */
export const LETTER_KINDS: Record<LetterTemplate, Kind> = {
  advisory: { recipient: 'provider', asksForAnswer: true, acceptsContract: true },
  acknowledgement: { recipient: 'guardians', asksForAnswer: false, acceptsContract: false },
  statement_request: { recipient: 'provider', asksForAnswer: true, acceptsContract: false },
  reminder: { recipient: 'provider', asksForAnswer: true, acceptsContract: false },
  requirement: { recipient: 'provider', asksForAnswer: true, acceptsContract: true },
};

/** The templates a reminder can be about: those that ask for an answer. */
export const REMINDABLE: readonly LetterTemplate[] = [
  'advisory',
  'statement_request',
  'requirement',
];
