import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '@teilhabe/cases';
import { type EntityManager, In } from 'typeorm';
import { CareContract } from './entities/care-contract.entity';

/**
 * The contracts' share of retention: care contracts hold names and circumstances in their
 * text, so they go entirely. Their verdicts stay on the case's timeline (contract_checked
 * events carry no personal data).
 */
@Injectable()
export class ContractRetention implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
    this.retention.addStep('care_contracts', (m, caseIds) => this.erase(m, caseIds));
  }

  private async erase(m: EntityManager, caseIds: string[]): Promise<void> {
    await m.delete(CareContract, { caseId: In(caseIds) });
  }
}
