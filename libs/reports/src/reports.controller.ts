import { Controller, Get, Header, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor } from '@teilhabe/common';
import { type Response } from 'express';
import { CaseCountsQueryDto, InquiryAnswerQueryDto } from './dto/case-counts-query.dto';
import { ReportExports } from './report-exports';
import { CaseCountReportView } from './reports.views';

/** Committees see protected counts; caseworkers and team leads exact ones of their districts. */
@ApiTags('reports')
@Roles('committee', 'team_lead', 'caseworker')
@Controller('reports')
export class ReportsController {
  constructor(private readonly exports: ReportExports) {}

  @Get('case-counts')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Case counts grouped by one or two dimensions, as JSON, CSV, XLSX or PDF',
  })
  @ApiProduces(
    'application/json',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/pdf',
  )
  @ApiOkResponse({ type: CaseCountReportView })
  async caseCounts(
    @Query() query: CaseCountsQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseCountReportView | StreamableFile> {
    const file = await this.exports.caseCounts(query, actor);
    if (!('body' in file)) return file;
    return send(res, file);
  }

  /** A draft answer to a committee's inquiry for the period, to edit (DOCX) or read (PDF). */
  @Get('inquiry-answer')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'A German draft answer to an inquiry like 15/99, as PDF or DOCX' })
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOkResponse({ description: 'The draft answer', schema: { type: 'string', format: 'binary' } })
  async inquiryAnswer(
    @Query() query: InquiryAnswerQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return send(res, await this.exports.inquiryAnswer(query, actor));
  }
}

export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

function send(res: Response, file: ReportFile): StreamableFile {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  return new StreamableFile(file.body);
}
