import { type StatisticDimension } from '@teilhabe/cases';
import { DIMENSION_LABELS } from '../report-labels';
import { type CaseCountReportView, type ReportRowView } from '../reports.views';

/** A report as a plain table: headings and rows of German labels and counts, totals last. */
export interface ReportTable {
  headings: string[];
  rows: (string | number)[][];
  /** What short column headings stand for ("A: Aufnahme nur bei …"). */
  legend?: string[];
}

/** The label of each value, by dimension. */
export function labelLookup(report: CaseCountReportView) {
  const labels = new Map(report.labels.map((l) => [`${l.dimension}\u0000${l.value}`, l.label]));
  return (dimension: StatisticDimension, value: string | undefined): string =>
    value === undefined ? 'Insgesamt' : (labels.get(`${dimension}\u0000${value}`) ?? value);
}

/** The heading of the rate column. */
export const RATE_HEADING = 'je 10.000 Kinder';

/** A rate as a number for the table (each format writes it its way); a dash where none is. */
export function rateCell(rate: number | null | undefined): number | string {
  return rate === null || rate === undefined ? '–' : rate;
}

/** A number as German readers write it: 12,4 (a count stays 12). */
export function germanNumber(value: number): string {
  return Number.isInteger(value)
    ? String(value)
    : value.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function reportTable(report: CaseCountReportView): ReportTable {
  const dims = report.groupBy as StatisticDimension[];
  const label = labelLookup(report);
  const rated = report.reference !== null;
  const line = (row: ReportRowView) => [
    ...dims.map((d) => label(d, row[d])),
    row.count ?? '–',
    ...(rated ? [rateCell(row.per10000)] : []),
  ];
  return {
    headings: [...dims.map((d) => DIMENSION_LABELS[d]), 'Anzahl', ...(rated ? [RATE_HEADING] : [])],
    rows: [...report.rows.map(line), ...report.totals.map(line)],
  };
}

/** At most this many columns of counts fit a page across. */
const MAX_CROSS_COLUMNS = 8;

/**
 * A two-dimensional report as a cross table (the first dimension down, the second across, the
 * totals in the last row and column), as committees read them; the long table when the second
 * dimension has too many categories to fit across.
 */
export function crossTable(report: CaseCountReportView): ReportTable {
  const [down, across] = report.groupBy as StatisticDimension[];
  if (!across) return reportTable(report);
  // Rates go in a last column, one per district: only with the districts down the side.
  const rated = report.reference !== null;
  if (rated && across === 'district') return reportTable(report);
  const values = (d: StatisticDimension) =>
    report.labels.filter((l) => l.dimension === d).map((l) => l.value);
  const columns = values(across);
  if (columns.length + 1 > MAX_CROSS_COLUMNS) return reportTable(report);
  const label = labelLookup(report);
  const all = [...report.rows, ...report.totals];
  const count = (a: string | undefined, b: string | undefined) =>
    all.find((r) => r[down] === a && r[across] === b)?.count ?? '–';
  const line = (a: string | undefined) => [
    label(down, a),
    ...columns.map((b) => count(a, b)),
    count(a, undefined),
    ...(rated
      ? [rateCell(all.find((r) => r[down] === a && r[across] === undefined)?.per10000)]
      : []),
  ];
  // Long names across would wrap in narrow columns: letters, explained below the table.
  const short = columns.some((b) => label(across, b).length > 12);
  const letter = (i: number) => String.fromCharCode(65 + i);
  return {
    headings: [
      DIMENSION_LABELS[down],
      ...columns.map((b, i) => (short ? letter(i) : label(across, b))),
      'Insgesamt',
      ...(rated ? [RATE_HEADING] : []),
    ],
    rows: [...values(down).map(line), line(undefined)],
    legend: short ? columns.map((b, i) => `${letter(i)}: ${label(across, b)}`) : undefined,
  };
}
