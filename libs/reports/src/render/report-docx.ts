import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type ReportDocument } from './report-pdf';
import { germanNumber, type ReportTable } from './report-table';

const FONT = 'DejaVu Sans';

function table(t: ReportTable): Table {
  const border = { style: BorderStyle.SINGLE, size: 2, color: 'B9CFDD' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (value: string | number, header: boolean, last: boolean) =>
    new TableCell({
      borders,
      shading: header ? { type: ShadingType.CLEAR, fill: 'DDE8F0', color: 'auto' } : undefined,
      children: [
        new Paragraph({
          alignment: last ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text: typeof value === 'number' ? germanNumber(value) : String(value),
              bold: header,
              font: FONT,
              size: 18,
            }),
          ],
        }),
      ],
    });
  const row = (cells: (string | number)[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((c, i) => cell(c, header || c === 'Insgesamt', i === cells.length - 1)),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(t.headings, true), ...t.rows.map((r) => row(r, false))],
  });
}

/** The document as DOCX for the office to edit (tables instead of charts). */
export async function reportDocx(report: ReportDocument): Promise<Buffer> {
  const text = (t: string, options: { bold?: boolean; size?: number } = {}) =>
    new TextRun({ text: t, font: FONT, size: options.size ?? 21, bold: options.bold });
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [text(report.title, { bold: true, size: 32 })],
    }),
    new Paragraph({ children: [text(report.subtitle)] }),
    new Paragraph({ children: [text(report.dated)] }),
    new Paragraph({ children: [text(report.note, { size: 18 })] }),
  ];
  for (const section of report.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240 },
        children: [text(section.heading, { bold: true, size: 26 })],
      }),
    );
    for (const p of section.paragraphs ?? []) children.push(new Paragraph({ children: [text(p)] }));
    if (section.table) children.push(table(section.table));
  }
  const doc = new Document({
    creator: 'Teilhabe',
    title: report.title,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
