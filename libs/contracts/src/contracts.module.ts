import { Module } from '@nestjs/common';
import { AuditModule } from '@teilhabe/audit';
import { CasesModule } from '@teilhabe/cases';
import { ContractsController, ContractsRecheckController } from './contracts.controller';
import { ContractKeyRotation } from './contract-key-rotation.service';
import { ContractRetention } from './contract-retention';
import { ContractsService } from './contracts.service';
import { RulesController } from './rules.controller';

@Module({
  imports: [AuditModule, CasesModule],
  controllers: [RulesController, ContractsController, ContractsRecheckController],
  providers: [ContractsService, ContractKeyRotation, ContractRetention],
  exports: [ContractsService],
})
export class ContractsModule {}
