import { Injectable } from '@nestjs/common';
import { type Actor } from '@teilhabe/common';
import { type InquiryAnswerQueryDto, type InquiryFormat } from './dto/case-counts-query.dto';
import { InquirySections } from './inquiry-sections';
import { reportDocx } from './render/report-docx';
import { type ReportDocument, type ReportSection, reportPdf } from './render/report-pdf';
import { reportTable } from './render/report-table';
import { type ReportFile } from './reports.controller';
import { chartData, germanDate, PROTECTED_NOTE, ReportsService } from './reports.service';
import { type CaseCountReportView } from './reports.views';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A German draft answer to a committee's inquiry (like 15/99) for a period: the numbers it
 * asks for, always protected (it is written for the committee, whoever drafts it), over all
 * districts or the chosen one.
 */
@Injectable()
export class InquiryAnswers {
  constructor(
    private readonly reports: ReportsService,
    private readonly extra: InquirySections,
  ) {}

  async render(
    query: InquiryAnswerQueryDto,
    actor: Actor,
    format: InquiryFormat,
  ): Promise<ReportFile & { report: CaseCountReportView }> {
    const { document, report } = await this.compose(query, actor);
    const name = `antwort-anfrage-${report.from}-${report.to}`;
    return format === 'docx'
      ? { body: await reportDocx(document), contentType: DOCX, fileName: `${name}.docx`, report }
      : {
          body: await reportPdf(document),
          contentType: 'application/pdf',
          fileName: `${name}.pdf`,
          report,
        };
  }

  async compose(
    query: InquiryAnswerQueryDto,
    actor: Actor,
  ): Promise<{ document: ReportDocument; report: CaseCountReportView }> {
    // Whoever drafts it, it goes to a committee: protected counts of every district.
    const count = (
      groupBy: 'setting' | 'pattern' | 'providerType' | 'status',
      terminated?: boolean,
    ) =>
      this.reports.build(
        { from: query.from, to: query.to, districtId: query.districtId, groupBy: [groupBy] },
        actor,
        { protect: true, contractTerminated: terminated },
      );
    const bySetting = await count('setting');
    const byPattern = await count('pattern');
    const byProvider = await count('providerType');
    const terminations = await count('setting', true);
    const byStatus = await count('status');
    const total = (r: CaseCountReportView) => r.totals.find((t) => Object.keys(t).length === 1);
    const from = germanDate(bySetting.from);
    const to = germanDate(bySetting.to);
    const sections: ReportSection[] = [
      {
        heading: '1. Bekannt gewordene Ausschlüsse aus Kita und OGS',
        paragraphs: [
          `Vom ${from} bis zum ${to} sind beim Landesjugendamt insgesamt ${total(bySetting)?.count ?? 0} Beschwerden über den Ausschluss oder die Einschränkung der Betreuung von Kindern mit (drohender) Behinderung eingegangen. Sie verteilen sich wie folgt auf die Angebote:`,
        ],
        table: reportTable(bySetting),
      },
      {
        heading: '2. Art des Ausschlusses',
        paragraphs: [
          'Die Beschwerden nennen folgende Muster (eine Beschwerde kann mehrere nennen):',
        ],
        chart: {
          kind: 'bar',
          title: 'Beschwerden nach Ausschlussmuster',
          data: chartData(byPattern),
        },
        table: reportTable(byPattern),
      },
      {
        heading: '3. Trägerart',
        paragraphs: ['Nach der Art des Trägers der Einrichtung:'],
        table: reportTable(byProvider),
      },
      {
        heading: '4. Kündigungen von Betreuungsverträgen',
        paragraphs: [
          `In ${total(terminations)?.count ?? 0} der Fälle wurde der Betreuungsvertrag gekündigt. Das Landesjugendamt fordert in diesen Fällen die Stellungnahme der Fachberatung und die Gesprächsprotokolle mit den Eltern an.`,
        ],
        table: reportTable(terminations),
      },
      {
        heading: '5. Ausgang der Fälle',
        paragraphs: [
          '„Beratung angenommen“: der Träger hat die Beratung umgesetzt; „Auflage erteilt“: eine Auflage nach § 45 ff. SGB VIII; „Ohne Einigung abgeschlossen“: der Fall blieb ungelöst. Noch offene Fälle sind mit ihrem Bearbeitungsstand ausgewiesen.',
        ],
        table: reportTable(byStatus),
      },
      ...(
        await this.extra.sections(
          { from: bySetting.from, to: bySetting.to, districtId: bySetting.districtId },
          actor,
        )
      ).map((s, i) => ({ ...s, heading: `${6 + i}. ${s.heading}` })),
    ];
    return {
      report: bySetting,
      document: {
        title:
          'Entwurf: Antwort auf die Anfrage zum Ausschluss von Kindern mit Behinderung aus Kita und OGS',
        subtitle: `Zeitraum: ${from} bis ${to}${bySetting.districtId ? ' (ein Jugendamtsbezirk)' : ', alle Jugendamtsbezirke'}`,
        dated: `Stand: ${germanDate(bySetting.generatedAt.slice(0, 10))}`,
        note: PROTECTED_NOTE,
        sections,
      },
    };
  }
}
