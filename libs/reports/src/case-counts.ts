import { type StatisticCell, type StatisticDimension } from '@teilhabe/cases';
import { cellKey, protectedCount } from './cell-key';

/** The cells of a report, before labels: every combination of categories, with its count. */
export interface CountedCell {
  values: Partial<Record<StatisticDimension, string>>;
  count: number;
}

function cellId(values: Partial<Record<StatisticDimension, string>>): string {
  return JSON.stringify(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every combination of the categories of `dims`, in order. */
function combinations(
  dims: readonly StatisticDimension[],
  categories: Map<StatisticDimension, readonly string[]>,
): Partial<Record<StatisticDimension, string>>[] {
  return dims.reduce<Partial<Record<StatisticDimension, string>>[]>(
    (all, d) =>
      all.flatMap((values) => (categories.get(d) ?? []).map((v) => ({ ...values, [d]: v }))),
    [{}],
  );
}

/**
 * The fixed layout of a report: every combination of the categories of `groupBy` (rows) and of
 * each smaller subset of it (totals), each with its exact or protected count. Every cell and
 * every total is looked up as a cell of its own, so a protected total is not the sum of the
 * protected cells, and an empty combination is listed as 0 like any other.
 */
export function layOut(
  groupBy: readonly StatisticDimension[],
  categories: Map<StatisticDimension, readonly string[]>,
  cells: readonly StatisticCell[],
  protect: boolean,
): { rows: CountedCell[]; totals: CountedCell[] } {
  const found = new Map(cells.map((c) => [cellId(c.values), c]));
  const publish = (values: Partial<Record<StatisticDimension, string>>): CountedCell => {
    const cell = found.get(cellId(values));
    const count = !cell
      ? 0
      : protect
        ? protectedCount(cell.count, cellKey(cell.keySum))
        : cell.count;
    return { values, count };
  };
  const rows = combinations(groupBy, categories).map(publish);
  const subsets: StatisticDimension[][] =
    groupBy.length === 2 ? [[groupBy[0]], [groupBy[1]], []] : groupBy.length === 1 ? [[]] : [];
  const totals = subsets.flatMap((dims) => combinations(dims, categories).map(publish));
  return { rows, totals };
}
