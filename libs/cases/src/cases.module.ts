import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@teilhabe/common';
import { AuditModule } from '@teilhabe/audit';
import { ProvidersModule } from '@teilhabe/providers';
import { CaseAccess } from './case-access';
import { CaseFindingSources } from './case-finding-sources';
import { CaseEventKeyRotation, CaseKeyRotation } from './case-key-rotation.service';
import { CaseRetention } from './case-retention.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { GuardiansController } from './guardians.controller';
import { CaseEvent } from './entities/case-event.entity';
import { CaseReferenceCounter } from './entities/case-reference-counter.entity';
import { Case } from './entities/case.entity';

@Module({
  imports: [
    AuditModule,
    ProvidersModule,
    IdempotencyModule,
    TypeOrmModule.forFeature([Case, CaseEvent, CaseReferenceCounter]),
  ],
  controllers: [CasesController, GuardiansController],
  providers: [
    CasesService,
    CaseAccess,
    CaseKeyRotation,
    CaseEventKeyRotation,
    CaseRetention,
    CaseFindingSources,
  ],
  exports: [CasesService, CaseAccess, CaseRetention, CaseFindingSources],
})
export class CasesModule {}
