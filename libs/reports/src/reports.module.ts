import { Module } from '@nestjs/common';
import { AuditModule } from '@teilhabe/audit';
import { AuthModule } from '@teilhabe/auth';
import { CasesModule } from '@teilhabe/cases';
import { DistrictsModule } from '@teilhabe/districts';
import { InquiryAnswers } from './inquiry-answer';
import { InquirySections } from './inquiry-sections';
import { ReportExports } from './report-exports';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [AuditModule, AuthModule, CasesModule, DistrictsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportExports, InquiryAnswers, InquirySections],
  exports: [ReportsService, InquirySections],
})
export class ReportsModule {}
