import { germanNumber, type ReportTable } from './report-table';

/**
 * A text cell that a spreadsheet would take for a formula (= + - @, tab, carriage return)
 * starts with an apostrophe, so it stays text (OWASP's CSV injection advice).
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: string | number): string {
  // German Excel reads 0,5 as a number.
  if (typeof value === 'number') return germanNumber(value);
  const safe = formulaSafe(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV as German Excel opens it: UTF-8 with BOM, semicolons, CRLF; a note line at the end. */
export function reportCsv(table: ReportTable, notes: string[]): string {
  const lines = [table.headings, ...table.rows].map((row) => row.map(field).join(';'));
  return '\uFEFF' + [...lines, '', ...notes.map((n) => field(n))].join('\r\n') + '\r\n';
}
