import { InvalidInputException } from '../errors';
import { isCalendarDate } from '../validation/calendar-date';

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Keyset cursors: the sort key of the last item, opaque to clients. A page stays correct while
 * rows are added, unlike an offset.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

type CursorPart = 'text' | 'number' | 'uuid' | 'date';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && !v.includes('\u0000'),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  date: (v) => isCalendarDate(v),
};

/** Reads a cursor back; anything forged or damaged is a 400 that names `cursor`. */
export function decodeCursor<T extends readonly (string | number)[]>(
  cursor: string,
  shape: { [K in keyof T]: CursorPart },
): T {
  const invalid = () =>
    new InvalidInputException([
      { field: 'cursor', code: 'invalid_cursor', message: 'ist kein gültiger Blätter-Verweis.' },
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== shape.length ||
    parsed.some((value, i) => !PART_CHECKS[shape[i]](value))
  ) {
    throw invalid();
  }
  return parsed as unknown as T;
}

/** Cuts a result fetched with limit + 1 rows into a page. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  key: (row: R) => (string | number)[],
): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    nextCursor: hasMore ? encodeCursor(key(pageRows[pageRows.length - 1])) : null,
  };
}
