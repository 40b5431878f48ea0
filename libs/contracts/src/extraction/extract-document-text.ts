import mammoth from 'mammoth';
import { getResolvedPDFJS } from 'unpdf';
import { detectContentType } from './detect-content-type';
import {
  corruptDocument,
  DocumentExtractionError,
  encryptedPdf,
  noText,
  noTextInPdf,
  tooLarge,
  tooManyPages,
  unsupportedType,
} from './document-extraction.exception';
import {
  inflatedSize,
  readZipDirectory,
  ZipEntryTooLargeError,
  type ZipEntry,
} from './zip-directory';

export {
  DocumentExtractionError,
  type DocumentExtractionErrorCode,
} from './document-extraction.exception';

export const MAX_PDF_PAGES = 500;
export const MAX_TEXT_LENGTH = 2_000_000;
// Word's XML is some ten times the text it holds; this leaves room for MAX_TEXT_LENGTH and more.
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;

export type DocumentKind = 'pdf' | 'docx' | 'txt';

export interface ExtractedDocument {
  kind: DocumentKind;
  text: string;
  pages?: number;
  // Present, and true, only when the text was cut at MAX_TEXT_LENGTH.
  truncated?: boolean;
}

interface RawText {
  text: string;
  pages?: number;
}

// The declared name only appears in messages: a file is what its bytes say it is.
export async function extractDocumentText(
  data: Buffer,
  declaredName?: string,
): Promise<ExtractedDocument> {
  const type = detectContentType(data);
  switch (type) {
    case 'pdf':
      return finish('pdf', await extractPdf(data, declaredName), () => noTextInPdf(declaredName));
    case 'zip': {
      const entries = readZipDirectory(data);
      if (!entries) throw corruptDocument(declaredName);
      // Word for Mac and Office Online sometimes name the main part document2.xml.
      if (!entries.some((entry) => /^word\/document\d*\.xml$/.test(entry.name))) {
        throw unsupportedType('other', declaredName);
      }
      return finish('docx', await extractDocx(data, entries, declaredName), () =>
        noText(declaredName),
      );
    }
    case 'image':
    case 'legacy_office':
      throw unsupportedType(type, declaredName);
    case 'rtf':
      throw unsupportedType('other', declaredName);
    case 'other': {
      const text = decodePlainText(data);
      if (text === undefined) throw unsupportedType('other', declaredName);
      return finish('txt', { text }, () => noText(declaredName));
    }
  }
}

function finish(
  kind: DocumentKind,
  raw: RawText,
  whenEmpty: () => DocumentExtractionError,
): ExtractedDocument {
  let text = raw.text;
  let truncated = false;
  if (text.length > MAX_TEXT_LENGTH) {
    // Cutting between the halves of a surrogate pair would leave a broken character.
    const end = /[\uD800-\uDBFF]/.test(text[MAX_TEXT_LENGTH - 1])
      ? MAX_TEXT_LENGTH - 1
      : MAX_TEXT_LENGTH;
    text = text.slice(0, end);
    truncated = true;
  }
  text = tidy(text);
  if (text === '') throw whenEmpty();
  const result: ExtractedDocument = { kind, text };
  if (raw.pages !== undefined) result.pages = raw.pages;
  if (truncated) result.truncated = true;
  return result;
}

// C0 and C1 controls except tab and the line and page breaks (CR, LF, VT, FF); PDFs yield them
// for glyphs that map to no character.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

function tidy(text: string): string {
  return (
    text
      .replace(/\r\n?|[\v\f\u2028\u2029]/g, '\n')
      .replace(CONTROL_CHARACTERS, '')
      // Line by line: a regular expression anchored at line ends backtracks on long blank runs.
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

async function extractPdf(data: Buffer, declaredName?: string): Promise<RawText> {
  // Outside the try below: a PDF.js that fails to load is our fault, not the document's.
  const pdfjs = await getResolvedPDFJS();
  const task = pdfjs.getDocument({
    // A copy: PDF.js wants a plain Uint8Array and may take ownership of its buffer.
    data: new Uint8Array(data),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    if (document.numPages > MAX_PDF_PAGES) {
      throw tooManyPages(document.numPages, MAX_PDF_PAGES, declaredName);
    }
    let text = '';
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      if (number > 1) text += '\n';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      page.cleanup();
      if (text.length > MAX_TEXT_LENGTH) break;
    }
    return { text, pages: document.numPages };
  } catch (error) {
    if (error instanceof DocumentExtractionError) throw error;
    // Only a user password stops reading; a PDF locked just against editing or copying opens.
    if ((error as { name?: unknown } | undefined)?.name === 'PasswordException') {
      throw encryptedPdf(declaredName);
    }
    throw corruptDocument(declaredName, error);
  } finally {
    await task.destroy();
  }
}

async function extractDocx(
  data: Buffer,
  entries: ZipEntry[],
  declaredName?: string,
): Promise<RawText> {
  let budget = MAX_DOCX_XML_BYTES;
  // Every entry counts, whatever its name: the relationships may point the main document at
  // any part ("word/main.bin"), and a decoy document.xml must not hide it.
  for (const entry of entries) {
    try {
      budget -= inflatedSize(data, entry, budget);
    } catch (error) {
      if (error instanceof ZipEntryTooLargeError) throw tooLarge(declaredName);
      throw corruptDocument(declaredName, error);
    }
  }
  try {
    const { value } = await mammoth.extractRawText({ buffer: data });
    return { text: value };
  } catch (error) {
    throw corruptDocument(declaredName, error);
  }
}

// Not UTF-8 → Windows-1252, what German Windows saves as "ANSI"; Latin-1 is a subset of it.
function decodePlainText(data: Buffer): string | undefined {
  if (data.includes(0)) return undefined;
  // No more bytes than could make MAX_TEXT_LENGTH characters; streaming mode keeps a character
  // cut at the end from counting as invalid UTF-8.
  const head = data.subarray(0, MAX_TEXT_LENGTH * 3);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, {
      stream: head.length < data.length,
    });
  } catch {
    text = new TextDecoder('windows-1252').decode(head);
  }
  // Binary data decodes too, but is full of control characters; text has next to none (a line
  // break may be CR, a page break FF, and Word pastes VT for a manual line break).
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  return controls > text.length / 100 ? undefined : text;
}
