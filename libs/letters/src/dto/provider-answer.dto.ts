import { TextField } from '@teilhabe/common';

export const MAX_ANSWER_TEXT = 20_000;

/**
 * A provider's answer: a text, and/or (as multipart/form-data) the revised contract as a PDF,
 * DOCX or TXT file in the field `file`.
 */
export class ProviderAnswerDto {
  @TextField({
    max: MAX_ANSWER_TEXT,
    optional: true,
    multiline: true,
    description: 'the answer in words',
    example: 'Wir haben die Nebenabrede gestrichen; der überarbeitete Vertrag liegt bei.',
  })
  text?: string;
}
