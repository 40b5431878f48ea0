import {
  EXPENDITURE_CATEGORIES,
  EXPENDITURE_CATEGORY_LABELS,
  type ExpenditureCategory,
  parseGermanAmount,
} from '@teilhabe/rules';
import { decodeCsv } from '@teilhabe/common';
import { parse } from 'csv-parse/sync';

/*
 * Expenditures as municipal finance offices export them: semicolons, a German decimal comma
 * (1.234,56), dates as 31.07.2021, UTF-8 or Windows-1252, with or without a byte order mark.
 * Columns: at least Datum;Kategorie;Betrag;Beschreibung (any order, more are ignored).
 */

export interface CsvRow {
  /** The line in the file (the header is line 1). */
  line: number;
  spentOn: string;
  category: ExpenditureCategory;
  amountCents: number;
  description: string;
}

export interface CsvRowError {
  line: number;
  field: string;
  message: string;
}

export type CsvResult = { rows: CsvRow[]; errors: [] } | { rows: []; errors: CsvRowError[] };

export const CSV_COLUMNS = ['Datum', 'Kategorie', 'Betrag', 'Beschreibung'] as const;
export const MAX_CSV_ROWS = 5000;

const byLabel = new Map<string, ExpenditureCategory>(
  EXPENDITURE_CATEGORIES.flatMap((c) => [
    [c.toLowerCase(), c] as const,
    [EXPENDITURE_CATEGORY_LABELS[c].toLowerCase(), c] as const,
  ]),
);

/** A category from its id or its German label, ignoring case. */
export function categoryOf(text: string): ExpenditureCategory | null {
  return byLabel.get(text.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** 31.07.2021 → 2021-07-31, when it is a real day. */
export function germanDate(text: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** Reads every row; any error in any row means no rows at all (the caller imports nothing). */
export function parseExpenditureCsv(bytes: Buffer): CsvResult {
  const text = decodeCsv(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: ';',
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      errors: [
        { line, field: 'file', message: 'Die CSV-Datei ist nicht lesbar (Anführungszeichen?).' },
      ],
    };
  }
  if (records.length === 0) {
    return { rows: [], errors: [{ line: 1, field: 'file', message: 'Die Datei ist leer.' }] };
  }
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, header.indexOf(c.toLowerCase())]));
  const missing = CSV_COLUMNS.filter((c) => index[c] < 0);
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((c) => ({
        line: 1,
        field: c,
        message: `Die Spalte „${c}“ fehlt in der Kopfzeile (erwartet: ${CSV_COLUMNS.join(';')}).`,
      })),
    };
  }
  if (records.length - 1 > MAX_CSV_ROWS) {
    return {
      rows: [],
      errors: [{ line: 1, field: 'file', message: `Höchstens ${MAX_CSV_ROWS} Zeilen je Datei.` }],
    };
  }
  const rows: CsvRow[] = [];
  const errors: CsvRowError[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: (typeof CSV_COLUMNS)[number]) => (record[index[c]] ?? '').trim();
    const spentOn = germanDate(cell('Datum'));
    if (!spentOn) {
      errors.push({
        line,
        field: 'Datum',
        message: `„${cell('Datum')}“ ist kein Datum wie 31.07.2021.`,
      });
    }
    const category = categoryOf(cell('Kategorie'));
    if (!category) {
      errors.push({
        line,
        field: 'Kategorie',
        message: `„${cell('Kategorie')}“ ist keine bekannte Kategorie (ID oder deutscher Name).`,
      });
    }
    const amountCents = parseGermanAmount(cell('Betrag'));
    if (amountCents === null || amountCents === 0) {
      errors.push({
        line,
        field: 'Betrag',
        message: `„${cell('Betrag')}“ ist kein Betrag wie 1.234,56 (größer als null).`,
      });
    }
    const description = cell('Beschreibung');
    if (description === '' || description.length > 500) {
      errors.push({
        line,
        field: 'Beschreibung',
        message:
          description === '' ? 'darf nicht leer sein.' : 'darf höchstens 500 Zeichen lang sein.',
      });
    }
    if (spentOn && category && amountCents && description && description.length <= 500) {
      rows.push({ line, spentOn, category, amountCents, description });
    }
  }
  if (errors.length > 0) return { rows: [], errors };
  if (rows.length === 0) {
    return {
      rows: [],
      errors: [{ line: 1, field: 'file', message: 'Die Datei enthält keine Zeilen.' }],
    };
  }
  return { rows, errors: [] };
}
