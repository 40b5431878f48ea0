import { EnumField, PageQueryDto, TextField, UuidField } from '@teilhabe/common';
import { FACILITY_KINDS, type FacilityKind } from '../entities/facility.entity';

export class CreateFacilityDto {
  @TextField({ max: 200, example: 'Kita Regenbogen' })
  name!: string;

  @EnumField(FACILITY_KINDS)
  kind!: FacilityKind;

  @UuidField()
  providerId!: string;

  @UuidField()
  districtId!: string;
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
