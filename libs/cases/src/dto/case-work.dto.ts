import { TextField, UuidField } from '@teilhabe/common';

/* Working a case: notes, who works it, reopening. */

export const MAX_NOTE_LENGTH = 10_000;

export class AddNoteDto {
  @TextField({
    max: MAX_NOTE_LENGTH,
    multiline: true,
    example: 'Telefonat mit der Mutter: Kita hat heute wieder angerufen.',
  })
  text!: string;
}

export class AssignDto {
  @UuidField({
    nullable: true,
    description: 'the caseworker or team lead who works the case; null: nobody',
  })
  assigneeId!: string | null;
}

export class ReopenDto {
  @TextField({
    max: 2000,
    multiline: true,
    example: 'Der Träger hat die Nebenabrede erneut verwendet.',
  })
  reason!: string;
}
