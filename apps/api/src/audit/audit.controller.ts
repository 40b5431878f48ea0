import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditQueryDto, AuditService, AuditView } from '@teilhabe/audit';
import { Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor, type Page, PageOf } from '@teilhabe/common';
import { type Response } from 'express';

/** Administrators read the audit log and export it. */
@ApiTags('audit')
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: PageOf(AuditView) })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditView>> {
    return this.audit.list(query);
  }

  @Get('export.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The filtered log as CSV (UTF-8, comma-separated, formula-safe)',
    schema: { type: 'string' },
  })
  async export(
    @Query() query: AuditQueryDto,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const lines = this.audit.exportCsv(query, actor);
    // Pull the first chunk before answering, so that a failure is still a proper error answer.
    const first = await lines.next();
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="audit-log.csv"');
    if (!first.done) res.write(first.value);
    for await (const chunk of lines) res.write(chunk);
    res.end();
  }
}
