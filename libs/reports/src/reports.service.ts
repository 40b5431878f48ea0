import { Injectable } from '@nestjs/common';
import { AuditService } from '@teilhabe/audit';
import { districtScope } from '@teilhabe/auth';
import { CaseStatistics, type StatisticDimension } from '@teilhabe/cases';
import { type Actor, todayInBerlin } from '@teilhabe/common';
import { DistrictsService } from '@teilhabe/districts';
import { layOut } from './case-counts';
import { type ChartDatum } from './chart/report-chart';
import { type ReportDocument } from './render/report-pdf';
import { crossTable, labelLookup, reportTable } from './render/report-table';
import { type CaseCountsQueryDto, type ReportPeriodDto } from './dto/case-counts-query.dto';
import { PERTURBATION_TABLE_VERSION } from './perturbation-table';
import {
  type ReferenceCount,
  ReferencePopulations,
} from './reference/reference-populations.service';
import {
  DIMENSION_LABELS,
  FIXED_CATEGORIES,
  periodValues,
  TIME_DIMENSIONS,
  valueLabel,
} from './report-labels';
import { noDimension, periodReversed, periodTooLong } from './reports.exception';
import {
  type CaseCountReportView,
  type ReportLabelView,
  type ReportReferenceView,
  type ReportRowView,
} from './reports.views';

/** The longest period a report may cover (keeps monthly layouts readable). */
const MAX_YEARS = 10;

export const PROTECTED_NOTE =
  'Zum Schutz der Kinder sind die Zahlen nach dem Cell-Key-Verfahren der statistischen Ämter ' +
  '(wie beim Zensus 2022) leicht verändert: Kein Feld zeigt 1 oder 2; kleine Zahlen erscheinen ' +
  'als 0 oder 3 bis 5, größere weichen um höchstens 2 ab. Summen sind eigenständig geschützt und ' +
  'können von der Summe der Felder abweichen. Dieselben Fälle ergeben in jedem Bericht denselben Wert.';

export const EXACT_NOTE =
  'Genaue Zahlen der eigenen Jugendamtsbezirke, nur für den Dienstgebrauch: ' +
  'nicht an Ausschüsse weitergeben (diese erhalten geschützte Zahlen).';

export interface BuildOptions {
  /** Protected counts whoever asks (what goes to a committee). */
  protect?: boolean;
  /** Only cases whose contract was terminated. */
  contractTerminated?: boolean;
}

export interface ResolvedPeriod {
  from: string;
  to: string;
  districtId: string | null;
  /** The districts counted: null for all. */
  districtIds: string[] | null;
  protect: boolean;
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly statistics: CaseStatistics,
    private readonly districts: DistrictsService,
    private readonly audit: AuditService,
    private readonly references: ReferencePopulations,
  ) {}

  /**
   * Who sees what: committees all districts, protected; caseworkers and team leads their own
   * districts, exact.
   */
  resolve(query: ReportPeriodDto, actor: Actor, options: BuildOptions = {}): ResolvedPeriod {
    const today = todayInBerlin();
    const from = query.from ?? `${today.slice(0, 4)}-01-01`;
    const to = query.to ?? today;
    if (to < from) throw periodReversed();
    if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) >= MAX_YEARS) {
      throw periodTooLong(MAX_YEARS);
    }
    const protect = options.protect === true || actor.role === 'committee';
    const scope = protect ? null : districtScope(actor);
    const districtId = query.districtId ?? null;
    let districtIds: string[] | null = scope;
    if (districtId) districtIds = scope && !scope.includes(districtId) ? [] : [districtId];
    return { from, to, districtId, districtIds, protect };
  }

  /** The case counts as the JSON report; writes the export to the audit log. */
  async caseCounts(query: CaseCountsQueryDto, actor: Actor): Promise<CaseCountReportView> {
    const report = await this.build(query, actor);
    await this.recordExport(actor, 'report.case_counts', query.format ?? 'json', report);
    return report;
  }

  async recordExport(
    actor: Actor,
    action: string,
    format: string,
    report: Pick<CaseCountReportView, 'groupBy' | 'from' | 'to' | 'districtId' | 'protection'>,
  ): Promise<void> {
    await this.audit.record(actor, {
      action,
      recordType: 'report',
      details: {
        format,
        groupBy: report.groupBy,
        from: report.from,
        to: report.to,
        districtId: report.districtId,
        protection: report.protection,
        ...(report.protection === 'cell_key'
          ? { perturbationTable: PERTURBATION_TABLE_VERSION }
          : {}),
      },
    });
  }

  /** The report without recording it (each export records itself). */
  async build(
    query: Pick<CaseCountsQueryDto, 'groupBy' | 'from' | 'to' | 'districtId' | 'compare'>,
    actor: Actor,
    options: BuildOptions = {},
  ): Promise<CaseCountReportView> {
    const report = await this.buildOne(query, actor, options);
    if (query.compare !== 'previousYear') return report;
    // The same cells a year earlier: a report of its own, so each value is the one that
    // report publishes (the same cell keys, nothing new to difference).
    const previous = await this.buildOne(
      { ...query, from: yearEarlier(report.from), to: yearEarlier(report.to) },
      actor,
      options,
    );
    const dims = report.groupBy as StatisticDimension[];
    const id = (row: ReportRowView, shift: number) =>
      JSON.stringify(dims.map((d) => (row[d] === undefined ? null : shiftYear(d, row[d], shift))));
    const before = new Map(
      [...previous.rows, ...previous.totals].map((r) => [id(r, 0), r.count] as const),
    );
    const withPrevious = (row: ReportRowView): ReportRowView => ({
      ...row,
      previousCount: before.get(id(row, -1)) ?? null,
    });
    return {
      ...report,
      rows: report.rows.map(withPrevious),
      totals: report.totals.map(withPrevious),
    };
  }

  private async buildOne(
    query: Pick<CaseCountsQueryDto, 'groupBy' | 'from' | 'to' | 'districtId'>,
    actor: Actor,
    options: BuildOptions,
  ): Promise<CaseCountReportView> {
    const groupBy = [...new Set(query.groupBy)];
    if (groupBy.length === 0) throw noDimension();
    const period = this.resolve(query, actor, options);
    const districts = (await this.districts.list()).filter(
      (d) => period.districtIds === null || period.districtIds.includes(d.id),
    );
    const categories = new Map<StatisticDimension, readonly string[]>();
    for (const d of groupBy) {
      if (TIME_DIMENSIONS.includes(d)) categories.set(d, periodValues(d, period.from, period.to));
      else if (d === 'district')
        categories.set(
          d,
          districts.map((x) => x.id),
        );
      else categories.set(d, FIXED_CATEGORIES[d] ?? []);
    }
    const cells =
      period.districtIds?.length === 0
        ? []
        : await this.statistics.count({
            groupBy,
            from: period.from,
            to: period.to,
            districtIds: period.districtIds,
            contractTerminated: options.contractTerminated,
          });
    const { rows, totals } = layOut(groupBy, categories, cells, period.protect);
    const codes = new Map(districts.map((d) => [d.id, d]));
    const population = groupBy.includes('district')
      ? await this.references.forYear(
          districts.map((d) => d.id),
          Number(period.to.slice(0, 4)),
        )
      : new Map<string, ReferenceCount>();
    const rated = population.size > 0;
    // All districts together only where every one of them has a count.
    const allChildren =
      population.size === districts.length
        ? [...population.values()].reduce((sum, p) => sum + p.children, 0)
        : null;
    const toRow = (values: Partial<Record<StatisticDimension, string>>, count: number) => {
      const row: ReportRowView = { count };
      for (const [d, v] of Object.entries(values) as [StatisticDimension, string][]) {
        row[d] = d === 'district' ? (codes.get(v)?.code ?? v) : v;
      }
      if (rated) {
        const children =
          values.district === undefined
            ? allChildren
            : (population.get(values.district)?.children ?? null);
        row.per10000 = children === null ? null : per10000(count, children);
      }
      return row;
    };
    const labels: ReportLabelView[] = groupBy.flatMap((d) =>
      (categories.get(d) ?? []).map((v) =>
        d === 'district'
          ? { dimension: d, value: codes.get(v)?.code ?? v, label: codes.get(v)?.name ?? v }
          : { dimension: d, value: v, label: valueLabel(d, v) },
      ),
    );
    return {
      title: `Beschwerden nach ${groupBy.map((d) => DIMENSION_LABELS[d]).join(' und ')}`,
      groupBy,
      from: period.from,
      to: period.to,
      districtId: period.districtId,
      protection: period.protect ? 'cell_key' : 'exact',
      rows: rows.map((r) => toRow(r.values, r.count)),
      totals: totals.map((r) => toRow(r.values, r.count)),
      labels,
      note: period.protect ? PROTECTED_NOTE : EXACT_NOTE,
      reference: rated ? referenceOf(population, districts.length) : null,
      generatedAt: new Date().toISOString(),
    };
  }

  /**
   * The committee's report as a document: the requested table, then cases per pattern (chart),
   * the trend per quarter (chart) and cases per district (chart), all protected alike.
   */
  async committeePack(
    query: Pick<CaseCountsQueryDto, 'groupBy' | 'from' | 'to' | 'districtId'>,
    actor: Actor,
    main: CaseCountReportView,
  ): Promise<ReportDocument> {
    const base = { from: main.from, to: main.to, districtId: query.districtId };
    const one = (groupBy: StatisticDimension) => this.build({ ...base, groupBy: [groupBy] }, actor);
    const [byPattern, byQuarter, byDistrict] = await Promise.all([
      one('pattern'),
      one('quarter'),
      one('district'),
    ]);
    return {
      title: 'Bericht an den Ausschuss: Ausschlüsse von Kindern mit Behinderung',
      subtitle: `${main.title}, Eingang ${germanDate(main.from)} bis ${germanDate(main.to)}`,
      dated: `Stand: ${germanDate(main.generatedAt.slice(0, 10))}`,
      note: main.note,
      sections: [
        {
          heading: main.title,
          table: crossTable(main),
          ...(main.reference ? { paragraphs: [main.reference.note] } : {}),
        },
        {
          heading: 'Fälle nach Ausschlussmuster',
          paragraphs: ['Ein Fall kann mehrere Muster zeigen; die Summe zählt jeden Fall einmal.'],
          chart: { kind: 'bar', title: 'Fälle nach Ausschlussmuster', data: chartData(byPattern) },
        },
        {
          heading: 'Entwicklung nach Quartal',
          chart: { kind: 'line', title: 'Fälle je Quartal', data: chartData(byQuarter) },
          table: reportTable(byQuarter),
        },
        {
          heading: 'Fälle nach Jugendamtsbezirk',
          chart: { kind: 'bar', title: 'Fälle je Jugendamtsbezirk', data: chartData(byDistrict) },
          // With children per district loaded: the rates beside the counts.
          ...(byDistrict.reference
            ? { paragraphs: [byDistrict.reference.note], table: reportTable(byDistrict) }
            : {}),
        },
      ],
    };
  }
}

/** Cases per 10,000 children, to one decimal. */
export function per10000(count: number, children: number): number {
  return Math.round((count * 100_000) / children) / 10;
}

function referenceOf(
  population: Map<string, ReferenceCount>,
  districts: number,
): ReportReferenceView {
  const years = [...new Set([...population.values()].map((p) => p.year))].sort();
  const missing = districts - population.size;
  return {
    years,
    missing,
    note:
      `Fälle je 10.000 Kinder: bezogen auf die Kinderzahl der Jugendamtsbezirke ` +
      `(Stand ${years.join(', ')})` +
      (missing > 0
        ? `; für ${missing === 1 ? 'einen Bezirk' : `${missing} Bezirke`} ist keine Kinderzahl geladen.`
        : '.'),
  };
}

/** A one-dimensional report as chart data (its rows, labelled). */
export function chartData(report: CaseCountReportView): ChartDatum[] {
  const label = labelLookup(report);
  const d = report.groupBy[0] as StatisticDimension;
  return report.rows.map((r) => ({ label: label(d, r[d]), count: r.count ?? 0 }));
}

const DATE = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });

/** 2026-03-31 as "31. März 2026". */
export function germanDate(day: string): string {
  return DATE.format(new Date(`${day}T00:00:00Z`));
}

/** The same day a year earlier (29 February becomes 28 February). */
export function yearEarlier(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const rest = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4);
  return `${year}${rest}`;
}

/** A value of a time dimension moved by `years`; other values stay as they are. */
function shiftYear(dimension: StatisticDimension, value: string, years: number): string {
  if (years === 0) return value;
  switch (dimension) {
    case 'year':
    case 'schoolYear':
      return String(Number(value) + years);
    case 'quarter':
    case 'month':
      return `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
    case 'district':
    case 'setting':
    case 'pattern':
    case 'providerType':
    case 'status':
    case 'channel':
      return value;
  }
}
