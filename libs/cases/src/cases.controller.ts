import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { CASE_ROLES, Roles } from '@teilhabe/auth';
import {
  type Actor,
  CurrentActor,
  IDEMPOTENCY_HEADER,
  type Page,
  parseIdempotencyKey,
  uuidParam,
} from '@teilhabe/common';
import { type CaseAssessment } from '@teilhabe/rules';
import { type Response } from 'express';
import { type CaseDetail, type CaseSummary } from './case.views';
import { CasesService } from './cases.service';
import { CaseQueryDto } from './dto/case-query.dto';
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
    const result = await this.cases.create(dto, actor, parseIdempotencyKey(rawKey));
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.setHeader('Location', `/api/v1/cases/${result.case.id}`);
    return result.case;
  }

  @Get()
  list(@Query() query: CaseQueryDto, @CurrentActor() actor: Actor): Promise<Page<CaseSummary>> {
    return this.cases.list(query, actor);
  }

  @Get(':id')
  get(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<CaseDetail> {
    return this.cases.read(id, actor);
  }

  @Get(':id/assessment')
  assess(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CaseAssessment> {
    return this.cases.assess(id, actor);
  }

  @Patch(':id')
  update(
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateCaseDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseDetail> {
    return this.cases.update(id, dto, actor);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  transition(
    @Param('id', uuidParam()) id: string,
    @Body() dto: TransitionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseDetail> {
    return this.cases.transition(id, dto, actor);
  }
}
