import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CASE_ROLES, Roles } from '@teilhabe/auth';
import {
  activeRules,
  checkText,
  EXCLUSION_PATTERN_LABELS,
  NORMS,
  type Norm,
  type Rule,
  ruleSetVersion,
  type TextCheck,
} from '@teilhabe/rules';
import { CheckTextDto } from './dto/check-text.dto';

export interface RuleSetView {
  version: string;
  rules: Rule[];
  norms: Norm[];
  patterns: Record<string, string>;
}

@ApiTags('rules')
@Controller('rules')
export class RulesController {
  /** The rules that apply today, with the norms they cite: for letters and for the UI. */
  @Get()
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
  @Roles(...CASE_ROLES)
  check(@Body() dto: CheckTextDto): TextCheck {
    return checkText(dto.text, dto.setting);
  }
}
