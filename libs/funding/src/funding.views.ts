import { ApiProperty } from '@nestjs/swagger';
import { EXPENDITURE_CATEGORIES, type ExpenditureCategory } from '@teilhabe/rules';
import { SCHOOL_LEVELS, type SchoolLevel } from './entities/school.entity';

// What the API answers about the funding (classes, for the OpenAPI document). Amounts are
// decimal strings in euro ("469569.68"), never numbers.

const money = (description?: string) =>
  ApiProperty({ type: String, pattern: '^\\d+\\.\\d{2}$', example: '469569.68', description });

export class FundingDistrictRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class SettlementView {
  @money('fixed as properly used by the settlement') deemedProperlyUsed!: string;
  @ApiProperty({ format: 'date' }) agreedAt!: string;
}

export class AllocationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: () => FundingDistrictRef }) district!: FundingDistrictRef;
  @ApiProperty({ example: '2020/2021' }) schoolYear!: string;
  @money() amount!: string;
  @ApiProperty({ format: 'date' }) decidedAt!: string;
  @ApiProperty({ format: 'date' }) paidAt!: string;
  @ApiProperty({ type: () => SettlementView, nullable: true }) settlement!: SettlementView | null;
  @ApiProperty() expenditureCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ExpenditureView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ enum: EXPENDITURE_CATEGORIES, enumName: 'ExpenditureCategory' })
  category!: ExpenditureCategory;
  @ApiProperty({ description: 'German label of the category' }) categoryLabel!: string;
  @money() amount!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) spentOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) poolModelId!: string | null;
  @ApiProperty({ type: String, nullable: true }) municipality!: string | null;
  @ApiProperty({ type: Boolean, nullable: true })
  municipalityRunsCommonLearningSchools!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) projectExistsOrPlanned!: boolean | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ExpenditureListView {
  @ApiProperty({ type: () => [ExpenditureView] }) items!: ExpenditureView[];
}

export class ImportResultView {
  @ApiProperty({ description: 'rows imported' }) imported!: number;
  @money('sum of the imported rows') total!: string;
  @ApiProperty({ type: () => [ExpenditureView] }) items!: ExpenditureView[];
}

export class AssessmentLineView {
  @ApiProperty({ format: 'uuid' }) expenditureId!: string;
  @ApiProperty({ enum: EXPENDITURE_CATEGORIES, enumName: 'ExpenditureCategory' })
  category!: ExpenditureCategory;
  @ApiProperty() categoryLabel!: string;
  @ApiProperty() description!: string;
  @money() amount!: string;
  @ApiProperty({ enum: ['eligible', 'ineligible', 'partly_eligible'] })
  verdict!: 'eligible' | 'ineligible' | 'partly_eligible';
  @money() eligible!: string;
  @money() ineligible!: string;
  @ApiProperty({ description: 'German, why' }) reason!: string;
  @ApiProperty({ example: 'inklfoeg.overhead_cap' }) rule!: string;
  @ApiProperty({ example: 'Hinweise des MSB, Abschnitt IV' }) norm!: string;
}

export class AssessmentView {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ type: () => FundingDistrictRef }) district!: FundingDistrictRef;
  @ApiProperty() schoolYear!: string;
  @money() allocated!: string;
  @money('sum of the eligible parts of the expenditures') eligible!: string;
  @money('sum of the ineligible parts') ineligible!: string;
  @money('allocated money no expenditure uses') unused!: string;
  @money('the settlement amount, or the eligible part up to the allocation') properlyUsed!: string;
  @money() repaymentDue!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2022-04-01' })
  repaymentDueBy!: string | null;
  @ApiProperty({ type: () => SettlementView, nullable: true }) settlement!: SettlementView | null;
  @ApiProperty({
    description: 'money that cannot be used as earmarked: the ministry must be notified',
  })
  notifyMinistry!: boolean;
  @ApiProperty({ type: () => [AssessmentLineView] }) lines!: AssessmentLineView[];
}

export class SchoolView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SCHOOL_LEVELS, enumName: 'SchoolLevel' }) level!: SchoolLevel;
  @ApiProperty() commonLearning!: boolean;
  @ApiProperty() schoolAuthority!: string;
  @ApiProperty({ type: () => FundingDistrictRef }) district!: FundingDistrictRef;
  @ApiProperty({ type: [String], format: 'uuid' }) facilityIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PoolSchoolYearView {
  @ApiProperty({ example: '2021/2022' }) schoolYear!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) schoolIds!: string[];
}

export class PoolModelView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: () => FundingDistrictRef }) district!: FundingDistrictRef;
  @ApiProperty({ type: Number, nullable: true }) staffCount!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '35.0' }) hoursPerWeek!: string | null;
  @ApiProperty({ type: String, nullable: true }) payGrade!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '1250000.00' })
  personnelCosts!: string | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: () => [PoolSchoolYearView] }) schoolYears!: PoolSchoolYearView[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CategoryUseView {
  @ApiProperty({ enum: EXPENDITURE_CATEGORIES, enumName: 'ExpenditureCategory' })
  category!: ExpenditureCategory;
  @ApiProperty() label!: string;
  @money() amount!: string;
  @money() eligible!: string;
}

export class CoverageView {
  @ApiProperty({ description: 'schools of Gemeinsames Lernen in a pool model that year' })
  schoolsInPoolModel!: number;
  @ApiProperty({ description: 'schools of Gemeinsames Lernen of the district' })
  commonLearningSchools!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'per cent, one decimal; null: none' })
  percent!: number | null;
}

export class OverviewYearView {
  @ApiProperty({ example: '2020/2021' }) schoolYear!: string;
  @ApiProperty({ type: () => AllocationView, nullable: true })
  allocation!: AllocationView | null;
  @ApiProperty({ type: () => AssessmentView, nullable: true })
  assessment!: AssessmentView | null;
  @ApiProperty({ type: () => [CategoryUseView] }) useByCategory!: CategoryUseView[];
  @ApiProperty({ type: () => CoverageView }) coverage!: CoverageView;
  @ApiProperty({ description: 'complaints (cases) about OGS of the district received that year' })
  ogsComplaints!: number;
}

export class DistrictOverviewView {
  @ApiProperty({ type: () => FundingDistrictRef }) district!: FundingDistrictRef;
  @ApiProperty({ type: () => [OverviewYearView] }) years!: OverviewYearView[];
}

export class CasePoolModelView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: '2021/2022' }) schoolYear!: string;
  @ApiProperty({ type: () => SchoolView, nullable: true, description: 'the OGS’s school' })
  school!: SchoolView | null;
  @ApiProperty({ type: () => PoolModelView, nullable: true })
  poolModel!: PoolModelView | null;
}

export class RepaymentReminderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ type: () => FundingDistrictRef }) district!: FundingDistrictRef;
  @ApiProperty() schoolYear!: string;
  @money() repaymentDue!: string;
  @ApiProperty({ format: 'date' }) dueBy!: string;
  @ApiProperty({ format: 'date-time' }) remindAt!: string;
  @ApiProperty({ enum: ['scheduled', 'due'] }) status!: 'scheduled' | 'due';
}

export class RepaymentReminderListView {
  @ApiProperty({ type: () => [RepaymentReminderView] }) items!: RepaymentReminderView[];
}
