import { ApiProperty } from '@nestjs/swagger';
import { FACILITY_KINDS, type FacilityKind } from '@teilhabe/providers';

// What the public routes answer: names and places of facilities, the new case's Aktenzeichen.
// Nothing else about facilities, providers or cases.

export class PublicFacilityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Kita Regenbogen Troisdorf' }) name!: string;
  @ApiProperty({ enum: FACILITY_KINDS, enumName: 'FacilityKind' }) kind!: FacilityKind;
  @ApiProperty({ type: String, nullable: true, example: 'Troisdorf' }) city!: string | null;
  @ApiProperty({ example: 'Rhein-Sieg-Kreis', description: 'its Jugendamt district' })
  district!: string;
}

export class PublicComplaintReceipt {
  @ApiProperty({ example: '42.22-2026-000017', description: 'Aktenzeichen of the new case' })
  reference!: string;
}
