import { ApiProperty } from '@nestjs/swagger';
import { FACILITY_KINDS, type FacilityKind } from './entities/facility.entity';
import { PROVIDER_TYPES, type ProviderType } from './entities/provider.entity';

// What the API answers about providers and facilities (classes, for the OpenAPI document).

export class ProviderAddressView {
  @ApiProperty() street!: string;
  @ApiProperty() postalCode!: string;
  @ApiProperty() city!: string;
}

export class ProviderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROVIDER_TYPES, enumName: 'ProviderType' }) type!: ProviderType;
  @ApiProperty({ description: 'Where letters go' }) email!: string;
  @ApiProperty({ type: () => ProviderAddressView }) address!: ProviderAddressView;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FacilityProviderRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROVIDER_TYPES, enumName: 'ProviderType' }) type!: ProviderType;
}

export class FacilityDistrictRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class FacilityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: FACILITY_KINDS, enumName: 'FacilityKind' }) kind!: FacilityKind;
  @ApiProperty({ type: String, nullable: true, example: '50667' }) postalCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Köln' }) city!: string | null;
  @ApiProperty({ type: () => FacilityProviderRef }) provider!: FacilityProviderRef;
  @ApiProperty({ type: () => FacilityDistrictRef }) district!: FacilityDistrictRef;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
