import { extractText, getDocumentProxy } from 'unpdf';

/** The text of a PDF as a reader copies it (pdf.js through unpdf), pages joined. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  // Non-breaking spaces of citations ("§ 65") read as spaces.
  return text.replace(/\u00A0/g, ' ');
}
