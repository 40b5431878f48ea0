import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@teilhabe/audit';
import { type Actor, DomainException, InvalidInputException } from '@teilhabe/common';
import { DistrictsService } from '@teilhabe/districts';
import { type DataSource, In } from 'typeorm';
import { ReferencePopulation } from '../entities/reference-population.entity';
import { ReportsErrorCode } from '../reports.exception';
import { parseReferenceCsv } from './reference-csv';
import { type ReferenceImportView, type ReferencePopulationView } from './reference.views';

/** A district's children in the year a report uses for it. */
export interface ReferenceCount {
  year: number;
  children: number;
}

/** The children per district that reports divide by ("cases per 10,000 children"). */
@Injectable()
export class ReferencePopulations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly districts: DistrictsService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ReferencePopulationView[]> {
    const [rows, districts] = await Promise.all([
      this.dataSource.manager.find(ReferencePopulation, { order: { year: 'DESC' } }),
      this.districts.list(),
    ]);
    const order = new Map(districts.map((d, i) => [d.id, i]));
    const byId = new Map(districts.map((d) => [d.id, d]));
    return rows
      .sort((a, b) => b.year - a.year || order.get(a.districtId)! - order.get(b.districtId)!)
      .map((r) => ({
        district: byId.get(r.districtId)!.code,
        districtName: byId.get(r.districtId)!.name,
        year: r.year,
        children: r.children,
        importedAt: r.importedAt.toISOString(),
      }));
  }

  /**
   * Loads a CSV (Bezirk;Jahr;Kinder): every row or none. A district and year loaded before gets
   * the new count (a corrected table replaces the old one).
   */
  async importCsv(bytes: Buffer | undefined, actor: Actor): Promise<ReferenceImportView> {
    if (!bytes || bytes.length === 0) {
      throw new InvalidInputException([
        {
          field: 'file',
          code: 'required',
          message: 'fehlt: eine CSV-Datei im Feld „file“ oder ein Anfragetext vom Typ text/csv.',
        },
      ]);
    }
    const parsed = parseReferenceCsv(bytes, await this.districts.list());
    if (parsed.errors.length > 0) {
      throw new DomainException(
        'invalid',
        ReportsErrorCode.ReferenceCsvInvalid,
        `Die CSV-Datei hat ${parsed.errors.length === 1 ? 'einen Fehler' : `${parsed.errors.length} Fehler`}; nichts wurde geladen.`,
        parsed.errors.map((e) => ({
          field: `line ${e.line}: ${e.field}`,
          code: 'csv_row',
          message: `Zeile ${e.line}, ${e.field}: ${e.message}`,
        })),
        { rows: parsed.errors },
      );
    }
    await this.dataSource.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(ReferencePopulation)
        .values(
          parsed.rows.map(({ districtId, year, children }) => ({ districtId, year, children })),
        )
        .orUpdate(['children', 'imported_at'], ['district_id', 'year'])
        .execute();
      await this.audit.record(
        actor,
        {
          action: 'report.reference_import',
          recordType: 'reference_population',
          details: {
            rows: parsed.rows.length,
            years: [...new Set(parsed.rows.map((r) => r.year))].sort(),
          },
        },
        m,
      );
    });
    return { imported: parsed.rows.length, items: await this.list() };
  }

  /** Removes a year's counts (loaded by mistake); 404 when none were loaded. */
  async removeYear(year: number, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const result = await m.delete(ReferencePopulation, { year });
      if (!result.affected) {
        throw new DomainException(
          'not_found',
          ReportsErrorCode.ReferenceYearNotFound,
          `Für ${year} sind keine Kinderzahlen geladen.`,
        );
      }
      await this.audit.record(
        actor,
        {
          action: 'report.reference_remove',
          recordType: 'reference_population',
          details: { year, rows: result.affected },
        },
        m,
      );
    });
  }

  /**
   * For each district, its count of the latest year loaded up to `year` (a report of 2026 uses
   * 2025's figures until 2026's are published); districts without one are missing.
   */
  async forYear(districtIds: string[], year: number): Promise<Map<string, ReferenceCount>> {
    if (districtIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(ReferencePopulation, 'r')
      .distinctOn(['r.district_id'])
      .where({ districtId: In(districtIds) })
      .andWhere('r.year <= :year', { year })
      .orderBy('r.district_id')
      .addOrderBy('r.year', 'DESC')
      .getMany();
    return new Map(rows.map((r) => [r.districtId, { year: r.year, children: r.children }]));
  }
}
