import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@teilhabe/audit';
import { CasesModule } from '@teilhabe/cases';
import { ContractsController, ContractsRecheckController } from './contracts.controller';
import { ContractKeyRotation } from './contract-key-rotation.service';
import { ContractRetention } from './contract-retention';
import { ContractsService } from './contracts.service';
import { RulesController } from './rules.controller';
import { CareContract } from './entities/care-contract.entity';

@Module({
  imports: [AuditModule, CasesModule, TypeOrmModule.forFeature([CareContract])],
  controllers: [RulesController, ContractsController, ContractsRecheckController],
  providers: [ContractsService, ContractKeyRotation, ContractRetention],
  exports: [ContractsService],
})
export class ContractsModule {}
