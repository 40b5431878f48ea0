import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Injectable } from '@nestjs/common';
import { type Actor } from '@teilhabe/common';
import { FacilitiesService, type FacilityLabel } from '@teilhabe/providers';
import { type EntityManager, IsNull } from 'typeorm';
import { caseNotFound } from './cases.exception';
import { type CaseStatus } from './case-status';
import { CaseConsent, type ConsentRecipient } from './entities/case-consent.entity';
import { type CaseEventType, CaseEvent } from './entities/case-event.entity';
import { Case } from './entities/case.entity';

/** A case as another library's list names it: no personal data. */
export interface CaseHeadline {
  id: string;
  reference: string;
  status: CaseStatus;
  assigneeId: string | null;
  facility: FacilityLabel;
}

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

  /**
   * Marks the case as escalated to the team lead (once; a later escalation leaves the first
   * date) and says so on the timeline.
   */
  async escalate(
    m: EntityManager,
    caseId: string,
    actor: Actor,
    data: Record<string, unknown>,
  ): Promise<void> {
    await m
      .createQueryBuilder()
      .update(Case)
      .set({ escalatedAt: () => 'coalesce(escalated_at, now())' })
      .where('id = :caseId', { caseId })
      .execute();
    await this.recordEvent(m, caseId, actor, 'escalated', data);
  }

  /** Reference, status, facility and assignee of cases, for others' lists (no personal data). */
  async summaries(m: EntityManager, caseIds: string[]): Promise<Map<string, CaseHeadline>> {
    if (caseIds.length === 0) return new Map();
    const rows = await m
      .createQueryBuilder(Case, 'c')
      .select(['c.id', 'c.reference', 'c.status', 'c.facilityId', 'c.assigneeId'])
      .where('c.id = ANY(CAST(:ids AS uuid[]))', { ids: [...new Set(caseIds)] })
      .getMany();
    const facilities = await this.facilities.labels(
      rows.map((c) => c.facilityId),
      m,
    );
    return new Map(
      rows.map((c) => [
        c.id,
        {
          id: c.id,
          reference: c.reference,
          status: c.status,
          assigneeId: c.assigneeId,
          facility: facilities.get(c.facilityId)!,
        },
      ]),
    );
  }

  /**
   * How many cases the facilities of a provider had since a day (YYYY-MM-DD, receipt), and
   * the district of the case's own facility.
   */
  async providerCasesSince(
    m: EntityManager,
    caseId: string,
    since: string,
  ): Promise<{ providerId: string; districtId: string; count: number } | null> {
    const found = await m.findOne(Case, { where: { id: caseId } });
    if (!found) return null;
    const label = (await this.facilities.labels([found.facilityId], m)).get(found.facilityId);
    if (!label) return null;
    const ids = await this.facilities.idsMatching(
      { scope: null, providerId: label.provider.id },
      m,
    );
    const count = await m
      .createQueryBuilder(Case, 'c')
      .where('c.facility_id = ANY(CAST(:ids AS uuid[]))', { ids: ids ?? [] })
      .andWhere('c.received_at >= :since', { since })
      .getCount();
    return { providerId: label.provider.id, districtId: label.district.id, count };
  }

  /**
   * How many cases facilities of a district and kind received between two days (inclusive,
   * YYYY-MM-DD): a count only, for the funding overview beside the complaints.
   */
  async countReceived(
    m: EntityManager,
    filter: { districtId: string; kind: string; from: string; to: string },
  ): Promise<number> {
    const ids = await this.facilities.idsMatching(
      { scope: null, districtId: filter.districtId, kind: filter.kind },
      m,
    );
    return m
      .createQueryBuilder(Case, 'c')
      .where('c.facility_id = ANY(CAST(:ids AS uuid[]))', { ids: ids ?? [] })
      .andWhere('c.received_at BETWEEN CAST(:from AS date) AND CAST(:to AS date)', filter)
      .getCount();
  }

  /** The district the case belongs to (its facility's). */
  async districtOf(m: EntityManager, c: Case): Promise<string> {
    const facility = await this.facilities.basics(c.facilityId, m);
    if (!facility) throw caseNotFound();
    return facility.districtId;
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
    // A plain insert: an event is never read back here, and save() would load it again.
    await m.insert(CaseEvent, {
      caseId,
      actorId: actor.id,
      actorName: actor.name,
      type,
      data: data as QueryDeepPartialEntity<Record<string, unknown>>,
      reason,
    });
  }

  /**
   * The parents' standing consent to pass on what they entrusted to `recipient`, or null:
   * what another library checks before a letter with those facts leaves the office.
   */
  async activeConsent(
    m: EntityManager,
    caseId: string,
    recipient: ConsentRecipient,
  ): Promise<{ id: string; givenAt: string } | null> {
    const consent = await m.findOne(CaseConsent, {
      where: { caseId, recipient, withdrawnAt: IsNull() },
      order: { recordedAt: 'DESC' },
    });
    return consent && { id: consent.id, givenAt: consent.givenAt };
  }

  /** One consent of a case (given, perhaps withdrawn since), or null. */
  async consent(
    m: EntityManager,
    caseId: string,
    consentId: string,
  ): Promise<{ id: string; givenAt: string; withdrawnAt: string | null } | null> {
    const consent = await m.findOne(CaseConsent, { where: { id: consentId, caseId } });
    return (
      consent && { id: consent.id, givenAt: consent.givenAt, withdrawnAt: consent.withdrawnAt }
    );
  }

  /** Of these cases, those still open and within `scope` (district ids; null: all). */
  async openOf(m: EntityManager, caseIds: string[], scope: string[] | null): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set();
    const qb = m
      .createQueryBuilder(Case, 'c')
      .select('c.id', 'id')
      .where('c.id = ANY(CAST(:caseIds AS uuid[]))', { caseIds: [...new Set(caseIds)] })
      .andWhere('c.closed_at IS NULL');
    const facilityIds = await this.facilities.idsMatching({ scope }, m);
    if (facilityIds) {
      qb.andWhere('c.facility_id = ANY(CAST(:facilityIds AS uuid[]))', { facilityIds });
    }
    return new Set((await qb.getRawMany<{ id: string }>()).map((r) => r.id));
  }

  /** The facility exists and, for a district-bound actor, lies in one of their districts. */
  async facilityInScope(m: EntityManager, facilityId: string, scope: string[] | null) {
    const facility = await this.facilities.basics(facilityId, m);
    return facility !== null && (scope === null || scope.includes(facility.districtId));
  }
}
