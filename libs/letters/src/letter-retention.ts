import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CaseRetention } from '@teilhabe/cases';
import { type EntityManager, In } from 'typeorm';
import { Letter } from './entities/letter.entity';
import { ProviderAnswer } from './entities/provider-answer.entity';

/**
 * The letters' share of retention: what a letter said (its PDF and mail, where it went) and
 * what a provider wrote back are erased with the case's personal data; that a letter of which
 * kind went out when, and what the provider's contract was judged, stay for the reports. Its
 * answer links stop working once the case is closed, as every case retention reaches is.
 */
@Injectable()
export class LetterRetention implements OnModuleInit {
  constructor(private readonly retention: CaseRetention) {}

  onModuleInit(): void {
    this.retention.addStep('letters', (m, caseIds) => this.erase(m, caseIds));
  }

  private async erase(m: EntityManager, caseIds: string[]): Promise<void> {
    await m.update(
      Letter,
      { caseId: In(caseIds) },
      { pdf: null, mailText: null, sentTo: null, disclosed: [] },
    );
    await m.update(ProviderAnswer, { caseId: In(caseIds) }, { text: null });
  }
}
