import writeExcelFile from 'write-excel-file/node';
import { type ReportTable } from './report-table';

/** The table as an Excel workbook: bold headings, counts as numbers, the notes below. */
export async function reportXlsx(
  title: string,
  table: ReportTable,
  notes: string[],
): Promise<Buffer> {
  const data = [
    [{ value: title, fontWeight: 'bold' as const }],
    [],
    table.headings.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      row.map((v) =>
        typeof v === 'number'
          ? { value: v, type: Number, ...(Number.isInteger(v) ? {} : { format: '0.0' }) }
          : { value: v, type: String },
      ),
    ),
    [],
    ...notes.map((n) => [{ value: n, type: String }]),
  ];
  const columns = table.headings.map((_h, i) => ({
    width: i === table.headings.length - 1 ? 10 : 36,
  }));
  return writeExcelFile(data, { columns, sheet: 'Bericht' }).toBuffer();
}
