import { EnumField, TextField } from '@teilhabe/common';
import { SETTINGS, type Setting } from '@teilhabe/rules';

/** Longest text the live check takes: a contract of many pages fits several times. */
export const MAX_CHECK_TEXT = 500_000;

export class CheckTextDto {
  @TextField({
    max: MAX_CHECK_TEXT,
    multiline: true,
    description: 'German text: one clause, a parent’s e-mail or a whole contract',
    example:
      'Ist die Integrationskraft erkrankt, kann das Kind an diesem Tag nicht betreut werden.',
  })
  text!: string;

  @EnumField(SETTINGS, { description: 'Kita or open all-day school (OGS)' })
  setting!: Setting;
}
