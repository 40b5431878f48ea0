import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CASE_ROLES, Roles } from '@teilhabe/auth';
import {
  activeRules,
  checkText,
  EXCLUSION_PATTERN_LABELS,
  NORMS,
  ruleSetVersion,
} from '@teilhabe/rules';
import { RuleSetView, TextCheckView } from './contracts.views';
import { CheckTextDto } from './dto/check-text.dto';

@ApiTags('rules')
@Controller('rules')
export class RulesController {
  /** The rules that apply today, with the norms they cite: for letters and for the UI. */
  @Get()
  @ApiOkResponse({ type: RuleSetView })
  @Roles(...ALL_ROLES)
  ruleSet(): RuleSetView {
    return {
      version: ruleSetVersion(),
      rules: activeRules(),
      norms: Object.values(NORMS),
      patterns: EXCLUSION_PATTERN_LABELS,
    };
  }

  /** Stateless check of a text, for the intake form's live check: nothing is stored. */
  @Post('check')
  @HttpCode(200)
  @ApiOkResponse({ type: TextCheckView })
  @Roles(...CASE_ROLES)
  check(@Body() dto: CheckTextDto): TextCheckView {
    return checkText(dto.text, dto.setting);
  }
}
