import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CASE_ROLES, Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor, uuidParam } from '@teilhabe/common';
import { type Response } from 'express';
import { ConsentView } from './consent.views';
import { ConsentsService } from './consents.service';
import { RecordConsentDto, WithdrawConsentDto } from './dto/consent.dto';

/** The parents' consents to pass on what they entrusted (§ 65 SGB VIII); listed on the case. */
@ApiTags('cases')
@Roles(...CASE_ROLES)
@Controller('cases/:id/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: ConsentView })
  async record(
    @Param('id', uuidParam()) caseId: string,
    @Body() dto: RecordConsentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConsentView> {
    const consent = await this.consents.record(caseId, dto, actor);
    res.setHeader('Location', `/api/v1/cases/${caseId}`);
    return consent;
  }

  /** The parents withdrew it: kept on record with the day, no longer counted. */
  @Post(':consentId/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsentView })
  withdraw(
    @Param('id', uuidParam()) caseId: string,
    @Param('consentId', uuidParam('consentId')) consentId: string,
    @Body() dto: WithdrawConsentDto,
    @CurrentActor() actor: Actor,
  ): Promise<ConsentView> {
    return this.consents.withdraw(caseId, consentId, dto, actor);
  }
}
