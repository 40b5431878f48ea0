import { ApiProperty } from '@nestjs/swagger';
import {
  CONSENT_RECIPIENTS,
  type CaseConsent,
  type ConsentRecipient,
} from './entities/case-consent.entity';

export class ConsentWithdrawalView {
  @ApiProperty({ format: 'date', description: 'The day the parents withdrew it' })
  withdrawnAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ description: 'Who recorded the withdrawal' }) recordedBy!: string;
}

/** The parents' consent to pass on what they entrusted to the office (§ 65 SGB VIII). */
export class ConsentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONSENT_RECIPIENTS, enumName: 'ConsentRecipient' })
  recipient!: ConsentRecipient;
  @ApiProperty({ format: 'date', description: 'The day the parents gave it' }) givenAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ description: 'Who recorded it' }) recordedBy!: string;
  @ApiProperty({ description: 'Given and not withdrawn' }) active!: boolean;
  @ApiProperty({ type: () => ConsentWithdrawalView, nullable: true })
  withdrawal!: ConsentWithdrawalView | null;
}

export function toConsentView(c: CaseConsent): ConsentView {
  return {
    id: c.id,
    recipient: c.recipient,
    givenAt: c.givenAt,
    recordedAt: c.recordedAt.toISOString(),
    recordedBy: c.recordedByName,
    active: c.withdrawnAt === null,
    withdrawal:
      c.withdrawnAt === null
        ? null
        : {
            withdrawnAt: c.withdrawnAt,
            recordedAt: (c.withdrawalRecordedAt ?? c.recordedAt).toISOString(),
            recordedBy: c.withdrawalRecordedByName ?? '',
          },
  };
}
