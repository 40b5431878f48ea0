import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import {
  DocumentExtractionError,
  extractDocumentText,
  MAX_DOCX_XML_BYTES,
  MAX_TEXT_LENGTH,
} from './extract-document-text';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

const RUHT = 'Der Betreuungsvertrag ruht, wenn die Integrationskraft fehlt.';
const HAFTUNG =
  'Die Kündigungsfrist beträgt vier Wochen; für Schäden haftet der Träger gemäß § 278 BGB.';

// A ZIP writer just big enough for the archives these tests need; `declaredSize` lies about
// the unpacked size the way a zip bomb does.
function zip(files: Record<string, string | Buffer>, declaredSize?: number): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const packed = deflateRawSync(raw);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declaredSize ?? raw.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(raw), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(declaredSize ?? raw.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, fileName, packed);
    directory.push(entry, fileName);
    offset += 30 + fileName.length + packed.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length / 2, 8);
  end.writeUInt16LE(directory.length / 2, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const docx = (documentXml: string | Buffer, declaredSize?: number) =>
  zip(
    {
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
      'word/document.xml': documentXml,
    },
    declaredSize,
  );

describe('extractDocumentText', () => {
  describe('PDF', () => {
    it('reads the text of a PDF, umlauts included', async () => {
      const result = await extractDocumentText(fixture('text.pdf'), 'vertrag.pdf');

      expect(result).toEqual({
        kind: 'pdf',
        pages: 1,
        text: `Betreuungsvertrag\n${RUHT}\n${HAFTUNG}`,
      });
    });

    it('joins the pages of a PDF in order, a line break between them, and counts them', async () => {
      const result = await extractDocumentText(fixture('two-pages.pdf'));

      expect(result.pages).toBe(2);
      expect(result.text).toBe(
        '§ 1 Vertragsparteien\nZwischen den Eltern und dem Träger der Kita.\n' +
          '§ 2 Kündigung\nDer Vertrag endet mit dem Schuljahr.',
      );
    });

    it('reads a PDF that is locked only against editing and copying', async () => {
      const result = await extractDocumentText(fixture('owner-password-only.pdf'));

      expect(result.text).toContain(RUHT);
    });

    it('finds the PDF header behind a few stray bytes, as PDF readers do', async () => {
      const data = Buffer.concat([Buffer.from('\r\n\r\n'), fixture('text.pdf')]);

      await expect(extractDocumentText(data)).resolves.toMatchObject({ kind: 'pdf' });
    });

    it('refuses a PDF that needs a password to open and says how to go on', async () => {
      await expect(extractDocumentText(fixture('encrypted.pdf'), 'vertrag.pdf')).rejects.toEqual(
        expect.objectContaining({
          code: 'encrypted_pdf',
          message: expect.stringMatching(
            /„vertrag\.pdf“ ist mit einem Kennwort geschützt.*ohne Kennwort.*direkt ein/,
          ),
        }),
      );
    });

    it('tells the caseworker that a PDF of images is probably a scan and what to do instead', async () => {
      const error = await extractDocumentText(fixture('scanned.pdf')).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(DocumentExtractionError);
      expect(error).toMatchObject({ code: 'no_text', name: 'DocumentExtractionError' });
      expect((error as Error).message).toMatch(/^In der Datei wurde kein Text gefunden\./);
      expect((error as Error).message).toContain('Scan');
      expect((error as Error).message).toContain('Vertragstext direkt ein');
      expect((error as Error).message).toContain('PDF mit Text');
    });

    it('reports garbage after the PDF header as a damaged file', async () => {
      const data = Buffer.from('%PDF-1.7\nDas hier ist nur Text, der wie ein PDF beginnt.\n');

      await expect(extractDocumentText(data)).rejects.toMatchObject({
        code: 'corrupt_document',
        message: expect.stringContaining('beschädigt'),
      });
    });

    it('refuses a PDF of more than 500 pages before reading any of them', async () => {
      await expect(extractDocumentText(fixture('pages-501.pdf'))).rejects.toMatchObject({
        code: 'too_large',
        message: expect.stringContaining('hat 501 Seiten; gelesen werden höchstens 500 Seiten'),
      });
    });
  });

  describe('DOCX', () => {
    it('reads a Word document, umlauts included, a blank line between paragraphs', async () => {
      const result = await extractDocumentText(fixture('vertrag.docx'));

      expect(result).toEqual({
        kind: 'docx',
        text: `Betreuungsvertrag\n\n${RUHT}\n\n${HAFTUNG}`,
      });
    });

    it('goes by the content, not the name: a Word document called .pdf is read as DOCX', async () => {
      await expect(
        extractDocumentText(fixture('vertrag.docx'), 'vertrag.pdf'),
      ).resolves.toMatchObject({ kind: 'docx' });
      await expect(extractDocumentText(fixture('text.pdf'), 'vertrag.txt')).resolves.toMatchObject({
        kind: 'pdf',
      });
    });

    it('reports a Word document without text as having no text', async () => {
      const empty = docx(`<w:document xmlns:w="${W}"><w:body><w:p/></w:body></w:document>`);

      await expect(extractDocumentText(empty)).rejects.toMatchObject({
        code: 'no_text',
        message: expect.stringContaining('kein Text gefunden'),
      });
    });

    it('reports a Word document whose text part is not XML as a damaged file', async () => {
      await expect(extractDocumentText(docx('<w:document><w:body>kaputt'))).rejects.toMatchObject({
        code: 'corrupt_document',
      });
    });

    it('reports a Word document cut off in transfer as a damaged file', async () => {
      const whole = fixture('vertrag.docx');

      await expect(extractDocumentText(whole.subarray(0, whole.length / 2))).rejects.toMatchObject({
        code: 'corrupt_document',
      });
    });

    it('refuses a Word document that would unpack to more than 64 MiB, whatever its directory claims', async () => {
      const huge = `<w:document xmlns:w="${W}"><w:body>${' '.repeat(MAX_DOCX_XML_BYTES)}</w:body></w:document>`;

      await expect(extractDocumentText(docx(huge, 1_000))).rejects.toMatchObject({
        code: 'too_large',
      });
    });

    it('counts every part against the limit, not only the ones named .xml', async () => {
      // The relationships may point the main document at any part; a decoy document.xml must
      // not let a huge "word/main.bin" through.
      const body = `<w:document xmlns:w="${W}"><w:body>${' '.repeat(MAX_DOCX_XML_BYTES)}</w:body></w:document>`;
      const archive = zip({
        'word/document.xml': `<w:document xmlns:w="${W}"><w:body/></w:document>`,
        'word/main.bin': body,
      });

      await expect(extractDocumentText(archive, 'vertrag.docx')).rejects.toMatchObject({
        code: 'too_large',
      });
    });

    it('refuses a ZIP archive that is not a Word document', async () => {
      const archive = zip({ 'notizen.txt': 'Einkaufsliste', 'bilder/foto.jpg': 'xyz' });

      await expect(extractDocumentText(archive, 'vertrag.docx')).rejects.toMatchObject({
        code: 'unsupported_type',
        message: expect.stringContaining('PDF, DOCX (Word) und TXT'),
      });
    });
  });

  describe('text files', () => {
    it('reads a UTF-8 text file', async () => {
      await expect(extractDocumentText(fixture('vertrag.txt'))).resolves.toEqual({
        kind: 'txt',
        text: `Betreuungsvertrag\n\n${RUHT}\n${HAFTUNG}`,
      });
    });

    it('drops a byte order mark and turns Windows line breaks into plain ones', async () => {
      const data = Buffer.from('\uFEFFErste Zeile\r\nZweite Zeile\r\n', 'utf8');

      await expect(extractDocumentText(data)).resolves.toMatchObject({
        text: 'Erste Zeile\nZweite Zeile',
      });
    });

    it('reads a text file saved as Windows-1252 by an older Windows editor', async () => {
      const data = Buffer.from('Gebühr für die Betreuung: 120 € im Monat', 'latin1');
      data[data.indexOf(0xac)] = 0x80; // the euro sign, which Latin-1 lacks

      await expect(extractDocumentText(data)).resolves.toMatchObject({
        kind: 'txt',
        text: 'Gebühr für die Betreuung: 120 € im Monat',
      });
    });

    it('cuts the text after 2,000,000 characters and says so', async () => {
      const data = Buffer.from('Vertragstext und noch mehr Vertragstext.\n'.repeat(60_000));

      const result = await extractDocumentText(data);

      expect(result.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
      expect(result.text.length).toBeGreaterThan(MAX_TEXT_LENGTH - 100);
      expect(result.truncated).toBe(true);
    });

    it('trims long runs of blanks at line ends in linear time', async () => {
      // A regular expression anchored at line ends took seconds on this; now it is one pass.
      const data = Buffer.from(
        `Vertrag\n${' '.repeat(1_000_000)}x\n${'\t '.repeat(200_000)}\nEnde`,
      );
      const started = performance.now();

      const result = await extractDocumentText(data);

      expect(result.text).toBe(`Vertrag\n${' '.repeat(1_000_000)}x\n\nEnde`);
      expect(performance.now() - started).toBeLessThan(2_000);
    });

    it.each([
      ['is empty', ''],
      ['holds only blank lines', ' \n\t\r\n  \n'],
    ])('reports a text file that %s as having no text', async (_, content) => {
      await expect(extractDocumentText(Buffer.from(content))).rejects.toMatchObject({
        code: 'no_text',
      });
    });
  });

  describe('other files', () => {
    it.each([
      ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
      ['a JPEG photo', Buffer.from('ffd8ffe000104a46494600010100', 'hex')],
      ['a HEIC photo from a phone', Buffer.from('000000186674797068656963000000006d696631', 'hex')],
    ])('refuses %s as an image, suggesting to paste the text', async (_, data) => {
      await expect(extractDocumentText(data, 'vertrag.pdf')).rejects.toMatchObject({
        code: 'unsupported_type',
        message: expect.stringMatching(
          /ist ein Bild.*Vertragstext direkt ein.*PDF mit Text, DOCX oder TXT/,
        ),
      });
    });

    it('asks for an old .doc file to be saved as DOCX or PDF', async () => {
      const data = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);

      await expect(extractDocumentText(data, 'vertrag.doc')).rejects.toMatchObject({
        code: 'unsupported_type',
        message: expect.stringContaining('als DOCX oder PDF'),
      });
    });

    it.each([
      ['a program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64), Buffer.from('PE')])],
      ['UTF-16 text', Buffer.from('\uFEFFVertrag', 'utf16le')],
      ['an RTF document', Buffer.from('{\\rtf1\\ansi Vertrag}')],
      [
        'binary data without NUL bytes',
        Buffer.from(Array.from({ length: 256 }, (_, i) => 1 + (i % 255))),
      ],
    ])('refuses %s and names the accepted formats', async (_, data) => {
      await expect(extractDocumentText(data)).rejects.toMatchObject({
        code: 'unsupported_type',
        message: expect.stringContaining('Akzeptiert werden PDF, DOCX (Word) und TXT'),
      });
    });

    it('names the uploaded file in its message, without the folders it came from', async () => {
      const error = await extractDocumentText(
        Buffer.from('89504e470d0a1a0a', 'hex'),
        'C:\\Users\\Sachbearbeitung\\foto.png',
      ).catch((e: unknown) => e);

      expect((error as Error).message).toMatch(/^Die Datei „foto\.png“ ist ein Bild/);
      expect((error as Error).message).not.toContain('Users');
    });
  });
});
