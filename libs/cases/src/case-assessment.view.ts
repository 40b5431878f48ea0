import { ApiProperty } from '@nestjs/swagger';
import {
  type CaseAction,
  type CaseAssessment,
  type CaseFinding,
  EXCLUSION_PATTERNS,
  type ExclusionPattern,
  RESPONSIBLE_BODIES,
  type ResponsibleBody,
} from '@teilhabe/rules';

// The case-facts rules' answer (plain types of @teilhabe/rules) as the OpenAPI document shows it.

export class CaseFindingView implements CaseFinding {
  @ApiProperty({ enum: EXCLUSION_PATTERNS, enumName: 'ExclusionPattern' })
  pattern!: ExclusionPattern;
  @ApiProperty({ enum: ['unlawful', 'review'] }) verdict!: 'unlawful' | 'review';
  @ApiProperty({ enum: ['report', 'contract'], isArray: true })
  foundIn!: ('report' | 'contract')[];
  @ApiProperty({ type: [String], example: ['KiBiz § 7'] }) norms!: string[];
  @ApiProperty({ description: 'German, for the case file and letters' }) explanation!: string;
  @ApiProperty() ruleId!: string;
  @ApiProperty() ruleVersion!: number;
}

export class CaseActionView implements CaseAction {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: RESPONSIBLE_BODIES, enumName: 'ResponsibleBody' }) body!: ResponsibleBody;
  @ApiProperty({ type: [String] }) norms!: string[];
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'Waits for the parents’ consent to involve others' })
  needsConsent!: boolean;
  @ApiProperty() ruleId!: string;
  @ApiProperty() ruleVersion!: number;
}

export class CaseAssessmentView implements CaseAssessment {
  @ApiProperty({ type: () => [CaseFindingView] }) findings!: CaseFindingView[];
  @ApiProperty({ type: () => [CaseActionView] }) actions!: CaseActionView[];
  @ApiProperty() ruleSetVersion!: string;
}
