import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@teilhabe/auth';
import { MailModule } from '@teilhabe/mail';
import { AuditModule } from '@teilhabe/audit';
import { CasesModule } from '@teilhabe/cases';
import { DistrictsModule } from '@teilhabe/districts';
import { LettersModule } from '@teilhabe/letters';
import { ProvidersModule } from '@teilhabe/providers';
import { ReportsModule } from '@teilhabe/reports';
import { AllocationsService } from './allocations.service';
import { Allocation } from './entities/allocation.entity';
import { Expenditure } from './entities/expenditure.entity';
import { FacilitySchool } from './entities/facility-school.entity';
import { PoolModelSchool } from './entities/pool-model-school.entity';
import { PoolModel } from './entities/pool-model.entity';
import { RepaymentReminder } from './entities/repayment-reminder.entity';
import { School } from './entities/school.entity';
import { CasePoolModelController, FundingController } from './funding.controller';
import { PoolCoverageSection } from './pool-coverage.section';
import { SchoolsService } from './schools.service';

/** The Inklusionspauschale: allocations, purpose checks, repayments, schools and pool models. */
@Module({
  imports: [
    AuditModule,
    CasesModule,
    DistrictsModule,
    LettersModule,
    MailModule,
    AuthModule,
    ProvidersModule,
    ReportsModule,
    TypeOrmModule.forFeature([
      Allocation,
      Expenditure,
      School,
      FacilitySchool,
      PoolModel,
      PoolModelSchool,
      RepaymentReminder,
    ]),
  ],
  controllers: [FundingController, CasePoolModelController],
  providers: [AllocationsService, SchoolsService, PoolCoverageSection],
  exports: [AllocationsService, SchoolsService],
})
export class FundingModule {}
