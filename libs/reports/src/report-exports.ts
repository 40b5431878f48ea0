import { Injectable } from '@nestjs/common';
import { type Actor } from '@teilhabe/common';
import { type CaseCountsQueryDto, type InquiryAnswerQueryDto } from './dto/case-counts-query.dto';
import { InquiryAnswers } from './inquiry-answer';
import { reportCsv } from './render/report-csv';
import { reportPdf } from './render/report-pdf';
import { reportTable } from './render/report-table';
import { reportXlsx } from './render/report-xlsx';
import { type ReportFile } from './reports.controller';
import { ReportsService } from './reports.service';
import { type CaseCountReportView } from './reports.views';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Each format of a report; every export is written to the audit log. */
@Injectable()
export class ReportExports {
  constructor(
    private readonly reports: ReportsService,
    private readonly inquiries: InquiryAnswers,
  ) {}

  async caseCounts(
    query: CaseCountsQueryDto,
    actor: Actor,
  ): Promise<CaseCountReportView | ReportFile> {
    const format = query.format ?? 'json';
    const report = await this.reports.build(query, actor);
    const name = `fallzahlen-${report.groupBy.join('-')}-${report.from}-${report.to}`;
    const notes = [
      report.title,
      `Zeitraum ${report.from} bis ${report.to}`,
      report.note,
      ...(report.reference ? [report.reference.note] : []),
    ];
    let answer: CaseCountReportView | ReportFile;
    switch (format) {
      case 'json':
        answer = report;
        break;
      case 'csv':
        answer = {
          body: Buffer.from(reportCsv(reportTable(report), notes), 'utf8'),
          contentType: 'text/csv; charset=utf-8',
          fileName: `${name}.csv`,
        };
        break;
      case 'xlsx':
        answer = {
          body: await reportXlsx(report.title, reportTable(report), notes.slice(1)),
          contentType: XLSX,
          fileName: `${name}.xlsx`,
        };
        break;
      case 'pdf':
        answer = {
          body: await reportPdf(await this.reports.committeePack(query, actor, report)),
          contentType: 'application/pdf',
          fileName: `${name}.pdf`,
        };
        break;
    }
    await this.reports.recordExport(actor, 'report.case_counts', format, report);
    return answer;
  }

  async inquiryAnswer(query: InquiryAnswerQueryDto, actor: Actor): Promise<ReportFile> {
    const format = query.format ?? 'pdf';
    const file = await this.inquiries.render(query, actor, format);
    await this.reports.recordExport(actor, 'report.inquiry_answer', format, file.report);
    return file;
  }
}
