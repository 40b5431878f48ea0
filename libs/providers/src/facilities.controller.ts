import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor, type Page, PageOf, uuidParam } from '@teilhabe/common';
import { CreateFacilityDto, FacilityQueryDto, UpdateFacilityDto } from './dto/facility.dto';
import { FacilitiesService } from './facilities.service';
import { FacilityView } from './providers.views';

@ApiTags('facilities')
@Roles('admin', 'team_lead', 'caseworker')
@Controller('facilities')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: FacilityView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFacilityDto): Promise<FacilityView> {
    return this.facilities.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: PageOf(FacilityView) })
  list(
    @Query() query: FacilityQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<FacilityView>> {
    return this.facilities.list(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: FacilityView })
  get(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<FacilityView> {
    return this.facilities.get(id, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: FacilityView })
  update(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
    @Body() dto: UpdateFacilityDto,
  ): Promise<FacilityView> {
    return this.facilities.update(id, dto, actor);
  }
}
