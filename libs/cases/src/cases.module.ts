import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@teilhabe/common';
import { AuditModule } from '@teilhabe/audit';
import { AuthModule } from '@teilhabe/auth';
import { ProvidersModule } from '@teilhabe/providers';
import { CaseAccess } from './case-access';
import { CaseLifecycle } from './case-lifecycle';
import { CaseStatistics } from './case-statistics';
import { CaseStatistic } from './entities/case-statistic.entity';
import { CaseStatisticMonth } from './entities/case-statistic-month.entity';
import { CaseFindingSources } from './case-finding-sources';
import { CaseEventKeyRotation, CaseKeyRotation } from './case-key-rotation.service';
import { CaseRetention } from './case-retention.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ConsentsController } from './consents.controller';
import { ConsentsService } from './consents.service';
import { GuardiansController } from './guardians.controller';
import { CaseConsent } from './entities/case-consent.entity';
import { CaseEvent } from './entities/case-event.entity';
import { CaseReferenceCounter } from './entities/case-reference-counter.entity';
import { Case } from './entities/case.entity';

@Module({
  imports: [
    AuditModule,
    AuthModule,
    ProvidersModule,
    IdempotencyModule,
    TypeOrmModule.forFeature([
      Case,
      CaseEvent,
      CaseReferenceCounter,
      CaseConsent,
      CaseStatistic,
      CaseStatisticMonth,
    ]),
  ],
  controllers: [CasesController, ConsentsController, GuardiansController],
  providers: [
    CasesService,
    ConsentsService,
    CaseAccess,
    CaseKeyRotation,
    CaseEventKeyRotation,
    CaseRetention,
    CaseFindingSources,
    CaseLifecycle,
    CaseStatistics,
  ],
  exports: [
    CasesService,
    CaseAccess,
    CaseRetention,
    CaseFindingSources,
    CaseLifecycle,
    CaseStatistics,
  ],
})
export class CasesModule {}
