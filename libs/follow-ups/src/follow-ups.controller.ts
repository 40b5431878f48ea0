import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CASE_ROLES, Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor, uuidParam } from '@teilhabe/common';
import { EscalationQueryDto, FollowUpQueryDto, PauseDto } from './dto/follow-up.dto';
import { Escalations } from './escalations.service';
import { FollowUpsService } from './follow-ups.service';
import { EscalationView, FollowUpView } from './follow-ups.views';

@ApiTags('follow-ups')
@Roles(...CASE_ROLES)
@Controller()
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly escalations: Escalations,
  ) {}

  /** The deadlines of the caller's districts: overdue, ending today, this week, or all. */
  @Get('follow-ups')
  @ApiOkResponse({ type: [FollowUpView] })
  list(@Query() query: FollowUpQueryDto, @CurrentActor() actor: Actor): Promise<FollowUpView[]> {
    return this.followUps.list(query, actor);
  }

  @Get('cases/:id/follow-ups')
  @ApiOkResponse({ type: [FollowUpView] })
  forCase(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<FollowUpView[]> {
    return this.followUps.forCase(id, actor);
  }

  /** Stops the clock while the office waits on a third party, with the reason. */
  @Post('follow-ups/:id/pause')
  @HttpCode(200)
  @ApiOkResponse({ type: FollowUpView })
  pause(
    @Param('id', uuidParam()) id: string,
    @Body() dto: PauseDto,
    @CurrentActor() actor: Actor,
  ): Promise<FollowUpView> {
    return this.followUps.pause(id, dto, actor);
  }

  /** Starts the clock again with the time that was left. */
  @Post('follow-ups/:id/resume')
  @HttpCode(200)
  @ApiOkResponse({ type: FollowUpView })
  resume(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<FollowUpView> {
    return this.followUps.resume(id, actor);
  }

  /** What the team lead of the caller's districts must look at. */
  @Get('escalations')
  @Roles('team_lead')
  @ApiOkResponse({ type: [EscalationView] })
  escalationList(
    @Query() query: EscalationQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<EscalationView[]> {
    return this.escalations.list(query, actor);
  }

  @Post('escalations/:id/acknowledge')
  @HttpCode(200)
  @Roles('team_lead')
  @ApiOkResponse({ type: EscalationView })
  acknowledge(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<EscalationView> {
    return this.escalations.acknowledge(id, actor);
  }
}
