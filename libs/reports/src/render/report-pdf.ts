import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { chartSvg } from '../chart/chart-svg';
import { type ChartDatum, type ChartKind } from '../chart/report-chart';
import { germanNumber, type ReportTable } from './report-table';

/** One part of the committee's report: a heading, an optional chart and a table. */
export interface ReportSection {
  heading: string;
  chart?: { kind: ChartKind; title: string; data: ChartDatum[] };
  table?: ReportTable;
  paragraphs?: string[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  /** "Stand: 7. Dezember 2026". */
  dated: string;
  sections: ReportSection[];
  /** How the counts are protected (or that they are exact). */
  note: string;
}

interface Fonts {
  regular: Buffer;
  bold: Buffer;
}
let fonts: Fonts | undefined;

/** DejaVu Sans from the dejavu-fonts-ttf package, as the letters use it. */
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

const MARGIN = 56;
const BLUE = '#1f5f8b';

/** The committee's report as a PDF (A4, German, with charts drawn as vectors). */
export async function reportPdf(report: ReportDocument): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    pdfVersion: '1.7',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: report.title, Author: 'Landesjugendamt', Creator: 'Teilhabe' },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  doc.font('bold').fontSize(17).fillColor(BLUE).text(report.title, { width });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10.5).fillColor('#222').text(report.subtitle, { width });
  doc.text(report.dated, { width });
  doc.moveDown(0.6);
  box(doc, report.note, width);
  doc.moveDown(1);

  for (const section of report.sections) {
    const svg =
      section.chart && section.chart.data.length > 0
        ? await chartSvg(section.chart.kind, section.chart.title, section.chart.data, width)
        : null;
    const size = svg ? svgSize(svg) : { width: 0, height: 0 };
    const scale = svg ? Math.min(1, width / size.width) : 0;
    ensure(40 + (svg ? size.height * scale : 40));
    doc.font('bold').fontSize(12.5).fillColor(BLUE).text(section.heading, MARGIN, doc.y, { width });
    doc.moveDown(0.4);
    for (const p of section.paragraphs ?? []) {
      doc.font('regular').fontSize(10).fillColor('#222').text(p, { width });
      doc.moveDown(0.4);
    }
    if (svg) {
      ensure(size.height * scale + 10);
      SVGtoPDF(doc, svg, MARGIN, doc.y, {
        width: size.width * scale,
        height: size.height * scale,
        assumePt: true,
        fontCallback: (_family, isBold) => (isBold ? 'bold' : 'regular'),
      });
      doc.y += size.height * scale + 8;
    }
    if (section.table) drawTable(doc, section.table, width, ensure);
    for (const line of section.table?.legend ?? []) {
      doc.font('regular').fontSize(8).fillColor('#444').text(line, MARGIN, doc.y, { width });
    }
    doc.moveDown(1);
  }

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: without this, pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555')
      .text(
        `${report.title} · Seite ${i + 1} von ${pages.count}`,
        MARGIN,
        doc.page.height - MARGIN + 18,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  return done;
}

function svgSize(svg: string): { width: number; height: number } {
  const w = /<svg[^>]*\swidth="([\d.]+)"/.exec(svg);
  const h = /<svg[^>]*\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(w?.[1] ?? 400), height: Number(h?.[1] ?? 200) };
}

function box(doc: PDFKit.PDFDocument, text: string, width: number) {
  doc.font('regular').fontSize(9);
  const height = doc.heightOfString(text, { width: width - 16 }) + 12;
  const top = doc.y;
  doc.rect(MARGIN, top, width, height).fillAndStroke('#eef4f8', '#b9cfdd');
  doc.fillColor('#222').text(text, MARGIN + 8, top + 6, { width: width - 16 });
  doc.y = top + height;
}

function drawTable(
  doc: PDFKit.PDFDocument,
  table: ReportTable,
  width: number,
  ensure: (height: number) => void,
) {
  // Counts, dashes and German decimals (a rate of 12,4) make a narrow number column.
  const numeric = table.headings.map((_h, i) =>
    table.rows.every(
      (r) => typeof r[i] === 'number' || r[i] === '–' || /^\d{1,3}(\.\d{3})*(,\d+)?$/.test(r[i]),
    ),
  );
  const numbers = numeric.filter(Boolean).length;
  const texts = table.headings.length - numbers;
  // Each number column at least as wide as its longest heading word ("Insgesamt") and value,
  // so that nothing breaks inside a word; a comfortable width where the page allows.
  doc.font('bold').fontSize(numbers > 1 ? 7.5 : 9);
  const headingWord = (i: number) =>
    Math.max(...table.headings[i].split(/\s+/).map((w) => doc.widthOfString(w) + 10));
  const numberMin = numeric.map((n, i) => (n ? Math.max(30, headingWord(i)) : 0));
  doc.font('regular').fontSize(9);
  table.rows.forEach((r) =>
    r.forEach((c, i) => {
      if (numeric[i]) numberMin[i] = Math.max(numberMin[i], doc.widthOfString(cellText(c)) + 10);
    }),
  );
  const preferred =
    texts > 0 ? Math.min(64, Math.max(48, (width * 0.62) / numbers)) : width / numbers;
  const numberPref = numberMin.map((m, i) => (numeric[i] ? Math.max(m, preferred) : 0));
  // The text columns want their longest word ("Mönchengladbach"); number columns give way
  // down to their minimum first.
  const words = (cells: (string | number)[]) =>
    cells.filter((_c, i) => !numeric[i]).flatMap((c) => String(c).split(/\s+/));
  const longestText = Math.max(
    0,
    ...table.rows.flatMap(words).map((w) => doc.widthOfString(w) + 10),
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const available = width - longestText * texts;
  const factor =
    sum(numberPref) <= available
      ? 1
      : Math.max(0, (available - sum(numberMin)) / (sum(numberPref) - sum(numberMin) || 1));
  const numberWidths = numberPref.map((p, i) => numberMin[i] + (p - numberMin[i]) * factor);
  const textWidth = texts > 0 ? (width - sum(numberWidths)) / texts : 0;
  const widths = numeric.map((n, i) => (n ? numberWidths[i] : textWidth));
  const row = (cells: (string | number)[], header: boolean, shaded: boolean) => {
    doc.font(header ? 'bold' : 'regular').fontSize(header && numbers > 1 ? 7.5 : 9);
    const heights = cells.map((c, i) => doc.heightOfString(cellText(c), { width: widths[i] - 8 }));
    const height = Math.max(...heights) + 6;
    ensure(height);
    const top = doc.y;
    if (header || shaded) {
      doc.rect(MARGIN, top, width, height).fill(header ? '#dde8f0' : '#f6f8fa');
    }
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.fillColor('#222').text(cellText(c), x + 4, top + 3, {
        width: widths[i] - 8,
        align: i === cells.length - 1 ? 'right' : 'left',
      });
      x += widths[i];
    });
    doc.y = top + height;
  };
  row(table.headings, true, false);
  table.rows.forEach((r, i) => {
    const total = r.some((c) => c === 'Insgesamt');
    if (total) doc.font('bold');
    row(r, false, i % 2 === 1 || total);
  });
  doc.x = MARGIN;
}

/** A cell as the page shows it: numbers in German (a rate of 0,5). */
function cellText(c: string | number): string {
  return typeof c === 'number' ? germanNumber(c) : c;
}
