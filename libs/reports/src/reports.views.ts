import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STATISTIC_DIMENSIONS } from '@teilhabe/cases';

const nullableCount = {
  type: Number,
  nullable: true,
  description:
    'the number of cases; for committees the protected (published) value, never 1 or 2; null: not published',
} as const;

/** One cell of a report: its value of each grouped dimension and the count. */
export class ReportRowView {
  @ApiPropertyOptional({ example: '2026' }) year?: string;
  @ApiPropertyOptional({ example: '2025', description: 'the year the school year begins' })
  schoolYear?: string;
  @ApiPropertyOptional({ example: '2026-Q1' }) quarter?: string;
  @ApiPropertyOptional({ example: '2026-03' }) month?: string;
  @ApiPropertyOptional({ example: 'koeln', description: 'district code' }) district?: string;
  @ApiPropertyOptional({ example: 'kita' }) setting?: string;
  @ApiPropertyOptional({ example: 'absence_exclusion' }) pattern?: string;
  @ApiPropertyOptional({ example: 'free' }) providerType?: string;
  @ApiPropertyOptional({ example: 'resolved' }) status?: string;
  @ApiPropertyOptional({ example: 'phone' }) channel?: string;
  @ApiProperty(nullableCount) count!: number | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description:
      'with compare=previousYear: the same cell a year earlier (protected alike for committees)',
  })
  previousCount?: number | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 12.4,
    description:
      'where children per district are loaded and the report is grouped by district: cases per 10,000 children (one decimal), from the published count; null where no count is loaded for a district of the cell',
  })
  per10000?: number | null;
}

/** Which children counts a report divided by. */
export class ReportReferenceView {
  @ApiProperty({ type: [Number], example: [2025], description: 'the years of the counts used' })
  years!: number[];
  @ApiProperty({ description: 'districts of the report without a count (their rate is null)' })
  missing!: number;
  @ApiProperty({ description: 'what the rate means, in German' }) note!: string;
}

/** The German label of one value of a dimension. */
export class ReportLabelView {
  @ApiProperty({ enum: STATISTIC_DIMENSIONS }) dimension!: string;
  @ApiProperty({ example: 'koeln' }) value!: string;
  @ApiProperty({ example: 'Köln' }) label!: string;
}

export class CaseCountReportView {
  @ApiProperty({ example: 'Beschwerden nach Jugendamtsbezirk und Ausschlussmuster' })
  title!: string;
  @ApiProperty({ enum: STATISTIC_DIMENSIONS, isArray: true }) groupBy!: string[];
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) districtId!: string | null;
  @ApiProperty({
    enum: ['cell_key', 'exact'],
    description: 'cell_key: protected counts (committees); exact: the own districts (office)',
  })
  protection!: 'cell_key' | 'exact';
  @ApiProperty({ type: [ReportRowView], description: 'every cell of the fixed layout' })
  rows!: ReportRowView[];
  @ApiProperty({
    type: [ReportRowView],
    description:
      'row, column and grand totals, each counted (and protected) as a cell of its own: a total is not the sum of the published cells',
  })
  totals!: ReportRowView[];
  @ApiProperty({ type: [ReportLabelView] }) labels!: ReportLabelView[];
  @ApiProperty({ description: 'how the counts are protected, in German' }) note!: string;
  @ApiProperty({
    type: ReportReferenceView,
    nullable: true,
    description:
      'set when the report is grouped by district and children per district are loaded: rows carry per10000',
  })
  reference!: ReportReferenceView | null;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
}
