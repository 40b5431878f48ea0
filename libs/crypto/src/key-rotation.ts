import { type DataSource, type EntityManager } from 'typeorm';
import { type FieldCipher } from './field-cipher';

/** A table whose encrypted columns can be re-encrypted with the current key. */
export interface RotatableTable {
  table: string;
  /** Encrypted columns; a row is pending while one of them holds another key's value. */
  columns: readonly string[];
  /** Re-encrypts the rows with these ids (read, write back through the transformers). */
  reencrypt: (m: EntityManager, ids: string[]) => Promise<void>;
}

const prefix = (cipher: FieldCipher) => `enc:v1:${cipher.currentKeyId}:`;
const notCurrent = (columns: readonly string[]) =>
  `NOT (${columns.map((c) => `(${c} IS NULL OR starts_with(${c}, $1))`).join(' AND ')})`;

/** Rows with at least one encrypted column not encrypted with the current key. */
export async function pendingRotation(
  dataSource: DataSource,
  cipher: FieldCipher,
  target: RotatableTable,
): Promise<number> {
  const [{ n }] = await dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${target.table} WHERE ${notCurrent(target.columns)}`,
    [prefix(cipher)],
  );
  return n;
}

/** Re-encrypts every pending row in batches, each batch in one transaction. */
export async function rotateKeys(
  dataSource: DataSource,
  cipher: FieldCipher,
  target: RotatableTable,
  options: { batchSize: number; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  const total = await pendingRotation(dataSource, cipher, target);
  const seen = new Set<string>();
  let done = 0;
  for (;;) {
    const rows = await dataSource.query<{ id: string }[]>(
      `SELECT id FROM ${target.table} WHERE ${notCurrent(target.columns)} ORDER BY id LIMIT ${options.batchSize}`,
      [prefix(cipher)],
    );
    if (rows.length === 0) break;
    if (rows.every((r) => seen.has(r.id))) {
      throw new Error('re-encryption made no progress; is the current key configured?');
    }
    const ids = rows.map((r) => r.id);
    await dataSource.transaction((m) => target.reencrypt(m, ids));
    for (const id of ids) seen.add(id);
    done += rows.length;
    options.onProgress?.(Math.min(done, total), total);
  }
  return done;
}
