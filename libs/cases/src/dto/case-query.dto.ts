import {
  BooleanField,
  DateField,
  EmailField,
  EnumField,
  EnumListField,
  PageQueryDto,
  TextField,
  UuidField,
} from '@teilhabe/common';
import { OmitType } from '@nestjs/swagger';
import { FACILITY_KINDS, type FacilityKind } from '@teilhabe/providers';
import { CASE_STATUSES, type CaseStatus } from '../case-status';
import { EXCLUSION_PATTERNS, type ExclusionPattern } from '@teilhabe/rules';

export const CASE_SORTS = ['newest', 'oldest'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export class CaseQueryDto extends PageQueryDto {
  @EnumListField(CASE_STATUSES, {
    optional: true,
    query: true,
    maxItems: CASE_STATUSES.length,
    description: 'one or more statuses, comma-separated',
  })
  status?: CaseStatus[];

  @UuidField({ optional: true })
  districtId?: string;

  @UuidField({ optional: true })
  facilityId?: string;

  @UuidField({ optional: true })
  providerId?: string;

  @EnumField(FACILITY_KINDS, { optional: true })
  facilityKind?: FacilityKind;

  @EnumField(EXCLUSION_PATTERNS, { optional: true })
  pattern?: ExclusionPattern;

  @DateField({ optional: true, description: 'received on or after this day' })
  receivedFrom?: string;

  @DateField({ optional: true, description: 'received on or before this day' })
  receivedTo?: string;

  @EmailField({ optional: true, description: "the guardian's e-mail address, exactly" })
  guardianEmail?: string;

  @TextField({ optional: true, max: 200, description: 'part of the reference or the description' })
  q?: string;

  @UuidField({ optional: true, description: 'cases this user works (Meine Fälle)' })
  assigneeId?: string;

  @BooleanField({ optional: true, query: true, description: 'true: cases nobody works yet' })
  unassigned?: boolean;

  @BooleanField({
    optional: true,
    query: true,
    description: 'true: cases escalated to the team lead (a deadline passed after a reminder)',
  })
  escalated?: boolean;

  @EnumField(CASE_SORTS, {
    optional: true,
    description: 'newest (default): latest receipt first; oldest: earliest receipt first',
  })
  sort?: CaseSort;
}

/** The same filters, for counting the cases they match. */
export class CaseCountQueryDto extends OmitType(CaseQueryDto, ['cursor', 'limit', 'sort']) {}
