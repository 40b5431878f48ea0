import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { type Response } from 'express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CASE_ROLES, FUNDING_ROLES, Roles } from '@teilhabe/auth';
import { AllocationLetterView } from '@teilhabe/letters';
import {
  AcceptsContentTypes,
  type CsvRequest,
  CsvUploadInterceptor,
  MAX_CSV_BYTES,
  type Actor,
  CurrentActor,
  NoQueryPipe,
  type Page,
  PageOf,
  uuidParam,
} from '@teilhabe/common';
import { AllocationsService } from './allocations.service';
import {
  AllocationQueryDto,
  CreateAllocationDto,
  CreateExpenditureDto,
  CreatePoolModelDto,
  CreateSchoolDto,
  ImportCsvDto,
  OverviewQueryDto,
  PoolModelQueryDto,
  SchoolQueryDto,
  SettlementDto,
  UpdatePoolModelDto,
  UpdateSchoolDto,
} from './dto/funding.dto';
import {
  AllocationView,
  AssessmentView,
  CasePoolModelView,
  DistrictOverviewView,
  ExpenditureListView,
  ExpenditureView,
  ImportResultView,
  PoolModelView,
  RepaymentReminderListView,
  SchoolView,
} from './funding.views';
import { SchoolsService } from './schools.service';

@ApiTags('funding')
@Roles(...FUNDING_ROLES)
@Controller('funding')
export class FundingController {
  constructor(
    private readonly allocations: AllocationsService,
    private readonly schools: SchoolsService,
  ) {}

  @Post('allocations')
  @HttpCode(201)
  @ApiCreatedResponse({ type: AllocationView })
  createAllocation(
    @Body() dto: CreateAllocationDto,
    @CurrentActor() actor: Actor,
  ): Promise<AllocationView> {
    return this.allocations.create(dto, actor);
  }

  @Get('allocations')
  @ApiOkResponse({ type: PageOf(AllocationView) })
  listAllocations(
    @Query() query: AllocationQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<AllocationView>> {
    return this.allocations.list(query, actor);
  }

  @Get('allocations/:id')
  @ApiOkResponse({ type: AllocationView })
  getAllocation(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AllocationView> {
    return this.allocations.get(id, actor);
  }

  @Post('allocations/:id/expenditures')
  @HttpCode(201)
  @ApiCreatedResponse({ type: ExpenditureView })
  addExpenditure(
    @Param('id', uuidParam()) id: string,
    @Body() dto: CreateExpenditureDto,
    @CurrentActor() actor: Actor,
  ): Promise<ExpenditureView> {
    return this.allocations.addExpenditure(id, dto, actor);
  }

  @Get('allocations/:id/expenditures')
  @ApiOkResponse({ type: ExpenditureListView })
  async listExpenditures(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ExpenditureListView> {
    return { items: await this.allocations.listExpenditures(id, actor) };
  }

  @Post('allocations/:id/expenditures/import')
  @HttpCode(201)
  @ApiCreatedResponse({
    type: ImportResultView,
    description: 'Every row imported (with dryRun: checked, none imported)',
  })
  @AcceptsContentTypes('multipart/form-data', 'text/csv')
  @UseInterceptors(CsvUploadInterceptor)
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description: `A finance office's CSV (at most ${MAX_CSV_BYTES / 1024 / 1024} MB): semicolons, columns Datum;Kategorie;Betrag;Beschreibung, amounts as 1.234,56, dates as 31.07.2021, UTF-8 or Windows-1252. As the body (text/csv) or in the multipart field "file". Any bad row: 400 naming each line and field, nothing imported.`,
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary' },
        dryRun: { type: 'boolean', description: 'only check the file' },
      },
    },
  })
  importExpenditures(
    @Param('id', uuidParam()) id: string,
    @Body() dto: ImportCsvDto,
    @Req() req: CsvRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ImportResultView> {
    return this.allocations.importCsv(id, req.csv, dto.dryRun ?? false, actor);
  }

  @Post('allocations/:id/settlement')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentView, description: 'The assessment with the settlement' })
  settle(
    @Param('id', uuidParam()) id: string,
    @Body() dto: SettlementDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentView> {
    return this.allocations.settle(id, dto, actor);
  }

  @Get('allocations/:id/assessment')
  @ApiOkResponse({ type: AssessmentView })
  assessment(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentView> {
    return this.allocations.assessment(id, actor);
  }

  @Post('allocations/:id/ministry-notice')
  @HttpCode(201)
  @ApiCreatedResponse({
    type: AllocationLetterView,
    description:
      'The draft notice to the ministry (§ 4 Abs. 2 of the agreement); 409 when nothing is to be repaid',
  })
  draftMinistryNotice(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AllocationLetterView> {
    return this.allocations.draftMinistryNotice(id, actor);
  }

  @Get('allocations/:id/letters')
  @ApiOkResponse({ type: [AllocationLetterView] })
  letters(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AllocationLetterView[]> {
    return this.allocations.ministryLetters(id, actor);
  }

  @Get('allocations/:id/letters/:letterId/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The letter as PDF', schema: { type: 'string', format: 'binary' } })
  async letterPdf(
    @Param('id', uuidParam()) id: string,
    @Param('letterId', uuidParam('letterId')) letterId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const pdf = await this.allocations.ministryLetterPdf(id, letterId, actor);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', 'inline; filename="anzeige-ministerium.pdf"');
    return new StreamableFile(pdf);
  }

  @Get('reminders')
  @ApiOkResponse({ type: RepaymentReminderListView })
  async reminders(
    @Query(NoQueryPipe) _query: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<RepaymentReminderListView> {
    return { items: await this.allocations.reminders(actor) };
  }

  @Post('schools')
  @HttpCode(201)
  @ApiCreatedResponse({ type: SchoolView })
  createSchool(@Body() dto: CreateSchoolDto, @CurrentActor() actor: Actor): Promise<SchoolView> {
    return this.schools.createSchool(dto, actor);
  }

  @Get('schools')
  @ApiOkResponse({ type: PageOf(SchoolView) })
  listSchools(
    @Query() query: SchoolQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<SchoolView>> {
    return this.schools.listSchools(query, actor);
  }

  @Get('schools/:id')
  @ApiOkResponse({ type: SchoolView })
  getSchool(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<SchoolView> {
    return this.schools.getSchool(id, actor);
  }

  @Patch('schools/:id')
  @ApiOkResponse({ type: SchoolView })
  updateSchool(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateSchoolDto,
    @CurrentActor() actor: Actor,
  ): Promise<SchoolView> {
    return this.schools.updateSchool(id, dto, actor);
  }

  @Post('pool-models')
  @HttpCode(201)
  @ApiCreatedResponse({ type: PoolModelView })
  createPoolModel(
    @Body() dto: CreatePoolModelDto,
    @CurrentActor() actor: Actor,
  ): Promise<PoolModelView> {
    return this.schools.createPoolModel(dto, actor);
  }

  @Get('pool-models')
  @ApiOkResponse({ type: PageOf(PoolModelView) })
  listPoolModels(
    @Query() query: PoolModelQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<PoolModelView>> {
    return this.schools.listPoolModels(query, actor);
  }

  @Get('pool-models/:id')
  @ApiOkResponse({ type: PoolModelView })
  getPoolModel(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<PoolModelView> {
    return this.schools.getPoolModel(id, actor);
  }

  @Patch('pool-models/:id')
  @ApiOkResponse({ type: PoolModelView })
  updatePoolModel(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdatePoolModelDto,
    @CurrentActor() actor: Actor,
  ): Promise<PoolModelView> {
    return this.schools.updatePoolModel(id, dto, actor);
  }

  @Get('districts/:id/overview')
  @ApiOkResponse({ type: DistrictOverviewView })
  overview(
    @Param('id', uuidParam()) id: string,
    @Query() query: OverviewQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<DistrictOverviewView> {
    return this.schools.overview(id, query.schoolYear, actor);
  }
}

/** The pool model beside a case: for the office, who works the cases (no funding figures). */
@ApiTags('cases')
@Roles(...CASE_ROLES)
@Controller('cases')
@ApiExtraModels(CasePoolModelView)
export class CasePoolModelController {
  constructor(private readonly schools: SchoolsService) {}

  @Get(':id/pool-model')
  @ApiOkResponse({ type: CasePoolModelView })
  poolModel(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CasePoolModelView> {
    return this.schools.poolModelOfCase(id, actor);
  }
}
