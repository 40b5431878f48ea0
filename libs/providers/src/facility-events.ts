import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

/**
 * What a facility is counted by changed: its kind, its provider or district, or its provider's
 * type. Other libraries (the cases' report summary) bring what they keep of it up to date.
 */
export interface FacilitiesChanged {
  facilityIds: string[];
}

type Listener = (event: FacilitiesChanged, m: EntityManager) => Promise<void>;

/**
 * Listeners run inside the transaction that changes the facility or provider: what they write
 * is committed with it or not at all. Register in onModuleInit.
 */
@Injectable()
export class FacilityEvents {
  private readonly changed: Listener[] = [];

  onChanged(listener: Listener): void {
    this.changed.push(listener);
  }

  async emitChanged(event: FacilitiesChanged, m: EntityManager): Promise<void> {
    if (event.facilityIds.length === 0) return;
    for (const listener of this.changed) await listener(event, m);
  }
}
