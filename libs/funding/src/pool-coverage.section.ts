import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor } from '@teilhabe/common';
import { DistrictsService } from '@teilhabe/districts';
import { type InquiryPeriod, InquirySections, type ReportSection } from '@teilhabe/reports';
import { DataSource } from 'typeorm';
import { SchoolsService } from './schools.service';

/** The school year (1 August to 31 July) a date (YYYY-MM-DD) falls in: "2025/2026". */
export function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 8 ? year : year - 1;
  return `${start}/${start + 1}`;
}

/**
 * The inquiry answer's part on pool models: per district, how many of its schools of
 * Gemeinsames Lernen are in a pool model in the school year the period ends in. Schools, not
 * children: nothing here needs protecting.
 */
@Injectable()
export class PoolCoverageSection implements OnModuleInit {
  constructor(
    private readonly sections: InquirySections,
    private readonly schools: SchoolsService,
    private readonly districts: DistrictsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sections.register({ order: 10, section: (period, actor) => this.section(period, actor) });
  }

  async section(period: InquiryPeriod, _actor: Actor): Promise<ReportSection | null> {
    const schoolYear = schoolYearOf(period.to);
    const ids = period.districtId
      ? [period.districtId]
      : (
          await this.dataSource.query<{ district_id: string }[]>(
            `SELECT DISTINCT district_id FROM funding_schools WHERE common_learning`,
          )
        ).map((r) => r.district_id);
    const names = await this.districts.names(ids);
    const rows: (string | number)[][] = [];
    for (const id of ids) {
      const c = await this.schools.coverage(id, schoolYear);
      if (c.commonLearningSchools === 0) continue;
      const share = Math.round((100 * c.schoolsInPoolModel) / c.commonLearningSchools);
      rows.push([names.get(id) ?? id, c.schoolsInPoolModel, c.commonLearningSchools, `${share} %`]);
    }
    rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'de'));
    return {
      heading: `Pool-Modelle: Abdeckung der Schulen des Gemeinsamen Lernens (Schuljahr ${schoolYear})`,
      paragraphs: [
        rows.length > 0
          ? 'Schulen des Gemeinsamen Lernens, die im Schuljahr zu einem aus der Inklusionspauschale finanzierten Pool-Modell gehören (Poolassistenz kann einspringen, wenn die individuelle Schulbegleitung fehlt). Gezählt werden Schulen, nicht Kinder.'
          : `Für das Schuljahr ${schoolYear} sind keine Schulen des Gemeinsamen Lernens erfasst.`,
      ],
      ...(rows.length > 0
        ? {
            table: {
              headings: ['Jugendamtsbezirk', 'Schulen im Pool-Modell', 'Schulen des GL', 'Anteil'],
              rows,
            },
          }
        : {}),
    };
  }
}
