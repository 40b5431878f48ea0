import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type LetterTemplate } from './letter-kinds';

/** A letter went out: the mail server accepted it, or the caseworker posted it. */
export interface LetterSent {
  letterId: string;
  caseId: string;
  template: LetterTemplate;
  recipient: 'provider' | 'guardians';
  sentAt: Date;
}

/** A provider answered a letter through its link (with a revised contract, or in words). */
export interface ProviderAnswered {
  /** The letter answered (an advisory letter, also when the link came with its reminder). */
  letterId: string;
  caseId: string;
  contractId: string | null;
  /** The rules' verdict on the revised contract; null without one. */
  verdict: 'unlawful' | 'review' | 'lawful' | null;
}

type Listener<E> = (event: E, m: EntityManager) => Promise<void>;

/**
 * What other libraries (follow-ups) hear of letters. Listeners run inside the transaction that
 * marks the letter sent, or records the answer: what they write is committed with it or not
 * at all. Register in onModuleInit.
 */
@Injectable()
export class LetterEvents {
  private readonly sent: Listener<LetterSent>[] = [];
  private readonly answered: Listener<ProviderAnswered>[] = [];

  onSent(listener: (event: LetterSent, m: EntityManager) => Promise<void>): void {
    this.sent.push(listener);
  }

  onAnswered(listener: (event: ProviderAnswered, m: EntityManager) => Promise<void>): void {
    this.answered.push(listener);
  }

  async emitSent(event: LetterSent, m: EntityManager): Promise<void> {
    for (const listener of this.sent) await listener(event, m);
  }

  async emitAnswered(event: ProviderAnswered, m: EntityManager): Promise<void> {
    for (const listener of this.answered) await listener(event, m);
  }
}
