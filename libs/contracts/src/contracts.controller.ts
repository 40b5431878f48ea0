import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CASE_ROLES, Roles } from '@teilhabe/auth';
import { AcceptsContentTypes, type Actor, CurrentActor, uuidParam } from '@teilhabe/common';
import { JobView } from '@teilhabe/jobs';
import { type Response } from 'express';
import { ContractsService, type UploadedFile as File } from './contracts.service';
import { ContractView } from './contracts.views';
import { AddContractDto } from './dto/add-contract.dto';
import { WithdrawContractDto } from './dto/withdraw-contract.dto';
import { ContractUploadInterceptor, MAX_UPLOAD_BYTES } from './upload.interceptor';

@ApiTags('contracts')
@Roles(...CASE_ROLES)
@Controller('cases/:id/contracts')
@ApiExtraModels(AddContractDto)
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: ContractView, description: 'Stored and checked' })
  @AcceptsContentTypes('multipart/form-data')
  @UseInterceptors(ContractUploadInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    description: `The contract as text (JSON), or as a PDF, DOCX or TXT file of at most ${
      MAX_UPLOAD_BYTES / 1024 / 1024
    } MB in the multipart field "file". The type is read from the content, not the name.`,
    schema: {
      oneOf: [
        { $ref: getSchemaPath(AddContractDto) },
        {
          type: 'object',
          properties: { file: { type: 'string', format: 'binary' } },
          required: ['file'],
        },
      ],
    },
  })
  add(
    @Param('id', uuidParam()) caseId: string,
    @Body() dto: AddContractDto,
    @UploadedFile() file: File | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ContractView> {
    return this.contracts.add(caseId, dto, file, actor).then((view) => {
      res.setHeader('Location', `/api/v1/cases/${caseId}/contracts/${view.id}`);
      return view;
    });
  }

  @Get()
  @ApiOkResponse({ type: [ContractView], description: 'Without text; evidence as positions' })
  list(
    @Param('id', uuidParam()) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ContractView[]> {
    return this.contracts.list(caseId, actor);
  }

  @Get(':contractId')
  @ApiOkResponse({ type: ContractView, description: 'With its text and the evidence passages' })
  read(
    @Param('id', uuidParam()) caseId: string,
    @Param('contractId', uuidParam('contractId')) contractId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ContractView> {
    return this.contracts.read(caseId, contractId, actor);
  }

  @Get(':contractId/document')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'text/plain',
  )
  @ApiOkResponse({
    description: 'The file as uploaded',
    schema: { type: 'string', format: 'binary' },
  })
  async document(
    @Param('id', uuidParam()) caseId: string,
    @Param('contractId', uuidParam('contractId')) contractId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const doc = await this.contracts.document(caseId, contractId, actor);
    res.setHeader('Content-Type', doc.mediaType);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="vertrag"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
    );
    return new StreamableFile(doc.body);
  }

  /** Withdraws a contract uploaded by mistake: kept for the audit, out of the findings. */
  @Post(':contractId/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ContractView })
  withdraw(
    @Param('id', uuidParam()) caseId: string,
    @Param('contractId', uuidParam('contractId')) contractId: string,
    @Body() dto: WithdrawContractDto,
    @CurrentActor() actor: Actor,
  ): Promise<ContractView> {
    return this.contracts.withdraw(caseId, contractId, dto, actor);
  }

  @Post(':contractId/recheck')
  @HttpCode(200)
  @ApiOkResponse({ type: ContractView })
  recheck(
    @Param('id', uuidParam()) caseId: string,
    @Param('contractId', uuidParam('contractId')) contractId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ContractView> {
    return this.contracts.recheck(caseId, contractId, actor);
  }
}

@ApiTags('contracts')
@Roles('team_lead')
@Controller('contracts')
export class ContractsRecheckController {
  constructor(private readonly contracts: ContractsService) {}

  /**
   * Asks for every contract in the caller's districts that an older rule set judged to be
   * checked again, as a background job: 202 with the job, whose progress
   * `GET /contracts/recheck/:jobId` shows.
   */
  @Post('recheck')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: JobView, description: 'The job; Location: where to follow it' })
  async recheckOutdated(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JobView> {
    const job = await this.contracts.requestRecheck(actor);
    res.setHeader('Location', `/api/v1/contracts/recheck/${job.id}`);
    return job;
  }

  /** The caller's re-check: `pending`, `running` with `progress`, `done` with `result`. */
  @Get('recheck/:jobId')
  @ApiOkResponse({ type: JobView })
  recheckJob(
    @Param('jobId', uuidParam('jobId')) jobId: string,
    @CurrentActor() actor: Actor,
  ): Promise<JobView> {
    return this.contracts.recheckJob(jobId, actor);
  }
}
