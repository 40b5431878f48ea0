import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Roles } from '@teilhabe/auth';
import { NoQueryPipe, uuidParam } from '@teilhabe/common';
import { DistrictsService, DistrictView } from './districts.service';

@ApiTags('districts')
@Roles(...ALL_ROLES)
@Controller('districts')
export class DistrictsController {
  constructor(private readonly districts: DistrictsService) {}

  @Get()
  @ApiOkResponse({
    type: [DistrictView],
    description: 'All districts (Jugendamtsbezirke), sorted by name',
  })
  list(@Query(NoQueryPipe) _query: Record<string, never>): Promise<DistrictView[]> {
    return this.districts.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: DistrictView })
  get(@Param('id', uuidParam()) id: string): Promise<DistrictView> {
    return this.districts.get(id);
  }
}
