import { Module } from '@nestjs/common';
import { AuditModule } from '@teilhabe/audit';
import { ProvidersModule } from '@teilhabe/providers';
import { CaseAccess } from './case-access';
import { CaseFindingSources } from './case-finding-sources';
import { CaseEventKeyRotation, CaseKeyRotation } from './case-key-rotation.service';
import { CaseRetention } from './case-retention.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { GuardiansController } from './guardians.controller';

@Module({
  imports: [AuditModule, ProvidersModule],
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
