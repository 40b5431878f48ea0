import { EnumField, PageQueryDto, TextField, UuidField } from '@teilhabe/common';
import { FACILITY_KINDS, type FacilityKind } from '../entities/facility.entity';

const POSTAL_CODE = { regex: /^\d{5}$/, what: 'eine fünfstellige Postleitzahl' };

export class CreateFacilityDto {
  @TextField({ max: 200, example: 'Kita Regenbogen' })
  name!: string;

  @EnumField(FACILITY_KINDS)
  kind!: FacilityKind;

  @UuidField()
  providerId!: string;

  @UuidField()
  districtId!: string;

  @TextField({ optional: true, max: 5, pattern: POSTAL_CODE, example: '50667' })
  postalCode?: string;

  @TextField({ optional: true, max: 100, example: 'Köln', description: 'town, for the search' })
  city?: string;
}

export class UpdateFacilityDto {
  @TextField({ optional: true, max: 200 })
  name?: string;

  @EnumField(FACILITY_KINDS, { optional: true })
  kind?: FacilityKind;

  @UuidField({ optional: true })
  providerId?: string;

  @UuidField({ optional: true })
  districtId?: string;

  @TextField({ nullable: true, max: 5, pattern: POSTAL_CODE, description: 'null: none' })
  postalCode?: string | null;

  @TextField({ nullable: true, max: 100, description: 'null: none' })
  city?: string | null;
}

export class FacilityQueryDto extends PageQueryDto {
  @UuidField({ optional: true })
  providerId?: string;

  @UuidField({ optional: true })
  districtId?: string;

  @EnumField(FACILITY_KINDS, { optional: true })
  kind?: FacilityKind;

  @TextField({ optional: true, max: 200, description: 'part of the name' })
  q?: string;
}
