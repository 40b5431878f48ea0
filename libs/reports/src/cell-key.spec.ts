import { cellKey, possibleCounts, protectedCount } from './cell-key';
import { NOISE_FROM, PERTURBATION_TABLE } from './perturbation-table';

const keys = Array.from({ length: 1000 }, (_v, i) => (i + 0.5) / 1000);

describe('the Cell-Key protection', () => {
  it('never publishes 1 or 2, whatever the count and key', () => {
    for (let n = 0; n <= 50; n++) {
      for (const k of keys) expect([1, 2]).not.toContain(protectedCount(n, k));
    }
  });

  it('publishes 0 for an empty cell', () => {
    for (const k of keys) expect(protectedCount(0, k)).toBe(0);
  });

  it('gives the same cell the same value every time', () => {
    expect(protectedCount(7, 0.4242)).toBe(protectedCount(7, 0.4242));
    expect(cellKey(2 ** 31 + 5)).toBe(cellKey(5));
  });

  it('leaves no published value that only a count of 1 or 2 explains', () => {
    for (let published = 0; published <= 60; published++) {
      const counts = possibleCounts(published);
      if (counts.length === 0) continue;
      expect(counts.some((n) => n === 0 || n >= 3)).toBe(true);
    }
  });

  it('changes counts by at most 3 and on average by (nearly) nothing from 5 on', () => {
    for (let n = 1; n <= 30; n++) {
      for (const k of keys) expect(Math.abs(protectedCount(n, k) - n)).toBeLessThanOrEqual(3);
    }
    const mean = keys.reduce((sum, k) => sum + protectedCount(20, k) - 20, 0) / keys.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
  });

  it('has complete rows: each ends at probability 1', () => {
    for (const rows of [
      ...([1, 2, 3, 4] as const).map((n) => PERTURBATION_TABLE[n]),
      PERTURBATION_TABLE.noise,
    ]) {
      expect(rows[rows.length - 1].below).toBe(1);
    }
    expect(NOISE_FROM).toBe(5);
  });
});
