import { RECORD_KEY_RANGE } from '@teilhabe/cases';
import { NOISE_FROM, PERTURBATION_TABLE, type PerturbationRow } from './perturbation-table';

/** The cell key: the fractional part of the sum of the record keys (each in [0, 1)). */
export function cellKey(keySum: number): number {
  return (((keySum % RECORD_KEY_RANGE) + RECORD_KEY_RANGE) % RECORD_KEY_RANGE) / RECORD_KEY_RANGE;
}

function lookup(rows: PerturbationRow[], key: number): number {
  return (rows.find((r) => key < r.below) ?? rows[rows.length - 1]).value;
}

/**
 * The published value of a cell of `count` cases with this cell key: 0 for an empty cell,
 * otherwise from the perturbation table. The same cases always give the same value.
 */
export function protectedCount(count: number, key: number): number {
  if (count <= 0) return 0;
  if (count < NOISE_FROM) return lookup(PERTURBATION_TABLE[count as 1 | 2 | 3 | 4], key);
  return count + lookup(PERTURBATION_TABLE.noise, key);
}

/**
 * Every true count that could have been published as `published` (for tests and for the
 * report's note): what someone who knows the table may conclude from one published value.
 */
export function possibleCounts(published: number): number[] {
  const counts: number[] = [];
  for (let n = 0; n <= Math.max(published + 3, NOISE_FROM + 3); n++) {
    const rows =
      n === 0
        ? [{ below: 1, value: 0 }]
        : n < NOISE_FROM
          ? PERTURBATION_TABLE[n as 1 | 2 | 3 | 4]
          : PERTURBATION_TABLE.noise.map((r) => ({ ...r, value: n + r.value }));
    if (rows.some((r) => r.value === published)) counts.push(n);
  }
  return counts;
}
