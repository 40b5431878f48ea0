import { TextField } from '@teilhabe/common';
import { MAX_CHECK_TEXT } from './check-text.dto';

/**
 * A contract as text (JSON), or as a file in a multipart/form-data field `file`; then `text`
 * is left out. The setting comes from the case's facility.
 */
export class AddContractDto {
  @TextField({
    max: MAX_CHECK_TEXT,
    optional: true,
    multiline: true,
    description: 'the contract text, when no file is uploaded',
    example: '§ 5 Nebenabrede: Bei Ausfall der Assistenz ruht der Betreuungsanspruch.',
  })
  text?: string;
}
