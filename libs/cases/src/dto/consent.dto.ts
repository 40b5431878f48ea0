import { DateField, EnumField } from '@teilhabe/common';
import { CONSENT_RECIPIENTS, type ConsentRecipient } from '../entities/case-consent.entity';

export class RecordConsentDto {
  @EnumField(CONSENT_RECIPIENTS, {
    description: 'to whom the entrusted facts may be passed on: the provider (Träger)',
  })
  recipient!: ConsentRecipient;

  @DateField({
    notInFuture: true,
    notBefore: '2000-01-01',
    description: 'the day the parents gave their consent',
  })
  givenAt!: string;
}

export class WithdrawConsentDto {
  @DateField({
    notInFuture: true,
    notBefore: '2000-01-01',
    description: 'the day the parents withdrew their consent',
  })
  withdrawnAt!: string;
}
