import { ApiProperty } from '@nestjs/swagger';
import { currentYear, earliestBirthYear, INITIALS_PATTERN, PHONE_PATTERN } from '@teilhabe/cases';
import {
  BooleanField,
  EmailField,
  EnumListField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '@teilhabe/common';
import { EXCLUSION_PATTERNS, type ExclusionPattern } from '@teilhabe/rules';
import { Equals } from 'class-validator';

/** A parent's own words: enough for a long e-mail, short of a pasted book. */
export const PUBLIC_DESCRIPTION_MAX = 10_000;

const CONTACT_NEEDED =
  'fehlt: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit das ' +
  'Landesjugendamt Sie erreichen kann.';

/** Who complains and how the office reaches them: a name and an e-mail address or phone. */
export class PublicGuardianDto {
  @TextField({ max: 200, example: 'Sabine Keller' })
  name!: string;

  @EmailField({
    requiredWithout: { field: 'phone', message: CONTACT_NEEDED },
    description: 'e-mail address or phone: at least one',
  })
  email?: string;

  @TextField({
    max: 30,
    pattern: PHONE_PATTERN,
    example: '0221 123456',
    requiredWithout: { field: 'email', message: CONTACT_NEEDED },
    description: 'phone or e-mail address: at least one',
  })
  phone?: string;
}

/** The child, pseudonymised as every case keeps it. */
export class PublicChildDto {
  @TextField({ max: 12, pattern: INITIALS_PATTERN, example: 'M. K.' })
  initials!: string;

  @IntField({ min: earliestBirthYear, max: currentYear, example: 2021 })
  birthYear!: number;

  @TextField({ optional: true, max: 500, example: 'Autismus' })
  disability?: string;
}

/**
 * A complaint through the parents' public form: only what the office needs to take it up.
 * Channel, date of receipt and district follow from the form, the day and the facility.
 */
export class PublicComplaintDto {
  @UuidField({ description: 'the facility, as GET /public/facilities found it' })
  facilityId!: string;

  @EnumListField(EXCLUSION_PATTERNS, {
    optional: true,
    maxItems: EXCLUSION_PATTERNS.length,
    description: 'what happened, as the form asked it in plain questions',
  })
  patterns?: ExclusionPattern[];

  @TextField({
    max: PUBLIC_DESCRIPTION_MAX,
    multiline: true,
    example: 'Mein Sohn darf nur kommen, wenn seine Assistenz da ist.',
  })
  description!: string;

  @NestedField(() => PublicGuardianDto)
  guardian!: PublicGuardianDto;

  @NestedField(() => PublicChildDto)
  child!: PublicChildDto;

  // Checked after BooleanField's rules (decorators apply bottom-up), so that a value that is no
  // boolean at all is named as such.
  @Equals(true, {
    message:
      'muss erteilt sein: Ohne Ihr Einverständnis kann das Landesjugendamt Sie nicht kontaktieren.',
  })
  @BooleanField({ description: 'the parents agree to be contacted by the office (must be true)' })
  @ApiProperty({ type: Boolean, enum: [true] })
  contactConsent!: boolean;

  /** Honeypot: a field the form hides from people; only programs fill it in. */
  @TextField({
    optional: true,
    min: 0,
    max: 500,
    description: 'leave out or empty (a filled one is refused with 400 honeypot)',
  })
  website?: string;
}
