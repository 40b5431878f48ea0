import { DateField, EnumField, EnumListField, UuidField } from '@teilhabe/common';
import { STATISTIC_DIMENSIONS, type StatisticDimension } from '@teilhabe/cases';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_COMPARISONS = ['previousYear'] as const;
export type ReportComparison = (typeof REPORT_COMPARISONS)[number];

export const INQUIRY_FORMATS = ['pdf', 'docx'] as const;
export type InquiryFormat = (typeof INQUIRY_FORMATS)[number];

export class ReportPeriodDto {
  @DateField({ optional: true, description: 'received on or after this day (default: 1 January)' })
  from?: string;

  @DateField({ optional: true, description: 'received on or before this day (default: today)' })
  to?: string;

  @UuidField({ optional: true, description: 'one district only' })
  districtId?: string;
}

export class CaseCountsQueryDto extends ReportPeriodDto {
  @EnumListField(STATISTIC_DIMENSIONS, {
    query: true,
    maxItems: 2,
    example: 'district,pattern',
    description: 'one or two dimensions, comma-separated',
  })
  groupBy!: StatisticDimension[];

  @EnumField(REPORT_FORMATS, { optional: true, description: 'json (default), csv, xlsx or pdf' })
  format?: ReportFormat;

  @EnumField(REPORT_COMPARISONS, {
    optional: true,
    description: 'previousYear: each cell also with the same cell a year earlier (previousCount)',
  })
  compare?: ReportComparison;
}

export class InquiryAnswerQueryDto extends ReportPeriodDto {
  @EnumField(INQUIRY_FORMATS, { optional: true, description: 'pdf (default) or docx' })
  format?: InquiryFormat;
}
