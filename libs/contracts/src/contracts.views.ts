import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EXCLUSION_PATTERNS,
  type ExclusionPattern,
  type Finding,
  type Norm,
  type Rule,
  type TextCheck,
  type Verdict,
  VERDICTS,
} from '@teilhabe/rules';
import { CONTRACT_SOURCES, type ContractSource } from './entities/care-contract.entity';

// What the API answers about contracts and the rules (the rules' plain types as classes, for
// the OpenAPI document).

export class EvidenceView {
  @ApiProperty({ description: 'Offset of the passage in the text as sent (UTF-16 units)' })
  start!: number;
  @ApiProperty() end!: number;
  @ApiPropertyOptional({
    description: 'The passage; left out where a list must carry no words of a contract',
  })
  text?: string;
}

export class FindingView {
  @ApiProperty({ enum: VERDICTS, enumName: 'Verdict' }) verdict!: Verdict;
  @ApiProperty({ enum: EXCLUSION_PATTERNS, enumName: 'ExclusionPattern', nullable: true })
  pattern!: ExclusionPattern | null;
  @ApiProperty({ type: [String], example: ['KiBiz § 7'] }) norms!: string[];
  @ApiProperty({ type: () => EvidenceView }) evidence!: EvidenceView;
  @ApiProperty({ description: 'German, for a letter' }) explanation!: string;
  @ApiProperty() ruleId!: string;
  @ApiProperty() ruleVersion!: number;
}

/** A finding as a list shows it: where its evidence is, not the contract's words. */
export type FindingSummary = Omit<Finding, 'evidence'> & {
  evidence: Omit<Finding['evidence'], 'text'>;
};

export class TextCheckView implements TextCheck {
  @ApiProperty({ enum: VERDICTS, enumName: 'Verdict', description: 'The most serious finding' })
  verdict!: Verdict;
  @ApiProperty({ enum: EXCLUSION_PATTERNS, enumName: 'ExclusionPattern', nullable: true })
  pattern!: ExclusionPattern | null;
  @ApiProperty({ type: [String] }) norms!: string[];
  @ApiProperty({ type: () => [FindingView] }) findings!: Finding[];
  @ApiProperty() ruleSetVersion!: string;
}

export class WithdrawalView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'Who withdrew it' }) by!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why (encrypted at rest)' })
  reason!: string | null;
}

/**
 * A stored contract as the API shows it; `text`, and the words of each finding's evidence,
 * only when one contract is read.
 */
export class ContractView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: CONTRACT_SOURCES, enumName: 'ContractSource' }) source!: ContractSource;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ enum: VERDICTS, enumName: 'Verdict' }) verdict!: Verdict;
  @ApiProperty({ enum: EXCLUSION_PATTERNS, enumName: 'ExclusionPattern', isArray: true })
  patterns!: ExclusionPattern[];
  @ApiProperty({ type: () => [FindingView] }) findings!: Finding[] | FindingSummary[];
  @ApiProperty() ruleSetVersion!: string;
  @ApiProperty({ description: 'The rules changed since the contract was checked' })
  outdated!: boolean;
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    type: () => WithdrawalView,
    nullable: true,
    description: 'Withdrawn (uploaded by mistake): kept, but out of the findings and re-checks',
  })
  withdrawn!: WithdrawalView | null;
  @ApiPropertyOptional({ description: 'The contract’s text (only when one contract is read)' })
  text?: string;
}

export class RuleView implements Rule {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({
    enum: [
      'unlawful',
      'review_medical',
      'review_weighing',
      'review_unclear',
      'review_second_opinion',
      'lawful',
    ],
  })
  detection!: Rule['detection'];
  @ApiProperty({ type: String, description: 'The pattern, the lawful reason, or any' })
  subject!: Rule['subject'];
  @ApiProperty({ enum: ['kita', 'ogs', 'any'] }) setting!: Rule['setting'];
  @ApiProperty({ enum: VERDICTS, enumName: 'Verdict' }) verdict!: Verdict;
  @ApiProperty({ type: [String] }) norms!: string[];
  @ApiProperty() explanation!: string;
}

export class NormView implements Norm {
  @ApiProperty({ example: 'KiBiz § 7' }) citation!: string;
  @ApiProperty() title!: string;
  @ApiProperty() content!: string;
}

export class RuleSetView {
  @ApiProperty() version!: string;
  @ApiProperty({ type: () => [RuleView] }) rules!: Rule[];
  @ApiProperty({ type: () => [NormView] }) norms!: Norm[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'German label of each exclusion pattern',
  })
  patterns!: Record<string, string>;
}
