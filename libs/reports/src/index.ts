// The public API of @teilhabe/reports: what other libraries and the apps use, and nothing more.
export { reportChartSpec, type ChartDatum, type ChartKind } from './chart/report-chart';
export { cellKey, possibleCounts, protectedCount } from './cell-key';
export {
  type InquiryPeriod,
  type InquirySectionProvider,
  InquirySections,
} from './inquiry-sections';
export { ReferencePopulation } from './entities/reference-population.entity';
export { PERTURBATION_TABLE, PERTURBATION_TABLE_VERSION } from './perturbation-table';
export { type ReportSection } from './render/report-pdf';
export { type ReportTable } from './render/report-table';
export { ReportsModule } from './reports.module';
export { ReportsService } from './reports.service';
export { CaseCountReportView, ReportLabelView, ReportRowView } from './reports.views';
