import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor, type Page, PageOf, uuidParam } from '@teilhabe/common';
import { CreateProviderDto, ProviderQueryDto, UpdateProviderDto } from './dto/provider.dto';
import { ProvidersService } from './providers.service';
import { ProviderView } from './providers.views';

@ApiTags('providers')
@Roles('admin', 'team_lead', 'caseworker')
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: ProviderView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateProviderDto): Promise<ProviderView> {
    return this.providers.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: PageOf(ProviderView) })
  list(@Query() query: ProviderQueryDto): Promise<Page<ProviderView>> {
    return this.providers.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProviderView })
  get(@Param('id', uuidParam()) id: string): Promise<ProviderView> {
    return this.providers.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProviderView })
  update(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
    @Body() dto: UpdateProviderDto,
  ): Promise<ProviderView> {
    return this.providers.update(id, dto, actor);
  }
}
