import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

/** What another library does when a case is created or closed, in that transaction. */
export type CaseListener = (caseId: string, m: EntityManager) => Promise<void>;

/**
 * The moments of a case others act on (deadlines end when a case closes, a second complaint
 * about a provider is flagged): a library registers a listener at start-up, and the cases
 * library calls it in the transaction of the change.
 */
@Injectable()
export class CaseLifecycle {
  private readonly created: CaseListener[] = [];
  private readonly closed: CaseListener[] = [];

  onCreated(listener: CaseListener): void {
    this.created.push(listener);
  }

  onClosed(listener: CaseListener): void {
    this.closed.push(listener);
  }

  async caseCreated(caseId: string, m: EntityManager): Promise<void> {
    for (const listener of this.created) await listener(caseId, m);
  }

  async caseClosed(caseId: string, m: EntityManager): Promise<void> {
    for (const listener of this.closed) await listener(caseId, m);
  }
}
