// The public API of @teilhabe/funding: what other libraries and the apps use, and nothing more.
export { AllocationsService } from './allocations.service';
export { Allocation } from './entities/allocation.entity';
export { Expenditure } from './entities/expenditure.entity';
export { FacilitySchool } from './entities/facility-school.entity';
export { PoolModelSchool } from './entities/pool-model-school.entity';
export { PoolModel } from './entities/pool-model.entity';
export { RepaymentReminder } from './entities/repayment-reminder.entity';
export { School, SCHOOL_LEVELS, type SchoolLevel } from './entities/school.entity';
export { FundingModule } from './funding.module';
export { type PoolCoverage, SchoolsService } from './schools.service';
