import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor, type Page, uuidParam } from '@teilhabe/common';
import { CreateProviderDto, ProviderQueryDto, UpdateProviderDto } from './dto/provider.dto';
import { type ProviderView, ProvidersService } from './providers.service';

@ApiTags('providers')
@Roles('admin', 'team_lead', 'caseworker')
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Post()
  @HttpCode(201)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateProviderDto): Promise<ProviderView> {
    return this.providers.create(dto, actor);
  }

  @Get()
  list(@Query() query: ProviderQueryDto): Promise<Page<ProviderView>> {
    return this.providers.list(query);
  }

  @Get(':id')
  get(@Param('id', uuidParam()) id: string): Promise<ProviderView> {
    return this.providers.get(id);
  }

  @Patch(':id')
  update(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: Actor,
    @Body() dto: UpdateProviderDto,
  ): Promise<ProviderView> {
    return this.providers.update(id, dto, actor);
  }
}
