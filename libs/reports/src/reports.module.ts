import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@teilhabe/audit';
import { AuthModule } from '@teilhabe/auth';
import { CasesModule } from '@teilhabe/cases';
import { DistrictsModule } from '@teilhabe/districts';
import { ReferencePopulation } from './entities/reference-population.entity';
import { InquiryAnswers } from './inquiry-answer';
import { InquirySections } from './inquiry-sections';
import { ReferencePopulationsController } from './reference/reference-populations.controller';
import { ReferencePopulations } from './reference/reference-populations.service';
import { ReportExports } from './report-exports';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReferencePopulation]),
    AuditModule,
    AuthModule,
    CasesModule,
    DistrictsModule,
  ],
  controllers: [ReportsController, ReferencePopulationsController],
  providers: [ReportsService, ReportExports, InquiryAnswers, InquirySections, ReferencePopulations],
  exports: [ReportsService, InquirySections],
})
export class ReportsModule {}
