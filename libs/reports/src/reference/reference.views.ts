import { ApiProperty } from '@nestjs/swagger';

/** The children of one district in one year, as loaded. */
export class ReferencePopulationView {
  @ApiProperty({ example: 'koeln', description: 'district code' }) district!: string;
  @ApiProperty({ example: 'Köln' }) districtName!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ example: 178432 }) children!: number;
  @ApiProperty({ format: 'date-time' }) importedAt!: string;
}

export class ReferencePopulationListView {
  @ApiProperty({ type: [ReferencePopulationView] }) items!: ReferencePopulationView[];
}

export class ReferenceImportView {
  @ApiProperty({ description: 'rows loaded (new or replacing an earlier count)' })
  imported!: number;
  @ApiProperty({ type: [ReferencePopulationView], description: 'every count now loaded' })
  items!: ReferencePopulationView[];
}
