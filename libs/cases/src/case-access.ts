import { Injectable } from '@nestjs/common';
import { type Actor } from '@teilhabe/common';
import { FacilitiesService } from '@teilhabe/providers';
import { type EntityManager } from 'typeorm';
import { caseNotFound } from './cases.exception';
import { type CaseEventType, CaseEvent } from './entities/case-event.entity';
import { Case } from './entities/case.entity';

/**
 * What other libraries may do with a case inside their own transaction: find or lock it
 * within the actor's districts, and write on its timeline. The case tables stay this
 * library's; others come through here.
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly facilities: FacilitiesService) {}

  /** Row lock: concurrent changes to one case happen one after the other. */
  async lock(m: EntityManager, id: string, scope: string[] | null): Promise<Case> {
    const found = await m.findOne(Case, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found || !(await this.facilityInScope(m, found.facilityId, scope))) throw caseNotFound();
    return found;
  }

  /** A case, without locking it, when it lies in `scope` (district ids; null: all). */
  async find(m: EntityManager, id: string, scope: string[] | null): Promise<Case> {
    const found = await m.findOne(Case, { where: { id } });
    if (!found || !(await this.facilityInScope(m, found.facilityId, scope))) throw caseNotFound();
    return found;
  }

  /** The kind of facility the case is about (Kita, OGS, …). */
  async facilityKind(m: EntityManager, c: Case): Promise<string> {
    const facility = await this.facilities.basics(c.facilityId, m);
    if (!facility) throw caseNotFound();
    return facility.kind;
  }

  /**
   * Writes one entry on a case's timeline, inside the caller's transaction. `data` must hold
   * no personal data; a reason the user typed goes in `reason`, which is encrypted.
   */
  async recordEvent(
    m: EntityManager,
    caseId: string,
    actor: Actor,
    type: CaseEventType,
    data: Record<string, unknown>,
    reason: string | null = null,
  ): Promise<void> {
    const event = m.create(CaseEvent, {
      caseId,
      actorId: actor.id,
      actorName: actor.name,
      type,
      data,
      reason,
    });
    await m.save(CaseEvent, event);
  }

  /** The facility exists and, for a district-bound actor, lies in one of their districts. */
  async facilityInScope(m: EntityManager, facilityId: string, scope: string[] | null) {
    const facility = await this.facilities.basics(facilityId, m);
    return facility !== null && (scope === null || scope.includes(facility.districtId));
  }
}
