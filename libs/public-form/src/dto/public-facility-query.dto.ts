import { TextField } from '@teilhabe/common';

export class PublicFacilityQueryDto {
  @TextField({
    min: 2,
    max: 100,
    example: 'Troisdorf',
    description: 'part of the name, town, postal code or district; every word must match',
  })
  q!: string;
}
