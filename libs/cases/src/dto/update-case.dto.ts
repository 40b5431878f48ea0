import { CaseFactsDto } from './case-facts.dto';
import {
  AddressDto,
  DateField,
  EmailField,
  EnumField,
  EnumListField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '@teilhabe/common';
import { EXCLUSION_PATTERNS, type ExclusionPattern } from '@teilhabe/rules';
import { CASE_CHANNELS, type CaseChannel } from '../exclusion-pattern';
import {
  AssistanceDto,
  currentYear,
  EARLIEST_RECEIVED_AT,
  earliestBirthYear,
  INITIALS_PATTERN,
  MAX_DESCRIPTION_LENGTH,
  PHONE_PATTERN,
} from './create-case.dto';

/* Corrections of a case's facts: each field may be left out; null clears an optional one. */

export class UpdateGuardianDto {
  @TextField({ optional: true, max: 200 })
  name?: string;

  @EmailField({ nullable: true })
  email?: string | null;

  @TextField({
    nullable: true,
    max: 30,
    pattern: PHONE_PATTERN,
  })
  phone?: string | null;

  @NestedField(() => AddressDto, { nullable: true })
  address?: AddressDto | null;
}

export class UpdateChildDto {
  @TextField({
    optional: true,
    max: 12,
    pattern: INITIALS_PATTERN,
  })
  initials?: string;

  @IntField({ optional: true, min: earliestBirthYear, max: currentYear })
  birthYear?: number;

  @TextField({ nullable: true, max: 500 })
  disability?: string | null;

  @NestedField(() => AssistanceDto, { nullable: true })
  assistance?: AssistanceDto | null;
}

export class UpdateCaseDto extends CaseFactsDto {
  @UuidField({ optional: true })
  facilityId?: string;

  @DateField({ optional: true, notInFuture: true, notBefore: EARLIEST_RECEIVED_AT })
  receivedAt?: string;

  @EnumField(CASE_CHANNELS, { optional: true })
  channel?: CaseChannel;

  @NestedField(() => UpdateGuardianDto, { optional: true })
  guardian?: UpdateGuardianDto;

  @NestedField(() => UpdateChildDto, { optional: true })
  child?: UpdateChildDto;

  @EnumListField(EXCLUSION_PATTERNS, { optional: true, maxItems: EXCLUSION_PATTERNS.length })
  patterns?: ExclusionPattern[];

  @TextField({ optional: true, max: MAX_DESCRIPTION_LENGTH, multiline: true })
  description?: string;
}
