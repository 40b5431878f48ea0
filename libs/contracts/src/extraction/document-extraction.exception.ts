export type DocumentExtractionErrorCode =
  'unsupported_type' | 'encrypted_pdf' | 'no_text' | 'corrupt_document' | 'too_large';

export class DocumentExtractionError extends Error {
  override readonly name = 'DocumentExtractionError';

  constructor(
    readonly code: DocumentExtractionErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const ACCEPTED = 'Akzeptiert werden PDF, DOCX (Word) und TXT (reiner Text).';
const PASTE = 'fügen Sie den Vertragstext direkt ein';

// The name is the uploader's own, shown back to them; only path and control characters go.
function quoted(declaredName: string | undefined): string {
  const base = (declaredName ?? '')
    .replace(/\p{Cc}/gu, '')
    .replace(/^.*[/\\]/, '')
    .trim();
  if (base === '') return '';
  return ` „${base.length > 80 ? `${base.slice(0, 79)}…` : base}“`;
}

export type UnsupportedKind = 'image' | 'legacy_office' | 'other';

export function unsupportedType(kind: UnsupportedKind, declaredName?: string) {
  const file = quoted(declaredName);
  switch (kind) {
    case 'image':
      return new DocumentExtractionError(
        'unsupported_type',
        `Die Datei${file} ist ein Bild (etwa ein Foto oder ein Scan), aus dem kein Text gelesen werden kann. ` +
          `Bitte ${PASTE} oder laden Sie den Vertrag als PDF mit Text, DOCX oder TXT hoch.`,
      );
    case 'legacy_office':
      return new DocumentExtractionError(
        'unsupported_type',
        `Die Datei${file} ist ein älteres Word-Dokument (.doc) oder ein mit Kennwort geschütztes Office-Dokument. ` +
          `Bitte speichern Sie es in Word ohne Kennwort als DOCX oder PDF und laden Sie es erneut hoch. ${ACCEPTED}`,
      );
    case 'other':
      return new DocumentExtractionError(
        'unsupported_type',
        `Das Format der Datei${file} wird nicht unterstützt. ${ACCEPTED}`,
      );
  }
}

export const encryptedPdf = (declaredName?: string) =>
  new DocumentExtractionError(
    'encrypted_pdf',
    `Die PDF-Datei${quoted(declaredName)} ist mit einem Kennwort geschützt und kann nicht gelesen werden. ` +
      `Bitte laden Sie eine Fassung ohne Kennwort hoch oder ${PASTE}.`,
  );

export const noTextInPdf = (declaredName?: string) =>
  new DocumentExtractionError(
    'no_text',
    `In der Datei${quoted(declaredName)} wurde kein Text gefunden. Vermutlich ist sie ein Scan, ` +
      `der nur Bilder der Seiten enthält. Bitte ${PASTE} oder laden Sie ein PDF mit Text hoch, ` +
      `zum Beispiel das Original aus dem Textprogramm.`,
  );

export const noText = (declaredName?: string) =>
  new DocumentExtractionError(
    'no_text',
    `In der Datei${quoted(declaredName)} wurde kein Text gefunden. ` +
      `Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben, oder ${PASTE}.`,
  );

export const corruptDocument = (declaredName?: string, cause?: unknown) =>
  new DocumentExtractionError(
    'corrupt_document',
    `Die Datei${quoted(declaredName)} ist beschädigt oder unvollständig und kann nicht gelesen werden. ` +
      `Bitte laden Sie sie erneut hoch oder ${PASTE}.`,
    { cause },
  );

export const tooManyPages = (pages: number, maxPages: number, declaredName?: string) =>
  new DocumentExtractionError(
    'too_large',
    `Das Dokument${quoted(declaredName)} hat ${pages} Seiten; gelesen werden höchstens ${maxPages} Seiten. ` +
      `Bitte laden Sie nur den Vertrag selbst hoch oder ${PASTE}.`,
  );

export const tooLarge = (declaredName?: string) =>
  new DocumentExtractionError(
    'too_large',
    `Das Dokument${quoted(declaredName)} ist zu umfangreich, um es zu lesen. ` +
      `Bitte laden Sie nur den Vertrag selbst hoch oder ${PASTE}.`,
  );
