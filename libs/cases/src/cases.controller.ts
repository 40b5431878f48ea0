import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CASE_ROLES, Roles } from '@teilhabe/auth';
import {
  type Actor,
  CurrentActor,
  IDEMPOTENCY_HEADER,
  type Page,
  PageOf,
  parseIdempotencyKey,
  uuidParam,
} from '@teilhabe/common';
import { type Response } from 'express';
import { CaseAssessmentView } from './case-assessment.view';
import { CaseCount, CaseDetail, CaseSummary, FacilityCaseCount, StaffView } from './case.views';
import { CasesService } from './cases.service';
import { CaseCountQueryDto, CaseQueryDto } from './dto/case-query.dto';
import { FacilityCountsQueryDto } from './dto/facility-counts-query.dto';
import { AddNoteDto, AssignDto, ReopenDto } from './dto/case-work.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { TransitionDto } from './dto/transition.dto';
import { UpdateCaseDto } from './dto/update-case.dto';

@ApiTags('cases')
@Roles(...CASE_ROLES)
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: CaseDetail, description: 'The case, with its Aktenzeichen' })
  @ApiHeader({
    name: IDEMPOTENCY_HEADER,
    required: false,
    description:
      'A retried request with the same key returns the first result and creates nothing.',
  })
  async create(
    @Body() dto: CreateCaseDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') rawKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDetail> {
    const result = await this.cases.create(dto, actor, {
      idempotencyKey: parseIdempotencyKey(rawKey),
    });
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.setHeader('Location', `/api/v1/cases/${result.case.id}`);
    return result.case;
  }

  @Get()
  @ApiOkResponse({ type: PageOf(CaseSummary) })
  list(@Query() query: CaseQueryDto, @CurrentActor() actor: Actor): Promise<Page<CaseSummary>> {
    return this.cases.list(query, actor);
  }

  /** How many cases the filters of the list match (not with q). */
  @Get('count')
  @ApiOkResponse({ type: CaseCount })
  count(@Query() query: CaseCountQueryDto, @CurrentActor() actor: Actor): Promise<CaseCount> {
    return this.cases.count(query, actor);
  }

  /** Complaints per facility of a provider or of one facility; repeats stand out. */
  @Get('facility-counts')
  @ApiOkResponse({ type: [FacilityCaseCount] })
  facilityCounts(
    @Query() query: FacilityCountsQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<FacilityCaseCount[]> {
    return this.cases.facilityCounts(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaseDetail })
  get(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<CaseDetail> {
    return this.cases.read(id, actor);
  }

  @Get(':id/assessment')
  @ApiOkResponse({ type: CaseAssessmentView })
  assess(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CaseAssessmentView> {
    return this.cases.assess(id, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: CaseDetail })
  update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateCaseDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseDetail> {
    return this.cases.update(id, dto, actor);
  }

  /** A note on the case's timeline (encrypted at rest). */
  @Post(':id/notes')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CaseDetail, description: 'The case, the note on its timeline' })
  addNote(
    @Param('id', uuidParam()) id: string,
    @Body() dto: AddNoteDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseDetail> {
    return this.cases.addNote(id, dto, actor);
  }

  /** Who the case can be given to: active caseworkers and team leads of its district. */
  @Get(':id/assignees')
  @ApiOkResponse({ type: [StaffView] })
  assignees(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<StaffView[]> {
    return this.cases.assignees(id, actor);
  }

  /**
   * Who works the case. A caseworker takes a case nobody works (their own id) or gives their
   * own back (null); giving it to someone else, or taking it from them, is the team lead's.
   */
  @Put(':id/assignee')
  @ApiOkResponse({ type: CaseDetail })
  assign(
    @Param('id', uuidParam()) id: string,
    @Body() dto: AssignDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseDetail> {
    return this.cases.assign(id, dto, actor);
  }

  /** A closed case opened again, with a reason: back to "In Prüfung". Team leads only. */
  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('team_lead')
  @ApiOkResponse({ type: CaseDetail })
  reopen(
    @Param('id', uuidParam()) id: string,
    @Body() dto: ReopenDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseDetail> {
    return this.cases.reopen(id, dto, actor);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseDetail })
  transition(
    @Param('id', uuidParam()) id: string,
    @Body() dto: TransitionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseDetail> {
    return this.cases.transition(id, dto, actor);
  }
}
