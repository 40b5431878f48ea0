import { ApiProperty } from '@nestjs/swagger';
import {
  BooleanField,
  DateField,
  EnumField,
  IntField,
  PageQueryDto,
  TextField,
  UuidField,
} from '@teilhabe/common';
import { EXPENDITURE_CATEGORIES, type ExpenditureCategory } from '@teilhabe/rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const optional = ValidateIf((_object, value) => value !== undefined);
import { SCHOOL_LEVELS, type SchoolLevel } from '../entities/school.entity';

/** Euro with at most two decimals, as text: "469569.68". */
export const AMOUNT = {
  regex: /^\d{1,13}(\.\d{1,2})?$/,
  what: 'ein Betrag in Euro mit Punkt und höchstens zwei Nachkommastellen (z. B. 469569.68)',
};
const SCHOOL_YEAR = {
  regex: /^\d{4}\/\d{4}$/,
  what: 'ein Schuljahr wie 2020/2021',
};
const HOURS = { regex: /^\d{1,2}(\.\d)?$/, what: 'eine Stundenzahl wie 35 oder 19.5' };

export class CreateAllocationDto {
  @UuidField({ description: 'the recipient: a district with its own youth office' })
  districtId!: string;

  @TextField({ max: 9, pattern: SCHOOL_YEAR, example: '2020/2021' })
  schoolYear!: string;

  @TextField({ max: 16, pattern: AMOUNT, example: '891931.68' })
  amount!: string;

  @DateField({ example: '2020-11-02', description: 'date of the Festsetzungsbescheid' })
  decidedAt!: string;

  @DateField({ example: '2021-06-30' })
  paidAt!: string;
}

export class AllocationQueryDto extends PageQueryDto {
  @UuidField({ optional: true })
  districtId?: string;

  @TextField({ optional: true, max: 9, pattern: SCHOOL_YEAR })
  schoolYear?: string;
}

export class CreateExpenditureDto {
  @EnumField(EXPENDITURE_CATEGORIES)
  category!: ExpenditureCategory;

  @TextField({ max: 16, pattern: AMOUNT, example: '12500.00' })
  amount!: string;

  @TextField({ max: 500, multiline: true, example: 'Personalkosten KOBSI Schulbegleitungen' })
  description!: string;

  @DateField({ optional: true, description: 'when it was booked' })
  spentOn?: string;

  @UuidField({ optional: true })
  schoolId?: string;

  @UuidField({ optional: true })
  poolModelId?: string;

  @TextField({ optional: true, max: 200, description: 'a forwarding: the municipality' })
  municipality?: string;

  @BooleanField({
    optional: true,
    description: 'a forwarding: the municipality runs schools of Gemeinsames Lernen',
  })
  municipalityRunsCommonLearningSchools?: boolean;

  @BooleanField({
    optional: true,
    description: 'a forwarding: a purpose-conform project exists there or is concretely planned',
  })
  projectExistsOrPlanned?: boolean;
}

export class SettlementDto {
  @TextField({ max: 16, pattern: AMOUNT, example: '422362.00' })
  deemedProperlyUsed!: string;

  @DateField({ example: '2022-03-15' })
  agreedAt!: string;
}

export class CreateSchoolDto {
  @TextField({ max: 200, example: 'Grundschule am Michaelsberg' })
  name!: string;

  @EnumField(SCHOOL_LEVELS)
  level!: SchoolLevel;

  @BooleanField({ description: 'a school of Gemeinsames Lernen' })
  commonLearning!: boolean;

  @TextField({ max: 200, example: 'Stadt Siegburg' })
  schoolAuthority!: string;

  @UuidField()
  districtId!: string;

  @ApiProperty({
    required: false,
    type: [String],
    format: 'uuid',
    description: 'the OGS facilities of this school',
  })
  @optional
  @IsArray({ message: 'muss eine Liste sein.' })
  @ArrayMaxSize(20, { message: 'darf höchstens 20 Einträge haben.' })
  @IsUUID('all', { each: true, message: 'darf nur UUIDs enthalten.' })
  facilityIds?: string[];
}

export class UpdateSchoolDto {
  @TextField({ optional: true, max: 200 })
  name?: string;

  @EnumField(SCHOOL_LEVELS, { optional: true })
  level?: SchoolLevel;

  @BooleanField({ optional: true })
  commonLearning?: boolean;

  @TextField({ optional: true, max: 200 })
  schoolAuthority?: string;

  @ApiProperty({ required: false, type: [String], format: 'uuid' })
  @optional
  @IsArray({ message: 'muss eine Liste sein.' })
  @ArrayMaxSize(20, { message: 'darf höchstens 20 Einträge haben.' })
  @IsUUID('all', { each: true, message: 'darf nur UUIDs enthalten.' })
  facilityIds?: string[];
}

export class SchoolQueryDto extends PageQueryDto {
  @UuidField({ optional: true })
  districtId?: string;

  @BooleanField({ optional: true, query: true })
  commonLearning?: boolean;
}

/** The schools of a pool model in one school year. */
export class PoolSchoolYearDto {
  @TextField({ max: 9, pattern: SCHOOL_YEAR, example: '2021/2022' })
  schoolYear!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsDefined({ message: 'fehlt.' })
  @IsArray({ message: 'muss eine Liste sein.' })
  @ArrayMaxSize(500, { message: 'darf höchstens 500 Einträge haben.' })
  @IsUUID('all', { each: true, message: 'darf nur UUIDs enthalten.' })
  schoolIds!: string[];
}

class PoolModelFields {
  @IntField({ optional: true, min: 0, max: 100000, description: 'posts or assistants' })
  staffCount?: number;

  @TextField({ optional: true, max: 4, pattern: HOURS, example: '35' })
  hoursPerWeek?: string;

  @TextField({ optional: true, max: 50, example: 'S4 TVöD' })
  payGrade?: string;

  @TextField({ optional: true, max: 16, pattern: AMOUNT, description: 'a year, in euro' })
  personnelCosts?: string;

  @TextField({ optional: true, max: 2000, multiline: true })
  notes?: string;

  @ApiProperty({ required: false, type: () => [PoolSchoolYearDto] })
  @optional
  @IsArray({ message: 'muss eine Liste sein.' })
  @ArrayMaxSize(30, { message: 'darf höchstens 30 Einträge haben.' })
  @ValidateNested({ each: true })
  @Type(() => PoolSchoolYearDto)
  schoolYears?: PoolSchoolYearDto[];
}

export class CreatePoolModelDto extends PoolModelFields {
  @TextField({ max: 200, example: 'KOBSI' })
  name!: string;

  @UuidField({ description: 'the recipient that runs it' })
  districtId!: string;
}

export class UpdatePoolModelDto extends PoolModelFields {
  @TextField({ optional: true, max: 200 })
  name?: string;
}

export class PoolModelQueryDto extends PageQueryDto {
  @UuidField({ optional: true })
  districtId?: string;
}

export class OverviewQueryDto {
  @TextField({ optional: true, max: 9, pattern: SCHOOL_YEAR, example: '2020/2021' })
  schoolYear?: string;
}

/** Fields beside the CSV in a multipart form (a text/csv body has none). */
export class ImportCsvDto {
  @BooleanField({
    optional: true,
    query: true,
    description: 'only check the file: report its errors or its sum, import nothing',
  })
  dryRun?: boolean;
}
