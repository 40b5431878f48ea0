import { TextField } from '@teilhabe/common';

export class WithdrawContractDto {
  @TextField({
    max: 2000,
    multiline: true,
    example: 'Versehentlich beim falschen Fall hochgeladen.',
  })
  reason!: string;
}
