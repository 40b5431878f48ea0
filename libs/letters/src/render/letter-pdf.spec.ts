import { parseMarkup } from './letter-markup';
import { DIN_5008_B, type LetterDocument, renderLetterPdf } from './letter-pdf';
import { inspectPdf, type PlacedText } from './pdf-inspection';

function letter(overrides: Partial<LetterDocument> = {}): LetterDocument {
  return {
    office: {
      name: 'LVR-Landesjugendamt Rheinland',
      address: 'Kennedy-Ufer 2, 50679 Köln',
      phone: '0221 809-0',
    },
    recipient: ['Łukasz Ğündoğan', 'Rubensstraße 7', '50676 Köln'],
    note: 'Per E-Mail an l.guendogan@example.org',
    info: [
      { label: 'Aktenzeichen', value: '42.22-2026-000017' },
      { label: 'Ansprechperson', value: 'Anna Berg' },
      { label: 'Datum', value: '2. März 2026' },
    ],
    subject: 'Ihre Beschwerde vom 1. März 2026 – Eingangsbestätigung',
    blocks: parseMarkup(
      Array.from({ length: 40 }, (_, i) => `Absatz ${i + 1}: ${'Wort '.repeat(60)}`).join('\n\n'),
    ),
    runningHead: 'Aktenzeichen 42.22-2026-000017 · Eingangsbestätigung vom 2. März 2026',
    draft: false,
    title: 'Eingangsbestätigung – 42.22-2026-000017',
    ...overrides,
  };
}

const find = (texts: PlacedText[], text: string) => {
  const found = texts.find((t) => t.text === text);
  if (!found)
    throw new Error(`"${text}" is not in the PDF: ${texts.map((t) => t.text).join(' | ')}`);
  return found;
};

describe('a letter as PDF (DIN 5008, Form B)', () => {
  let pdf: Buffer;
  let read: Awaited<ReturnType<typeof inspectPdf>>;
  beforeAll(async () => {
    pdf = await renderLetterPdf(letter());
    read = await inspectPdf(pdf);
  });

  it('is an A4 PDF with DejaVu Sans embedded, and names come out as typed', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf.toString('latin1')).toContain('/FontFile2');
    expect(read.text).toContain('Łukasz Ğündoğan');
  });

  it('writes the recipient in the address field: 45 mm from the top, 25 mm from the left', () => {
    const { top, height, noteZone } = DIN_5008_B.addressField;
    const name = find(read.texts, 'Łukasz Ğündoğan');
    expect(name.x).toBeCloseTo(25, 1);
    expect(name.y).toBeGreaterThan(top + noteZone);
    expect(find(read.texts, '50676 Köln').y).toBeLessThan(top + height);
    // The return address and the note above it, in the field's note zone.
    const returnLine = find(
      read.texts,
      'LVR-Landesjugendamt Rheinland · Kennedy-Ufer 2, 50679 Köln',
    );
    expect(returnLine.y).toBeGreaterThan(top);
    expect(returnLine.y).toBeLessThan(top + noteZone);
    expect(returnLine.size).toBeLessThanOrEqual(8);
    expect(find(read.texts, 'Per E-Mail an l.guendogan@example.org').y).toBeLessThan(returnLine.y);
  });

  it('puts the information block at 125 mm, from 50 mm down, with Aktenzeichen, Ansprechperson and date', () => {
    const label = find(read.texts, 'Aktenzeichen');
    expect(label.x).toBeCloseTo(125, 1);
    expect(label.y).toBeGreaterThan(50);
    expect(label.y).toBeLessThan(56);
    const value = find(read.texts, '42.22-2026-000017');
    expect(value.x).toBeGreaterThan(125);
    expect(Math.abs(value.y - label.y)).toBeLessThan(1.5);
    expect(find(read.texts, 'Anna Berg').y).toBeGreaterThan(value.y);
    expect(find(read.texts, '2. März 2026').y).toBeLessThan(90);
  });

  it('begins the subject under the address field and keeps every line within the margins of 25 and 20 mm', () => {
    const subject = find(read.texts, 'Ihre Beschwerde vom 1. März 2026 – Eingangsbestätigung');
    expect(subject.x).toBeCloseTo(25, 1);
    expect(subject.y).toBeGreaterThan(DIN_5008_B.subjectTop);
    expect(subject.y).toBeLessThan(DIN_5008_B.subjectTop + 6);
    const body = read.texts.filter((t) => t.text.startsWith('Absatz') || t.text.startsWith('Wort'));
    expect(body.length).toBeGreaterThan(40);
    for (const t of body) {
      expect(t.x).toBeGreaterThanOrEqual(25 - 0.01);
      expect(t.right).toBeLessThanOrEqual(210 - 20 + 0.01);
      // Above the footer, below the head of the following pages.
      expect(t.y).toBeLessThan(297 - DIN_5008_B.margin.bottom + 1);
      if (t.page > 1) expect(t.y).toBeGreaterThan(DIN_5008_B.margin.top);
    }
  });

  it('draws the fold marks at 105 and 210 mm and the hole mark at 148.5 mm on every page', () => {
    expect(read.pages).toBeGreaterThan(1);
    for (let page = 1; page <= read.pages; page++) {
      const marks = read.lines
        .filter((l) => l.page === page && l.x1 < 5 && l.y1 === l.y2)
        .map((l) => ({
          at: Math.round(l.y1 * 10) / 10,
          length: Math.round((l.x2 - l.x1) * 10) / 10,
        }));
      expect(marks).toEqual(
        expect.arrayContaining([
          { at: 105, length: 5 },
          { at: 210, length: 5 },
          { at: 148.5, length: 7 },
        ]),
      );
    }
  });

  it('numbers the pages and heads the following ones with the Aktenzeichen', () => {
    expect(find(read.texts, `Seite 1 von ${read.pages}`).y).toBeGreaterThan(280);
    expect(find(read.texts, `Seite ${read.pages} von ${read.pages}`).page).toBe(read.pages);
    const heads = read.texts.filter((t) => t.text.startsWith('Aktenzeichen 42.22-2026-000017 ·'));
    expect(heads.map((h) => h.page)).toEqual(
      Array.from({ length: read.pages - 1 }, (_, i) => i + 2),
    );
  });

  it('keeps the closing together and a heading with its text, wherever the page ends', async () => {
    for (let lines = 30; lines < 46; lines += 3) {
      const filler = Array.from({ length: lines }, (_, i) => `Zeile ${i + 1}.`).join('\n');
      const closing = await inspectPdf(
        await renderLetterPdf(
          letter({
            blocks: parseMarkup(
              `${filler}\n\n## Unsere Bitte\n\nBitte antworten Sie.\n\nMit freundlichen Grüßen\n\nIm Auftrag\nBernd Claßen\n\nOhne Unterschrift gültig.`,
            ),
          }),
        ),
      );
      const page = (text: string) => find(closing.texts, text).page;
      expect(page('Unsere Bitte')).toBe(page('Bitte antworten Sie.'));
      expect(page('Mit freundlichen Grüßen')).toBe(page('Im Auftrag'));
      expect(page('Bernd Claßen')).toBe(page('Ohne Unterschrift gültig.'));
    }
  });

  it('marks a preview as a draft', async () => {
    const preview = await inspectPdf(await renderLetterPdf(letter({ draft: true, blocks: [] })));
    expect(preview.text).toContain('ENTWURF – nicht versandt');
    expect(read.text).not.toContain('ENTWURF');
  });
});
