import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { type Block, type Line } from './letter-markup';

/** Millimetres to PDF points. */
export const mm = (value: number) => (value * 72) / 25.4;

/*
 * DIN 5008, Form B (mm from the top and left edges of an A4 page). The address field is
 * 85 × 45 mm at 20 mm from the left and 45 mm from the top: its first 17.7 mm hold the return
 * address and notes (Zusatz- und Vermerkzone), the remaining 27.3 mm the recipient
 * (Anschriftzone), written 5 mm inside, in line with the text at the 25 mm margin.
 */
export const DIN_5008_B = {
  page: { width: 210, height: 297 },
  margin: { left: 25, right: 20, top: 25, bottom: 27 },
  letterheadTop: 15,
  addressField: { left: 20, top: 45, width: 85, height: 45, noteZone: 17.7 },
  addressText: 25,
  infoBlock: { left: 125, top: 50, width: 65, labelWidth: 27 },
  foldMarks: [105, 210],
  holeMark: 148.5,
  marks: { from: 4, fold: 9, hole: 11 },
  subjectTop: 98.46,
  footerTop: 282,
} as const;

const L = DIN_5008_B;
const FONT_SIZE = 10;
const LINE_GAP = 2;
const BLOCK_GAP = 8;
const HEADING_SPACE = 6;
const SMALL = 7;
const GREY = '#4d4d4d';

export interface LetterDocument {
  office: { name: string; address: string; phone: string };
  /** The recipient, line by line (at most six). */
  recipient: string[];
  /** Above the recipient in the note zone: "Per E-Mail an …". */
  note: string | null;
  /** Aktenzeichen, Ansprechperson, Telefon, E-Mail, Datum … */
  info: { label: string; value: string }[];
  subject: string;
  blocks: Block[];
  /** On the pages after the first: "Aktenzeichen … · Schreiben vom …". */
  runningHead: string;
  /** A preview: marked "Entwurf" in the letterhead. */
  draft: boolean;
  /** PDF metadata. */
  title: string;
}

interface Fonts {
  regular: Buffer;
  bold: Buffer;
}

let fonts: Fonts | undefined;

/** DejaVu Sans from the dejavu-fonts-ttf package: every Latin letter, "Ł" and "ğ" included. */
function loadFonts(): Fonts {
  if (!fonts) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fonts = {
      regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return fonts;
}

/** The letter as a PDF (A4, DIN 5008 Form B) with DejaVu Sans embedded. */
export function renderLetterPdf(letter: LetterDocument): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    autoFirstPage: true,
    lang: 'de-DE',
    displayTitle: true,
    pdfVersion: '1.7',
    margins: {
      top: mm(L.margin.top),
      bottom: mm(L.margin.bottom),
      left: mm(L.margin.left),
      right: mm(L.margin.right),
    },
    info: { Title: letter.title, Author: letter.office.name, Creator: 'Teilhabe' },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  letterhead(doc, letter);
  addressField(doc, letter);
  infoBlock(doc, letter);
  doc
    .font('bold')
    .fontSize(FONT_SIZE)
    .fillColor('black')
    .text(letter.subject, mm(L.margin.left), mm(L.subjectTop), { width: textWidth() });
  doc.y += mm(8.46) - doc.currentLineHeight(true);
  body(doc, letter.blocks);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    pageFurniture(doc, letter, i - range.start + 1, range.count);
  }
  doc.end();
  return done;
}

const textWidth = () => mm(L.page.width - L.margin.left - L.margin.right);

function letterhead(doc: PDFKit.PDFDocument, letter: LetterDocument): void {
  const left = mm(L.margin.left);
  doc
    .font('bold')
    .fontSize(14)
    .fillColor('black')
    .text(letter.office.name, left, mm(L.letterheadTop), { width: mm(100), lineBreak: false });
  doc
    .font('regular')
    .fontSize(8)
    .fillColor(GREY)
    .text(
      letter.office.phone
        ? `${letter.office.address} · Telefon ${letter.office.phone}`
        : letter.office.address,
      left,
      mm(L.letterheadTop + 7),
      {
        width: mm(100),
      },
    );
  if (letter.draft) {
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#a00000')
      .text('ENTWURF – nicht versandt', mm(L.infoBlock.left), mm(L.letterheadTop), {
        width: mm(L.infoBlock.width),
        align: 'right',
      });
  }
  doc.fillColor('black');
}

function addressField(doc: PDFKit.PDFDocument, letter: LetterDocument): void {
  const { top, noteZone } = L.addressField;
  const x = mm(L.addressText);
  const width = mm(L.addressField.width - (L.addressText - L.addressField.left) - 2);
  // The return address, small and underlined, on the last line of the note zone.
  const returnLine = `${letter.office.name} · ${letter.office.address}`;
  doc.font('regular').fontSize(SMALL).fillColor(GREY);
  const returnTop = mm(top + noteZone) - doc.currentLineHeight(true) - mm(0.8);
  doc.text(returnLine, x, returnTop, { width, lineBreak: false, ellipsis: true, underline: true });
  if (letter.note) {
    doc.fontSize(8).text(letter.note, x, mm(top + 5), { width, lineBreak: false, ellipsis: true });
  }
  doc.font('regular').fontSize(FONT_SIZE).fillColor('black');
  const lineHeight = mm(27.3 / 6);
  letter.recipient.slice(0, 6).forEach((line, i) => {
    doc.text(line, x, mm(top + noteZone + 0.8) + i * lineHeight, {
      width,
      lineBreak: false,
      ellipsis: true,
    });
  });
}

function infoBlock(doc: PDFKit.PDFDocument, letter: LetterDocument): void {
  const { left, top, width, labelWidth } = L.infoBlock;
  doc
    .font('regular')
    .fontSize(SMALL)
    .fillColor(GREY)
    .text('Datum und Zeichen bitte stets angeben', mm(left), mm(top) - mm(4.5), {
      width: mm(width),
      lineBreak: false,
    });
  let y = mm(top);
  for (const { label, value } of letter.info) {
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(GREY)
      .text(label, mm(left), y + 0.8, { width: mm(labelWidth - 1), lineBreak: false });
    doc
      .fontSize(9)
      .fillColor('black')
      .text(value, mm(left + labelWidth), y, {
        width: mm(width - labelWidth),
      });
    y = Math.max(doc.y, y + mm(4.23));
  }
}

/** The blocks of the letter's text, flowing onto further pages as needed. */
function body(doc: PDFKit.PDFDocument, blocks: Block[]): void {
  const left = mm(L.margin.left);
  const width = textWidth();
  doc.font('regular').fontSize(FONT_SIZE).fillColor('black');
  const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  /** A new page unless `height` still fits on this one. */
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const leads = (b: Block) => b.kind === 'heading' || (b.kind === 'paragraph' && leadsOn(b));
  blocks.forEach((block, index) => {
    // Short blocks are not split; a heading, or a paragraph that leads on (a colon, a closing),
    // stays with the first lines of what follows it, and so on down a chain of them.
    let keep = Math.min(heightOf(doc, block, width), 4 * lineHeight);
    for (let i = index; i < blocks.length - 1 && leads(blocks[i]); i++) {
      const following = heightOf(doc, blocks[i + 1], width);
      keep += BLOCK_GAP + (leads(blocks[i + 1]) ? following : Math.min(following, 2 * lineHeight));
    }
    room(Math.min(keep, bottom() - doc.page.margins.top));
    switch (block.kind) {
      case 'heading':
        doc.y += HEADING_SPACE;
        write(doc, block.lines, left, width, true);
        doc.y += BLOCK_GAP / 2;
        break;
      case 'paragraph':
        write(doc, block.lines, left, width, false);
        doc.y += BLOCK_GAP;
        break;
      case 'quote': {
        const top = doc.y;
        const page = doc.bufferedPageRange().count;
        write(doc, block.lines, left + mm(8), width - mm(8), false);
        if (doc.bufferedPageRange().count === page) {
          doc
            .moveTo(left + mm(3), top + 1)
            .lineTo(left + mm(3), doc.y - LINE_GAP)
            .lineWidth(1)
            .strokeColor('#9a9a9a')
            .stroke();
        }
        doc.y += BLOCK_GAP;
        break;
      }
      case 'list':
        for (const item of block.items) {
          room(
            Math.min(
              heightOf(doc, { kind: 'paragraph', lines: item }, width - mm(5)),
              3 * lineHeight,
            ),
          );
          const top = doc.y;
          doc.font('regular').text('–', left, top, { width: mm(5), lineBreak: false });
          write(doc, item, left + mm(5), width - mm(5), false, top);
          doc.y += BLOCK_GAP / 2;
        }
        doc.y += BLOCK_GAP / 2;
        break;
    }
  });
}

const lineText = (line: Line) => line.map((r) => r.text).join('');

/**
 * A paragraph that leads into what follows stays with it: one ending in a colon ("Wir bitten
 * Sie:"), and the short lines of a closing ("Mit freundlichen Grüßen", "Im Auftrag").
 */
function leadsOn(block: { lines: Line[] }): boolean {
  const texts = block.lines.map((l) => lineText(l).trimEnd());
  const last = texts[texts.length - 1] ?? '';
  if (last.endsWith(':') || last.endsWith(',')) return true;
  return texts.length <= 2 && texts.every((t) => t.length <= 40) && !/[.!?]$/.test(last);
}

/** How high a block will be (bold runs measured as regular: close enough to keep lines together). */
function heightOf(doc: PDFKit.PDFDocument, block: Block, width: number): number {
  doc.font(block.kind === 'heading' ? 'bold' : 'regular').fontSize(FONT_SIZE);
  const measure = (lines: Line[], w: number) =>
    lines.reduce(
      (sum, line) =>
        sum + doc.heightOfString(lineText(line) || ' ', { width: w, lineGap: LINE_GAP }),
      0,
    );
  switch (block.kind) {
    case 'heading':
      return HEADING_SPACE + measure(block.lines, width);
    case 'paragraph':
      return measure(block.lines, width);
    case 'quote':
      return measure(block.lines, width - mm(8));
    case 'list':
      return block.items.reduce(
        (sum, item) => sum + measure(item, width - mm(5)) + BLOCK_GAP / 2,
        0,
      );
  }
}

/** Lines of runs, each wrapped within `width`, plain or bold. */
function write(
  doc: PDFKit.PDFDocument,
  lines: Line[],
  x: number,
  width: number,
  allBold: boolean,
  y: number = doc.y,
): void {
  doc.y = y;
  for (const line of lines) {
    line.forEach((run, i) => {
      doc.font(allBold || run.bold ? 'bold' : 'regular').fontSize(FONT_SIZE);
      const options = { width, lineGap: LINE_GAP, continued: i < line.length - 1 };
      if (i === 0) doc.text(run.text, x, doc.y, options);
      else doc.text(run.text, options);
    });
  }
  doc.x = mm(L.margin.left);
}

/** Fold and hole marks, the head of the following pages, and the footer with page numbers. */
function pageFurniture(
  doc: PDFKit.PDFDocument,
  letter: LetterDocument,
  page: number,
  pages: number,
): void {
  const { from, fold, hole } = L.marks;
  doc.lineWidth(0.5).strokeColor('black');
  for (const at of L.foldMarks) doc.moveTo(mm(from), mm(at)).lineTo(mm(fold), mm(at)).stroke();
  doc.moveTo(mm(from), mm(L.holeMark)).lineTo(mm(hole), mm(L.holeMark)).stroke();
  // Written below the bottom margin: without it, pdfkit would begin yet another page.
  const margin = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const left = mm(L.margin.left);
  const width = textWidth();
  doc.font('regular').fontSize(SMALL).fillColor(GREY);
  if (page > 1) {
    doc.text(letter.runningHead, left, mm(12), { width, lineBreak: false, ellipsis: true });
  }
  doc.text(
    `${letter.office.name} · ${letter.office.address}${letter.office.phone ? ` · Telefon ${letter.office.phone}` : ''}`,
    left,
    mm(L.footerTop),
    {
      width: width - mm(30),
      lineBreak: false,
      ellipsis: true,
    },
  );
  doc.text(`Seite ${page} von ${pages}`, left + width - mm(30), mm(L.footerTop), {
    width: mm(30),
    align: 'right',
    lineBreak: false,
  });
  doc.page.margins.bottom = margin;
  doc.fillColor('black');
}
