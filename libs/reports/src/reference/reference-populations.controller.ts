import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  type PipeTransform,
  Post,
  Query,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@teilhabe/auth';
import {
  AcceptsContentTypes,
  type Actor,
  type CsvRequest,
  CsvUploadInterceptor,
  CurrentActor,
  InvalidInputException,
  MAX_CSV_BYTES,
  NoQueryPipe,
} from '@teilhabe/common';
import { ReferencePopulations } from './reference-populations.service';
import { ReferenceImportView, ReferencePopulationListView } from './reference.views';

/** A year in the path: four digits, else a 400 that names it. */
class YearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= 1990 && year <= 2100)) {
      throw new InvalidInputException([
        {
          field: 'year',
          code: 'isYear',
          message: 'muss ein Jahr sein (vierstellig, 1990 bis 2100).',
        },
      ]);
    }
    return year;
  }
}

/**
 * Children per district, the base of "cases per 10,000 children" in reports. Public statistics,
 * no personal data: everyone who reads reports may see them; administrators load them.
 */
@ApiTags('reports')
@Controller('reports/reference-populations')
export class ReferencePopulationsController {
  constructor(private readonly references: ReferencePopulations) {}

  @Get()
  @Roles('committee', 'team_lead', 'caseworker', 'admin')
  @ApiOkResponse({ type: ReferencePopulationListView })
  async list(@Query(NoQueryPipe) _query: object): Promise<ReferencePopulationListView> {
    return { items: await this.references.list() };
  }

  @Post()
  @Roles('admin')
  @HttpCode(201)
  @AcceptsContentTypes('multipart/form-data', 'text/csv')
  @UseInterceptors(CsvUploadInterceptor)
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description: `Children per district (at most ${MAX_CSV_BYTES / 1024 / 1024} MB): semicolons, columns Bezirk;Jahr;Kinder, the district by its code or name, counts as 12.345 or 12345, UTF-8 or Windows-1252. As the body (text/csv) or in the multipart field "file". A district and year loaded before gets the new count. Any bad row: 400 naming each line and field, nothing loaded.`,
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: ReferenceImportView })
  importCsv(
    @Body(NoQueryPipe) _body: object,
    @Req() req: CsvRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReferenceImportView> {
    return this.references.importCsv(req.csv, actor);
  }

  @Delete(':year')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The year’s counts are removed' })
  async removeYear(
    @Param('year', new YearPipe()) year: number,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.references.removeYear(year, actor);
  }
}
