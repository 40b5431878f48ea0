import { EnumField, TextField } from '@teilhabe/common';
import { CASE_STATUSES, type CaseStatus } from '../case-status';

export class TransitionDto {
  @EnumField(CASE_STATUSES, { description: 'the status the case moves to' })
  to!: CaseStatus;

  @TextField({
    max: 2000,
    multiline: true,
    example: 'Träger hat den Vertrag ohne die Nebenabrede neu ausgestellt.',
  })
  reason!: string;
}
