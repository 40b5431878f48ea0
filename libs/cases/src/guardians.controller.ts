import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@teilhabe/auth';
import { type Actor, CurrentActor } from '@teilhabe/common';
import { GuardianExport } from './case.views';
import { CasesService } from './cases.service';
import { AccessExportDto } from './dto/access-export.dto';

/**
 * Data subject requests of guardians. Administrators answer them, across all districts; the
 * address travels in the body, not in a URL that proxies might log.
 */
@ApiTags('guardians')
@Roles('admin')
@Controller('guardians')
export class GuardiansController {
  constructor(private readonly cases: CasesService) {}

  @Post('access-export')
  @HttpCode(200)
  @ApiOkResponse({ type: GuardianExport })
  accessExport(
    @Body() dto: AccessExportDto,
    @CurrentActor() actor: Actor,
  ): Promise<GuardianExport> {
    return this.cases.accessExport(dto.email, actor);
  }
}
