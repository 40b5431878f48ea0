import { decodeCsv } from '@teilhabe/common';
import { parse } from 'csv-parse/sync';

/*
 * Children per district as the statistics office publishes them, one line per district and year:
 * Bezirk;Jahr;Kinder (semicolons, the district by its code or name, 12.345 or 12345 children,
 * UTF-8 or Windows-1252).
 */

export const REFERENCE_COLUMNS = ['Bezirk', 'Jahr', 'Kinder'] as const;
export const MAX_REFERENCE_ROWS = 5000;

export interface ReferenceRow {
  line: number;
  districtId: string;
  year: number;
  children: number;
}

export interface ReferenceRowError {
  line: number;
  field: string;
  message: string;
}

export type ReferenceCsv =
  { rows: ReferenceRow[]; errors: [] } | { rows: []; errors: ReferenceRowError[] };

/** A district as the file may name it. */
export interface NamedDistrict {
  id: string;
  code: string;
  name: string;
}

const key = (text: string) => text.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');

/** 12.345 or 12345 (a whole number of children); null when it is not one. */
export function childCount(text: string): number | null {
  const plain = text.trim();
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(plain)) return null;
  const value = Number(plain.replace(/\./g, ''));
  return Number.isSafeInteger(value) && value > 0 && value <= 10_000_000 ? value : null;
}

/** Reads every row; any error in any row means no rows at all (the caller imports nothing). */
export function parseReferenceCsv(bytes: Buffer, districts: NamedDistrict[]): ReferenceCsv {
  const fail = (message: string, line = 1): ReferenceCsv => ({
    rows: [],
    errors: [{ line, field: 'file', message }],
  });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeCsv(bytes), {
      delimiter: ';',
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return fail(
      'Die CSV-Datei ist nicht lesbar (Anführungszeichen?).',
      (error as { lines?: number }).lines ?? 1,
    );
  }
  if (records.length === 0) return fail('Die Datei ist leer.');
  const header = records[0].record.map(key);
  const index = Object.fromEntries(REFERENCE_COLUMNS.map((c) => [c, header.indexOf(key(c))]));
  const missing = REFERENCE_COLUMNS.filter((c) => index[c] < 0);
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((c) => ({
        line: 1,
        field: c,
        message: `Die Spalte „${c}“ fehlt in der Kopfzeile (erwartet: ${REFERENCE_COLUMNS.join(';')}).`,
      })),
    };
  }
  if (records.length - 1 > MAX_REFERENCE_ROWS) {
    return fail(`Höchstens ${MAX_REFERENCE_ROWS} Zeilen je Datei.`);
  }
  if (records.length === 1) return fail('Die Datei enthält keine Zeilen.');
  const byName = new Map<string, NamedDistrict>();
  for (const d of districts) {
    byName.set(key(d.code), d);
    byName.set(key(d.name), d);
  }
  const rows: ReferenceRow[] = [];
  const errors: ReferenceRowError[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: (typeof REFERENCE_COLUMNS)[number]) => record[index[c]] ?? '';
    const district = byName.get(key(cell('Bezirk')));
    if (!district) {
      errors.push({
        line,
        field: 'Bezirk',
        message: `„${cell('Bezirk')}“ ist kein bekannter Jugendamtsbezirk (Kürzel oder Name).`,
      });
    }
    const year = /^\d{4}$/.test(cell('Jahr')) ? Number(cell('Jahr')) : null;
    const yearOk = year !== null && year >= 1990 && year <= 2100;
    if (!yearOk) {
      errors.push({
        line,
        field: 'Jahr',
        message: `„${cell('Jahr')}“ ist kein Jahr (vierstellig, 1990 bis 2100).`,
      });
    }
    const children = childCount(cell('Kinder'));
    if (children === null) {
      errors.push({
        line,
        field: 'Kinder',
        message: `„${cell('Kinder')}“ ist keine Kinderzahl (ganze Zahl größer als null, z. B. 12.345).`,
      });
    }
    if (!district || !yearOk || children === null) continue;
    const id = `${district.id}/${year}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      errors.push({
        line,
        field: 'Bezirk',
        message: `${district.name} ${year} steht schon in Zeile ${earlier}.`,
      });
      continue;
    }
    seen.set(id, line);
    rows.push({ line, districtId: district.id, year, children });
  }
  return errors.length > 0 ? { rows: [], errors } : { rows, errors: [] };
}
