import { randomInt } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type FacilityKind,
  FacilitiesService,
  FacilityEvents,
  type ProviderType,
} from '@teilhabe/providers';
import { type ExclusionPattern } from '@teilhabe/rules';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type CaseStatus } from './case-status';
import { Case } from './entities/case.entity';
import { type CaseChannel } from './exclusion-pattern';

/** What cases can be counted by. */
export const STATISTIC_DIMENSIONS = [
  'year',
  'schoolYear',
  'quarter',
  'month',
  'district',
  'setting',
  'pattern',
  'providerType',
  'status',
  'channel',
] as const;
export type StatisticDimension = (typeof STATISTIC_DIMENSIONS)[number];

/** Record keys are drawn from [0, RECORD_KEY_RANGE); cell keys are sums modulo it. */
export const RECORD_KEY_RANGE = 2 ** 31;

/*
 * The codes stored in case_statistics. Stored data depends on them: a new value gets the next
 * free number, and no number is ever reused (the Record types make a missing value an error).
 */
const SETTING_CODES: Record<FacilityKind, number> = { kita: 0, ogs: 1, ogs_foerderschule: 2 };
const PROVIDER_TYPE_CODES: Record<ProviderType, number> = { free: 0, municipal: 1, church: 2 };
const STATUS_CODES: Record<CaseStatus, number> = {
  received: 0,
  assessing: 1,
  provider_contacted: 2,
  resolved: 3,
  requirement_imposed: 4,
  closed_unresolved: 5,
  withdrawn: 6,
};
const CHANNEL_CODES: Record<CaseChannel, number> = {
  phone: 0,
  email: 1,
  letter: 2,
  web: 3,
  in_person: 4,
};
const PATTERN_BITS: Record<ExclusionPattern, number> = {
  admission_conditional_on_assistance: 0,
  hours_capped_to_assistance: 1,
  absence_exclusion: 2,
  activity_exclusion: 3,
  termination_for_missing_assistance: 4,
  parent_must_substitute: 5,
  disability_exclusion: 6,
};

/** The codes of case_statistics, for tools that fill it in bulk (the benchmark, migrations). */
export const STATISTIC_CODES = {
  setting: SETTING_CODES,
  providerType: PROVIDER_TYPE_CODES,
  status: STATUS_CODES,
  channel: CHANNEL_CODES,
  patternBit: PATTERN_BITS,
} as const;

const invert = (codes: Record<string, number>) =>
  new Map(Object.entries(codes).map(([value, code]) => [code, value]));
const DECODE = {
  setting: invert(SETTING_CODES),
  providerType: invert(PROVIDER_TYPE_CODES),
  status: invert(STATUS_CODES),
  channel: invert(CHANNEL_CODES),
};
const PATTERNS = Object.entries(PATTERN_BITS) as [ExclusionPattern, number][];

export interface StatisticQuery {
  /** One or two dimensions; every subset of them is counted too (the totals). */
  groupBy: readonly StatisticDimension[];
  /** First and last day received, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Only these districts (null: all). */
  districtIds?: readonly string[] | null;
  /** Only cases whose contract was terminated. */
  contractTerminated?: boolean;
}

/**
 * One cell: the cases that share `values` (a dimension left out is summed over), how many
 * they are and the sum of their record keys modulo RECORD_KEY_RANGE (the cell key's source).
 */
export interface StatisticCell {
  values: Partial<Record<StatisticDimension, string>>;
  count: number;
  keySum: number;
}

type PlainDimension = Exclude<StatisticDimension, 'pattern'>;

/** SQL for each dimension (a small integer or the district's id) and its value as reports name it. */
const DIMENSIONS: Record<PlainDimension, { sql: string; value: (raw: string) => string }> = {
  year: { sql: 's.received_month / 12', value: (r) => r },
  schoolYear: { sql: '(s.received_month - 7) / 12', value: (r) => r },
  quarter: {
    sql: 's.received_month / 3',
    value: (r) => `${Math.floor(Number(r) / 4)}-Q${(Number(r) % 4) + 1}`,
  },
  month: {
    sql: 's.received_month',
    value: (r) => `${Math.floor(Number(r) / 12)}-${String((Number(r) % 12) + 1).padStart(2, '0')}`,
  },
  district: { sql: 's.district_id', value: (r) => r },
  setting: { sql: 's.setting', value: (r) => DECODE.setting.get(Number(r)) ?? r },
  providerType: { sql: 's.provider_type', value: (r) => DECODE.providerType.get(Number(r)) ?? r },
  status: { sql: 's.status', value: (r) => DECODE.status.get(Number(r)) ?? r },
  channel: { sql: 's.channel', value: (r) => DECODE.channel.get(Number(r)) ?? r },
};

/** The month index of a day: year * 12 + month - 1. */
export function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * Counts of cases for reports, from the case_statistics summary that this library keeps in step
 * with its cases: the reports library never reads a case.
 */
@Injectable()
export class CaseStatistics implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facilities: FacilitiesService,
    private readonly facilityEvents: FacilityEvents,
  ) {}

  /** A facility's kind, provider or district changed (or its provider's type): its cases move. */
  onModuleInit(): void {
    this.facilityEvents.onChanged(async ({ facilityIds }, m) => {
      const cases = await m.find(Case, {
        where: { facilityId: In(facilityIds) },
        select: { id: true },
      });
      for (const c of cases) await this.record(m, c.id);
    });
  }

  /**
   * Brings the case's summary row up to date; called in the transaction of every write of a
   * case. The record key is drawn on the first call and kept ever after.
   */
  async record(m: EntityManager, caseId: string): Promise<void> {
    const found = await m.findOne(Case, {
      where: { id: caseId },
      select: {
        id: true,
        facilityId: true,
        receivedAt: true,
        status: true,
        channel: true,
        patterns: true,
        contractTerminated: true,
      },
    });
    if (!found) return;
    const facility = await this.facilities.basics(found.facilityId, m);
    if (!facility) return;
    const patterns = found.patterns.reduce((bits, p) => bits | (1 << PATTERN_BITS[p]), 0);
    const [old] = await m.query<SummaryRow[]>(
      `SELECT received_month, CAST(district_id AS text) AS district_id, setting, provider_type,
              status, channel, patterns, record_key
       FROM case_statistics WHERE case_id = $1 FOR UPDATE`,
      [caseId],
    );
    const rows = await m.query<SummaryRow[]>(
      `INSERT INTO case_statistics
         (case_id, received_at, received_month, district_id, setting, provider_type, status,
          channel, patterns, contract_terminated, record_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (case_id) DO UPDATE SET
         received_at = EXCLUDED.received_at, received_month = EXCLUDED.received_month,
         district_id = EXCLUDED.district_id, setting = EXCLUDED.setting,
         provider_type = EXCLUDED.provider_type, status = EXCLUDED.status,
         channel = EXCLUDED.channel, patterns = EXCLUDED.patterns,
         contract_terminated = EXCLUDED.contract_terminated
       RETURNING received_month, CAST(district_id AS text) AS district_id, setting, provider_type,
                 status, channel, patterns, record_key`,
      [
        found.id,
        found.receivedAt,
        monthIndex(found.receivedAt),
        facility.districtId,
        SETTING_CODES[facility.kind],
        PROVIDER_TYPE_CODES[facility.providerType],
        STATUS_CODES[found.status],
        CHANNEL_CODES[found.channel],
        patterns,
        found.contractTerminated,
        randomInt(0, RECORD_KEY_RANGE),
      ],
    );
    const fresh = rows[0];
    await applyToMonthly(m, [...(old ? monthlyCells(old, -1) : []), ...monthlyCells(fresh, 1)]);
  }

  /**
   * Exact counts with key sums for every subset of `groupBy` (each cell and each total is a cell
   * of its own; over patterns, a total counts each case once). Only cells with cases are
   * returned. One pass over the summary: the finest cells in SQL (patterns as filtered
   * aggregates of their bits), the totals added up from them.
   */
  async count(
    query: StatisticQuery,
    options: { monthly?: boolean } = {},
  ): Promise<StatisticCell[]> {
    const groupBy = [...new Set(query.groupBy)];
    const plan = options.monthly === false ? null : monthlyPlan(query, groupBy);
    if (plan) {
      const atoms = await this.fromMonthly(query, groupBy, plan);
      for (const edge of plan.edges) {
        const part = await this.scan({ ...query, from: edge.from, to: edge.to }, groupBy);
        for (const covered of atoms.keys()) {
          atoms.get(covered)!.push(...(covered.includes('pattern') ? part.pairs : part.cases));
        }
      }
      return sumUp(groupBy, (subset) => atoms.get(coveredOthers(subset)) ?? []);
    }
    const { cases, pairs } = await this.scan(query, groupBy);
    return sumUp(groupBy, (subset) => (subset.includes('pattern') ? pairs : cases));
  }

  /**
   * The whole months of the period from case_statistics_monthly, by the other dimensions each
   * row covers ('' all cases, 'setting', 'setting,status', …).
   */
  private async fromMonthly(
    query: StatisticQuery,
    groupBy: StatisticDimension[],
    plan: MonthlyPlan,
  ): Promise<Map<string, Atom[]>> {
    const keep = groupBy.filter(
      (d): d is PlainDimension => d !== 'pattern' && (TIME.includes(d) || d === 'district'),
    );
    const params: unknown[] = [plan.fromMonth, plan.toMonth, plan.dimensions];
    let where = 's.received_month BETWEEN $1 AND $2 AND s.dimension = ANY(CAST($3 AS smallint[]))';
    if (query.districtIds) {
      params.push(query.districtIds);
      where += ` AND s.district_id = ANY(CAST($4 AS uuid[]))`;
    }
    const select = [
      ...keep.map((d, i) => `CAST(${DIMENSIONS[d].sql} AS text) AS d${i}`),
      's.dimension AS dim',
      's.value AS v',
      'CAST(sum(s.cases) AS integer) AS n',
      `CAST(sum(s.key_sum) % ${RECORD_KEY_RANGE} AS integer) AS k`,
    ];
    const rows = await this.dataSource.query<Record<string, string | number>[]>(
      `SELECT ${select.join(', ')} FROM case_statistics_monthly s WHERE ${where}
       GROUP BY ${[...keep.map((_d, i) => `d${i}`), 'dim', 'v'].join(', ')}`,
      params,
    );
    const atoms = new Map<string, Atom[]>(
      plan.dimensions.map((d) => [monthlyOthers(d).join(','), []]),
    );
    for (const row of rows) {
      const n = Number(row.n);
      if (n <= 0) continue;
      const values: Partial<Record<StatisticDimension, string>> = {};
      keep.forEach((d, i) => (values[d] = DIMENSIONS[d].value(String(row[`d${i}`]))));
      const dim = Number(row.dim);
      const others = monthlyOthers(dim);
      const v = Number(row.v);
      const codes = others.length === 2 ? [Math.floor(v / 16), v % 16] : [v];
      others.forEach((d, i) => (values[d] = decode(d, codes[i])));
      atoms.get(others.join(','))?.push({ values, n, k: Number(row.k) });
    }
    return atoms;
  }

  /** Every case of the period: the finest cells in one pass over case_statistics. */
  private async scan(
    query: StatisticQuery,
    groupBy: StatisticDimension[],
  ): Promise<{ cases: Atom[]; pairs: Atom[] }> {
    const plain = groupBy.filter((d): d is PlainDimension => d !== 'pattern');
    const withPattern = groupBy.includes('pattern');
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.from) where.push(`s.received_at >= CAST(${add(query.from)} AS date)`);
    if (query.to) where.push(`s.received_at <= CAST(${add(query.to)} AS date)`);
    if (query.districtIds) {
      where.push(`s.district_id = ANY(CAST(${add(query.districtIds)} AS uuid[]))`);
    }
    if (query.contractTerminated !== undefined) {
      where.push(`s.contract_terminated = ${add(query.contractTerminated)}`);
    }
    const key = `CAST(s.record_key AS bigint)`;
    const select = [
      ...plain.map((d, i) => `CAST(${DIMENSIONS[d].sql} AS text) AS d${i}`),
      'count(*)::int AS n',
      `CAST(sum(${key}) % ${RECORD_KEY_RANGE} AS integer) AS k`,
      ...(withPattern
        ? PATTERNS.flatMap(([, bit]) => [
            `(count(*) FILTER (WHERE s.patterns & ${1 << bit} <> 0))::int AS n${bit}`,
            `CAST(coalesce(sum(${key}) FILTER (WHERE s.patterns & ${1 << bit} <> 0), 0) % ${RECORD_KEY_RANGE} AS integer) AS k${bit}`,
          ])
        : []),
    ];
    const rows = await this.dataSource.query<Record<string, string | number>[]>(
      `SELECT ${select.join(', ')} FROM case_statistics s
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ${plain.length ? `GROUP BY ${plain.map((_d, i) => `d${i}`).join(', ')}` : ''}`,
      params,
    );
    // The finest cells: per case (all plain dimensions) and per case and pattern.
    const cases: Atom[] = [];
    const pairs: Atom[] = [];
    for (const row of rows) {
      const values: Partial<Record<StatisticDimension, string>> = {};
      plain.forEach((d, i) => (values[d] = DIMENSIONS[d].value(String(row[`d${i}`]))));
      if (Number(row.n) === 0) continue;
      cases.push({ values, n: Number(row.n), k: Number(row.k) });
      if (withPattern) {
        for (const [pattern, bit] of PATTERNS) {
          const n = Number(row[`n${bit}`]);
          if (n > 0) pairs.push({ values: { ...values, pattern }, n, k: Number(row[`k${bit}`]) });
        }
      }
    }
    return { cases, pairs };
  }
}

/** A finest cell: its values, number of cases and key sum. */
type Atom = { values: Partial<Record<StatisticDimension, string>>; n: number; k: number };

/** Every subset of `groupBy` as cells, added up from the finest cells `source` gives for it. */
function sumUp(
  groupBy: StatisticDimension[],
  source: (subset: StatisticDimension[]) => Atom[],
): StatisticCell[] {
  const subsets = groupBy.reduce<StatisticDimension[][]>(
    (all, d) => [...all, ...all.map((s) => [...s, d])],
    [[]],
  );
  const cells: StatisticCell[] = [];
  for (const subset of subsets) {
    const sums = new Map<string, StatisticCell>();
    for (const atom of source(subset)) {
      const values: Partial<Record<StatisticDimension, string>> = {};
      for (const d of subset) values[d] = atom.values[d];
      const id = JSON.stringify(subset.map((d) => values[d]));
      const cell = sums.get(id) ?? { values, count: 0, keySum: 0 };
      cell.count += atom.n;
      cell.keySum = (cell.keySum + atom.k) % RECORD_KEY_RANGE;
      sums.set(id, cell);
    }
    cells.push(...[...sums.values()].filter((c) => c.count > 0));
  }
  return cells;
}

const TIME: readonly StatisticDimension[] = ['year', 'schoolYear', 'quarter', 'month'];
const PATTERN_NAMES = new Map(PATTERNS.map(([name, bit]) => [bit, name]));

/** The other dimensions in the monthly table's order; pairs of them are dimensions 10 and up. */
const OTHERS: StatisticDimension[] = ['setting', 'providerType', 'status', 'channel', 'pattern'];
const PAIRS: [StatisticDimension, StatisticDimension][] = OTHERS.flatMap((a, i) =>
  OTHERS.slice(i + 1).map((b) => [a, b] as [StatisticDimension, StatisticDimension]),
);

/** The other dimensions a monthly dimension code covers, in OTHERS order. */
function monthlyOthers(code: number): StatisticDimension[] {
  if (code === 0) return [];
  if (code >= 10) return [...PAIRS[code - 10]];
  return [OTHERS[code - 1]];
}

/** The monthly dimension code of these other dimensions. */
function monthlyCode(others: StatisticDimension[]): number {
  if (others.length === 0) return 0;
  if (others.length === 1) return OTHERS.indexOf(others[0]) + 1;
  const [a, b] = [...others].sort((x, y) => OTHERS.indexOf(x) - OTHERS.indexOf(y));
  return 10 + PAIRS.findIndex(([x, y]) => x === a && y === b);
}

/** The other dimensions of a subset, as the key of its atoms. */
function coveredOthers(subset: StatisticDimension[]): string {
  return OTHERS.filter((d) => subset.includes(d)).join(',');
}

function decode(dimension: StatisticDimension, code: number): string {
  if (dimension === 'pattern') return PATTERN_NAMES.get(code) ?? String(code);
  return DIMENSIONS[dimension].value(String(code));
}

interface MonthlyPlan {
  /** The monthly dimension codes to read: all cases, each other dimension, their pair. */
  dimensions: number[];
  fromMonth: number;
  toMonth: number;
  /** The days of partly covered months, counted from case_statistics. */
  edges: { from: string; to: string }[];
}

/**
 * Whether the monthly table answers the query: at most one time dimension, no filter on
 * terminations, and at least one whole month.
 */
function monthlyPlan(query: StatisticQuery, groupBy: StatisticDimension[]): MonthlyPlan | null {
  if (query.contractTerminated !== undefined || !query.from || !query.to) return null;
  const others = groupBy.filter((d) => !TIME.includes(d) && d !== 'district');
  if (groupBy.filter((d) => TIME.includes(d)).length > 1) return null;
  const first =
    firstOfMonth(query.from) === query.from ? monthIndex(query.from) : monthIndex(query.from) + 1;
  const last = isLastOfMonth(query.to) ? monthIndex(query.to) : monthIndex(query.to) - 1;
  if (first > last) return null;
  const edges: { from: string; to: string }[] = [];
  if (monthIndex(query.from) < first) edges.push({ from: query.from, to: lastOfMonth(query.from) });
  if (monthIndex(query.to) > last) edges.push({ from: firstOfMonth(query.to), to: query.to });
  return {
    dimensions: [
      0,
      ...others.map((d) => monthlyCode([d])),
      ...(others.length === 2 ? [monthlyCode(others)] : []),
    ],
    fromMonth: first,
    toMonth: last,
    edges,
  };
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function lastOfMonth(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function isLastOfMonth(day: string): boolean {
  return lastOfMonth(day) === day;
}

/** A case's summary row as the monthly table needs it. */
interface SummaryRow {
  received_month: number;
  district_id: string;
  setting: number;
  provider_type: number;
  status: number;
  channel: number;
  patterns: number;
  record_key: number;
}

/** The monthly cells a case counts in, with `sign` 1 (added) or -1 (taken away). */
function monthlyCells(
  row: SummaryRow,
  sign: 1 | -1,
): [number, string, number, number, number, number][] {
  const month = Number(row.received_month);
  const key = sign * Number(row.record_key);
  const cells: [number, string, number, number, number, number][] = [
    [month, row.district_id, 0, 0, sign, key],
    [month, row.district_id, 1, Number(row.setting), sign, key],
    [month, row.district_id, 2, Number(row.provider_type), sign, key],
    [month, row.district_id, 3, Number(row.status), sign, key],
    [month, row.district_id, 4, Number(row.channel), sign, key],
  ];
  const bits = PATTERNS.map(([, bit]) => bit).filter((bit) => Number(row.patterns) & (1 << bit));
  const codes: Record<string, number[]> = {
    setting: [Number(row.setting)],
    providerType: [Number(row.provider_type)],
    status: [Number(row.status)],
    channel: [Number(row.channel)],
    pattern: bits,
  };
  for (const bit of bits) cells.push([month, row.district_id, 5, bit, sign, key]);
  PAIRS.forEach(([a, b], i) => {
    for (const ca of codes[a]) {
      for (const cb of codes[b])
        cells.push([month, row.district_id, 10 + i, ca * 16 + cb, sign, key]);
    }
  });
  return cells;
}

/**
 * Adds the changes to case_statistics_monthly in one statement, in key order (concurrent
 * writes lock the rows in the same order, so they cannot deadlock).
 */
async function applyToMonthly(
  m: EntityManager,
  changes: [number, string, number, number, number, number][],
): Promise<void> {
  const merged = new Map<string, [number, string, number, number, number, number]>();
  for (const c of changes) {
    const id = `${c[0]}|${c[1]}|${c[2]}|${c[3]}`;
    const seen = merged.get(id);
    if (seen) {
      seen[4] += c[4];
      seen[5] += c[5];
    } else merged.set(id, [...c]);
  }
  const rows = [...merged.values()]
    .filter((c) => c[4] !== 0 || c[5] !== 0)
    .sort(
      (a, b) =>
        a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2] || a[3] - b[3],
    );
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const values = rows.map((r) => {
    const at = params.length;
    params.push(...r);
    return `(CAST($${at + 1} AS smallint), CAST($${at + 2} AS uuid), CAST($${at + 3} AS smallint), CAST($${at + 4} AS smallint), CAST($${at + 5} AS integer), CAST($${at + 6} AS bigint))`;
  });
  const range = RECORD_KEY_RANGE;
  await m.query(
    `INSERT INTO case_statistics_monthly AS t (received_month, district_id, dimension, value, cases, key_sum)
     VALUES ${values.join(', ')}
     ON CONFLICT (received_month, district_id, dimension, value) DO UPDATE SET
       cases = t.cases + EXCLUDED.cases,
       key_sum = ((t.key_sum + EXCLUDED.key_sum) % ${range} + ${range}) % ${range}`,
    params,
  );
}

const COLUMNS: Record<string, string> = {
  setting: 'setting',
  providerType: 'provider_type',
  status: 'status',
  channel: 'channel',
};

/** One part of the fill: the rows of one monthly dimension code. */
function fillPart(code: number): string {
  const others = monthlyOthers(code);
  const pattern = others.includes('pattern');
  const plain = others.filter((d) => d !== 'pattern').map((d) => `s.${COLUMNS[d]}`);
  const value =
    others.length === 0
      ? '0'
      : others.length === 1
        ? (plain[0] ?? 'b')
        : `${plain[0]} * 16 + ${plain[1] ?? 'b'}`;
  const from = pattern
    ? 'case_statistics s CROSS JOIN generate_series(0, 5) AS b WHERE s.patterns & (1 << b) <> 0'
    : 'case_statistics s';
  return `SELECT s.received_month, s.district_id, CAST(${code} AS smallint) AS dimension, CAST(${value} AS smallint) AS value, s.record_key FROM ${from}`;
}

/** Fills case_statistics_monthly from case_statistics (after a bulk load, as the migrations do). */
export const MONTHLY_FROM_SUMMARY_SQL = `INSERT INTO case_statistics_monthly (received_month, district_id, dimension, value, cases, key_sum)
  SELECT received_month, district_id, dimension, value, count(*), sum(CAST(record_key AS bigint)) % ${RECORD_KEY_RANGE}
  FROM (${[0, 1, 2, 3, 4, 5, ...PAIRS.map((_p, i) => 10 + i)].map(fillPart).join('\n    UNION ALL ')}) x
  GROUP BY received_month, district_id, dimension, value`;
