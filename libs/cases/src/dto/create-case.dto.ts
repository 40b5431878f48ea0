import { CaseFactsDto } from './case-facts.dto';
import {
  AddressDto,
  DateField,
  EmailField,
  EnumField,
  EnumListField,
  IntField,
  NestedField,
  NumberField,
  TextField,
  todayInBerlin,
  UuidField,
} from '@teilhabe/common';
import { EXCLUSION_PATTERNS, type ExclusionPattern } from '@teilhabe/rules';
import {
  ASSISTANCE_KINDS,
  type AssistanceKind,
  CASE_CHANNELS,
  type CaseChannel,
} from '../exclusion-pattern';

/** Complaints are recorded from this day on; older dates are typing errors. */
export const EARLIEST_RECEIVED_AT = '2000-01-01';
/** Children in Kita, OGS and OGS at a Förderschule are at most this old. */
export const MAX_CHILD_AGE = 21;
export const MAX_DESCRIPTION_LENGTH = 20_000;

/** The year in Europe/Berlin, like every other date bound. */
export const currentYear = () => Number(todayInBerlin().slice(0, 4));
export const earliestBirthYear = () => currentYear() - MAX_CHILD_AGE;

export const PHONE_PATTERN = {
  regex: /^\+?[0-9][0-9 ()/-]{3,28}[0-9]$/,
  what: 'eine Telefonnummer aus Ziffern',
};
export const INITIALS_PATTERN = {
  regex: /^(\p{Lu}\.?\s?){1,4}$/u,
  what: 'bis zu vier Großbuchstaben mit oder ohne Punkt, etwa „M. K.“',
};

export class AssistanceDto {
  @EnumField(ASSISTANCE_KINDS)
  kind!: AssistanceKind;

  @NumberField({ min: 0.5, max: 60, maxDecimals: 1, example: 25 })
  hoursPerWeek!: number;
}

export class GuardianDto {
  @TextField({ max: 200, example: 'Sabine Keller' })
  name!: string;

  @EmailField({ optional: true })
  email?: string;

  @TextField({ optional: true, max: 30, pattern: PHONE_PATTERN, example: '0221 123456' })
  phone?: string;

  @NestedField(() => AddressDto, { optional: true })
  address?: AddressDto;
}

export class ChildDto {
  @TextField({ max: 12, pattern: INITIALS_PATTERN, example: 'M. K.' })
  initials!: string;

  @IntField({ min: earliestBirthYear, max: currentYear, example: 2021 })
  birthYear!: number;

  @TextField({ optional: true, max: 500, example: 'Autismus-Spektrum-Störung' })
  disability?: string;

  @NestedField(() => AssistanceDto, { optional: true })
  assistance?: AssistanceDto;
}

export class CreateCaseDto extends CaseFactsDto {
  @UuidField({ description: 'the facility the complaint is about' })
  facilityId!: string;

  @DateField({ notInFuture: true, notBefore: EARLIEST_RECEIVED_AT, description: 'day of receipt' })
  receivedAt!: string;

  @EnumField(CASE_CHANNELS)
  channel!: CaseChannel;

  @NestedField(() => GuardianDto)
  guardian!: GuardianDto;

  @NestedField(() => ChildDto)
  child!: ChildDto;

  @EnumListField(EXCLUSION_PATTERNS, { optional: true, maxItems: EXCLUSION_PATTERNS.length })
  patterns?: ExclusionPattern[];

  @TextField({
    max: MAX_DESCRIPTION_LENGTH,
    multiline: true,
    example: 'Die Kita schickt das Kind nach Hause, wenn die Assistenz krank ist.',
  })
  description!: string;
}
