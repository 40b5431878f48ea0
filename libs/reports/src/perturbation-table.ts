/*
 * The committed perturbation table of the Cell-Key method (as the statistical offices use it
 * for the Zensus 2022): for a cell of `count` cases and a cell key in [0, 1), the published
 * value is the entry whose cumulative probability first exceeds the key. Rows for 1 to 4 give
 * published values directly; from 5 on, noise is added. Designed so that
 *   - no published value is 1 or 2 (small counts become 0 or 3 to 5),
 *   - every published value could have come from a count of 0 or of 3 and more, so none
 *     lets anyone conclude "one child" or "two children",
 *   - the noise is at most 3 and has a mean of (about) zero, so totals stay close.
 * Changing it changes every published figure: treat it like a release of the statistics.
 */
export interface PerturbationRow {
  /** Cumulative probability: the row applies to cell keys below it. */
  below: number;
  /** Counts 1 to 4: the published value. From 5 on: the noise added. */
  value: number;
}

export const PERTURBATION_TABLE_VERSION = '2026-1';

/** From this count on, the `noise` rows apply. */
export const NOISE_FROM = 5;

export const PERTURBATION_TABLE: Record<1 | 2 | 3 | 4, PerturbationRow[]> & {
  noise: PerturbationRow[];
} = {
  1: [
    { below: 2 / 3, value: 0 },
    { below: 1, value: 3 },
  ],
  2: [
    { below: 1 / 3, value: 0 },
    { below: 1, value: 3 },
  ],
  3: [
    { below: 0.2, value: 0 },
    { below: 0.6, value: 3 },
    { below: 0.8, value: 4 },
    { below: 1, value: 5 },
  ],
  4: [
    { below: 0.3, value: 3 },
    { below: 0.7, value: 4 },
    { below: 1, value: 5 },
  ],
  noise: [
    { below: 0.1, value: -2 },
    { below: 0.3, value: -1 },
    { below: 0.7, value: 0 },
    { below: 0.9, value: 1 },
    { below: 1, value: 2 },
  ],
};
