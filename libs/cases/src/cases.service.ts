import { districtScope, type StaffMember, UsersService } from '@teilhabe/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  claimIdempotencyKey,
  completeIdempotencyKey,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  InvalidInputException,
  type Page,
  requestHash,
  todayInBerlin,
  toPage,
  unknownReference,
} from '@teilhabe/common';
import { AuditService, fieldPaths } from '@teilhabe/audit';
import { FieldCipher, isEncrypted } from '@teilhabe/crypto';
import { assessCaseFacts, type CaseAssessment, settingOfFacility } from '@teilhabe/rules';
import { FacilitiesService, type FacilityFilter, type FacilityLabel } from '@teilhabe/providers';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { applyCaseUpdate } from './case-changes';
import { CaseFindingSources } from './case-finding-sources';
import { formatCaseReference } from './case-reference';
import { allowedTransitions, canTransition, isClosed, REOPENED_STATUS } from './case-status';
import {
  type CaseCount,
  type CaseDetail,
  type CaseSummary,
  type FacilityCaseCount,
  type GuardianExport,
  toCaseDetail,
  toCaseSummary,
} from './case.views';
import {
  caseClosed,
  caseNotClosed,
  caseNotFound,
  casePseudonymised,
  illegalTransition,
  onlyTeamLeadReassigns,
} from './cases.exception';
import { AddNoteDto, AssignDto, ReopenDto } from './dto/case-work.dto';
import { FacilityCountsQueryDto } from './dto/facility-counts-query.dto';
import { CaseCountQueryDto, CaseQueryDto } from './dto/case-query.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { TransitionDto } from './dto/transition.dto';
import { UpdateCaseDto } from './dto/update-case.dto';
import { Case } from './entities/case.entity';
import { CaseAccess } from './case-access';
import { CaseConsent } from './entities/case-consent.entity';
import { CaseLifecycle } from './case-lifecycle';
import { CaseStatistics } from './case-statistics';
import { CaseEvent } from './entities/case-event.entity';

/** Keys belong to one user: another user's key of the same name is another key. */
const createScope = (actor: Actor) => `POST /cases by ${actor.id ?? actor.name}`;

export interface CreatedCase {
  case: CaseDetail;
  /**
   * True when an Idempotency-Key matched an earlier request: `case` is then that request's
   * answer, and nothing new was created.
   */
  replayed: boolean;
}

export interface CreateOptions {
  /** A retried request with the same key returns the first answer and creates nothing. */
  idempotencyKey?: string;
  /**
   * More facts about how the complaint came in, kept on the timeline's `created` entry (such
   * as the parents' consent to be contacted). No personal data: the timeline is not encrypted.
   */
  createdEventData?: Record<string, unknown>;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly findingSources: CaseFindingSources,
    private readonly access: CaseAccess,
    private readonly facilities: FacilitiesService,
    private readonly users: UsersService,
    private readonly lifecycle: CaseLifecycle,
    private readonly statistics: CaseStatistics,
  ) {}

  /** The blind index of an e-mail address: equal for the same address however it is written. */
  private emailHash(email: string | null | undefined): string | null {
    return email
      ? this.cipher.blindIndex(email.trim().toLowerCase(), 'cases.guardian_email')
      : null;
  }

  async create(
    dto: CreateCaseDto,
    actor: Actor,
    { idempotencyKey, createdEventData = {} }: CreateOptions = {},
  ): Promise<CreatedCase> {
    return this.dataSource.transaction(async (m): Promise<CreatedCase> => {
      if (idempotencyKey) {
        const claim = await claimIdempotencyKey<CaseDetail>(
          m,
          createScope(actor),
          idempotencyKey,
          requestHash(dto),
        );
        if (claim.replay) {
          // The first answer, but only while its case is still one the caller may see.
          await this.get(claim.response.id, m, districtScope(actor));
          await this.audit.record(
            actor,
            { action: 'case.create_replayed', recordType: 'case', recordId: claim.response.id },
            m,
          );
          return { case: claim.response, replayed: true };
        }
      }
      if (!(await this.access.facilityInScope(m, dto.facilityId, districtScope(actor)))) {
        throw unknownReference('facilityId', 'Eine Einrichtung');
      }
      const year = Number(dto.receivedAt.slice(0, 4));
      // Taken last, so the counter row stays locked for as short a time as possible.
      const number = await nextReferenceNumber(m, year);
      const { guardian, child } = dto;
      const entity = m.create(Case, {
        reference: formatCaseReference(year, number),
        referenceYear: year,
        referenceNumber: number,
        facilityId: dto.facilityId,
        receivedAt: dto.receivedAt,
        channel: dto.channel,
        status: 'received',
        guardian: {
          name: guardian.name,
          email: guardian.email ?? null,
          emailHash: this.emailHash(guardian.email),
          phone: guardian.phone ?? null,
          address: guardian.address ? { ...guardian.address } : null,
        },
        child: {
          initials: child.initials,
          birthYear: child.birthYear,
          disability: child.disability ?? null,
          assistanceKind: child.assistance?.kind ?? null,
          assistanceHoursPerWeek: child.assistance?.hoursPerWeek ?? null,
        },
        patterns: dto.patterns ?? [],
        description: dto.description,
        contractTerminated: dto.contractTerminated ?? false,
        officeNotifiedBeforehand: dto.officeNotifiedBeforehand ?? null,
        consentToInvolveOthers: dto.consentToInvolveOthers ?? false,
        closedAt: null,
        escalatedAt: null,
      });
      await m.insert(Case, entity);
      await this.access.recordEvent(m, entity.id, actor, 'created', {
        ...createdEventData,
        reference: entity.reference,
        status: entity.status,
        facilityId: entity.facilityId,
        channel: entity.channel,
        patterns: entity.patterns,
      });
      await this.audit.record(
        actor,
        { action: 'case.create', recordType: 'case', recordId: entity.id, fields: fieldPaths(dto) },
        m,
      );
      await this.statistics.record(m, entity.id);
      await this.lifecycle.caseCreated(entity.id, m);
      const created = await this.get(entity.id, m);
      if (idempotencyKey) {
        await completeIdempotencyKey(m, createScope(actor), idempotencyKey, entity.id, created);
      }
      return { case: created, replayed: false };
    });
  }

  async list(query: CaseQueryDto, actor: Actor): Promise<Page<CaseSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const direction = query.sort === 'oldest' ? 'ASC' : 'DESC';
    const qb = (await this.filtered(query, actor))
      .orderBy('c.received_at', direction)
      .addOrderBy('c.id', direction)
      .limit(limit + 1);
    if (query.cursor) {
      const [receivedAt, id] = decodeCursor<[string, string]>(query.cursor, ['date', 'uuid']);
      qb.andWhere(
        `(c.received_at, c.id) ${direction === 'DESC' ? '<' : '>'} (CAST(:receivedAt AS date), CAST(:id AS uuid))`,
        { receivedAt, id },
      );
    }
    if (query.q) {
      const ids = await this.search(qb, query.q, limit + 1, direction);
      qb.andWhere('c.id = ANY(CAST(:ids AS uuid[]))', { ids });
    }
    const rows = await qb.getMany();
    const facilities = await this.facilities.labels(rows.map((c) => c.facilityId));
    const staff = await this.users.staffNames(rows.flatMap((c) => c.assigneeId ?? []));
    const page = toPage(
      rows,
      limit,
      (c) => toCaseSummary(c, facilities.get(c.facilityId)!, staff),
      (c) => [c.receivedAt, c.id],
    );
    // Which filters were used, never their values: a guardian's e-mail is one of them.
    await this.audit.record(actor, {
      action: 'case.list',
      recordType: 'case',
      details: { filters: fieldPaths(query), count: page.items.length },
    });
    return page;
  }

  /**
   * How many cases the filters match; null with a free-text search, which would have to
   * decrypt every description of the caller's districts to count.
   */
  async count(query: CaseCountQueryDto, actor: Actor): Promise<CaseCount> {
    if (query.q) return { count: null };
    const count = await (await this.filtered(query, actor)).getCount();
    await this.audit.record(actor, {
      action: 'case.count',
      recordType: 'case',
      details: { filters: fieldPaths(query), count },
    });
    return { count };
  }

  /** The caller's cases that pass the filters (everything but the free text). */
  private async filtered(
    query: CaseCountQueryDto,
    actor: Actor,
  ): Promise<SelectQueryBuilder<Case>> {
    if (query.receivedFrom && query.receivedTo && query.receivedFrom > query.receivedTo) {
      throw new InvalidInputException([
        {
          field: 'receivedTo',
          code: 'before_received_from',
          message: 'darf nicht vor receivedFrom liegen.',
        },
      ]);
    }
    const qb = await this.scoped(this.dataSource.manager, {
      scope: districtScope(actor),
      districtId: query.districtId,
      providerId: query.providerId,
      kind: query.facilityKind,
    });
    if (query.status?.length) qb.andWhere('c.status IN (:...status)', { status: query.status });
    if (query.facilityId)
      qb.andWhere('c.facility_id = :facilityId', { facilityId: query.facilityId });
    if (query.pattern) {
      qb.andWhere(':pattern = ANY(c.patterns)', { pattern: query.pattern });
    }
    if (query.guardianEmail) {
      qb.andWhere('c.guardian_email_hash = :hash', { hash: this.emailHash(query.guardianEmail) });
    }
    if (query.assigneeId) {
      qb.andWhere('c.assignee_id = :assigneeId', { assigneeId: query.assigneeId });
    }
    if (query.escalated === true) qb.andWhere('c.escalated_at IS NOT NULL');
    if (query.escalated === false) qb.andWhere('c.escalated_at IS NULL');
    if (query.unassigned === true) qb.andWhere('c.assignee_id IS NULL');
    if (query.unassigned === false) qb.andWhere('c.assignee_id IS NOT NULL');
    if (query.receivedFrom) qb.andWhere('c.received_at >= :from', { from: query.receivedFrom });
    if (query.receivedTo) qb.andWhere('c.received_at <= :to', { to: query.receivedTo });
    return qb;
  }

  /**
   * The ids of the first `want` cases of `qb` (in its order) whose Aktenzeichen or description
   * contains `q`, ignoring case. Descriptions are encrypted, so the database cannot search
   * them: the cases that pass the other filters are read in batches, newest first, decrypted
   * and matched here until enough are found. What that costs: README, "Searching".
   */
  private async search(
    qb: SelectQueryBuilder<Case>,
    q: string,
    want: number,
    direction: 'ASC' | 'DESC',
  ): Promise<string[]> {
    const needle = foldForSearch(q);
    const found: string[] = [];
    let after: [string, string] | null = null;
    // Small first batches answer common words quickly; rare ones get larger batches.
    for (let size = SEARCH_FIRST_BATCH; ; size = Math.min(size * 4, SEARCH_MAX_BATCH)) {
      const batch = qb
        .clone()
        .select('c.id', 'id')
        .addSelect('c.reference', 'reference')
        .addSelect('c.description', 'description')
        .addSelect('CAST(c.received_at AS text)', 'received_at')
        .limit(size);
      if (after) {
        batch.andWhere(
          `(c.received_at, c.id) ${direction === 'DESC' ? '<' : '>'} (CAST(:searchAt AS date), CAST(:searchId AS uuid))`,
          { searchAt: after[0], searchId: after[1] },
        );
      }
      const rows = await batch.getRawMany<SearchRow>();
      for (const row of rows) {
        const description = isEncrypted(row.description)
          ? this.cipher.decrypt(row.description, 'cases.description')
          : row.description;
        if (
          foldForSearch(row.reference).includes(needle) ||
          foldForSearch(description).includes(needle)
        ) {
          found.push(row.id);
          if (found.length === want) return found;
        }
      }
      if (rows.length < size) return found;
      const last = rows[rows.length - 1];
      after = [last.received_at, last.id];
    }
  }

  /**
   * Art. 15 GDPR: everything stored about the guardian with this e-mail address, in every
   * district. Found through the blind index; the export is audited, without the address.
   */
  async accessExport(email: string, actor: Actor): Promise<GuardianExport> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM cases WHERE guardian_email_hash = $1 ORDER BY received_at, id',
      [this.emailHash(email)],
    );
    const cases: CaseDetail[] = [];
    for (const { id } of rows) cases.push(await this.get(id));
    await this.audit.record(actor, {
      action: 'guardian.access_export',
      recordType: 'case',
      details: { caseIds: rows.map((r) => r.id) },
    });
    return {
      generatedAt: new Date().toISOString(),
      legalBasis: 'Art. 15 DSGVO',
      guardianEmail: email,
      cases,
    };
  }

  /** A caseworker opens a case: audited, unlike the internal `get`. */
  async read(id: string, actor: Actor): Promise<CaseDetail> {
    const detail = await this.get(id, this.dataSource.manager, districtScope(actor));
    await this.audit.record(actor, { action: 'case.read', recordType: 'case', recordId: id });
    return detail;
  }

  /** What the case-facts rules find in the case and what the office should do next. */
  async assess(id: string, actor: Actor): Promise<CaseAssessment> {
    const m = this.dataSource.manager;
    const found = await this.access.find(m, id, districtScope(actor));
    const setting = settingOfFacility(await this.access.facilityKind(m, found));
    await this.audit.record(actor, {
      action: 'case.assess',
      recordType: 'case',
      recordId: id,
      fields: ['patterns', 'facts', 'contracts.findings'],
    });
    return assessCaseFacts({
      contractFindings: await this.findingSources.collect(id),
      setting,
      patterns: found.patterns,
      contractTerminated: found.contractTerminated,
      officeNotifiedBeforehand: found.officeNotifiedBeforehand,
      consentToInvolveOthers: found.consentToInvolveOthers,
    });
  }

  /** A case with its timeline; outside `scope` (district ids) it does not exist. */
  async get(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    scope: string[] | null = null,
  ): Promise<CaseDetail> {
    const found = await manager.findOne(Case, { where: { id } });
    const facility = found && (await this.facilityOf(manager, found, scope));
    if (!found || !facility) throw caseNotFound();
    const events = await manager.find(CaseEvent, {
      where: { caseId: id },
      order: { id: 'ASC' },
    });
    const consents = await manager.find(CaseConsent, {
      where: { caseId: id },
      order: { recordedAt: 'ASC' },
    });
    const staff = await this.users.staffNames(found.assigneeId ? [found.assigneeId] : [], manager);
    return toCaseDetail(found, facility, staff, events, consents);
  }

  async update(id: string, dto: UpdateCaseDto, actor: Actor): Promise<CaseDetail> {
    await this.dataSource.transaction(async (m) => {
      const target = await this.access.lock(m, id, districtScope(actor));
      if (isClosed(target.status)) throw caseClosed(target.status);
      if (
        dto.facilityId &&
        !(await this.access.facilityInScope(m, dto.facilityId, districtScope(actor)))
      ) {
        throw unknownReference('facilityId', 'Eine Einrichtung');
      }
      if (dto.receivedAt && Number(dto.receivedAt.slice(0, 4)) !== target.referenceYear) {
        // The Aktenzeichen carries the year of receipt and is counted within it.
        throw new InvalidInputException([
          {
            field: 'receivedAt',
            code: 'reference_year_fixed',
            message: `muss im Jahr ${target.referenceYear} liegen, dem Jahr des Aktenzeichens ${target.reference}.`,
          },
        ]);
      }
      const changes = applyCaseUpdate(target, dto);
      if (changes.length === 0) return;
      target.guardian.emailHash = this.emailHash(target.guardian.email);
      await m.save(Case, target);
      await this.statistics.record(m, id);
      await this.access.recordEvent(m, id, actor, 'updated', { changes });
      await this.audit.record(
        actor,
        {
          action: 'case.update',
          recordType: 'case',
          recordId: id,
          fields: changes.map((c) => c.field),
        },
        m,
      );
    });
    return this.get(id);
  }

  async transition(id: string, dto: TransitionDto, actor: Actor): Promise<CaseDetail> {
    await this.dataSource.transaction(async (m) => {
      const target = await this.access.lock(m, id, districtScope(actor));
      const from = target.status;
      if (!canTransition(from, dto.to)) {
        throw illegalTransition(from, dto.to, allowedTransitions(from));
      }
      await m.update(Case, id, {
        status: dto.to,
        closedAt: isClosed(dto.to) ? new Date() : null,
      });
      await this.statistics.record(m, id);
      await this.access.recordEvent(
        m,
        id,
        actor,
        'status_changed',
        { from, to: dto.to },
        dto.reason,
      );
      if (isClosed(dto.to)) await this.lifecycle.caseClosed(id, m);
      await this.audit.record(
        actor,
        {
          action: 'case.transition',
          recordType: 'case',
          recordId: id,
          fields: ['status'],
          details: { from, to: dto.to },
        },
        m,
      );
    });
    return this.get(id);
  }

  /**
   * Complaints per facility of a provider (or of one facility), within the caller's
   * districts: total, open, and those of the last twelve months, where two or more are a
   * repeat that should stand out.
   */
  async facilityCounts(query: FacilityCountsQueryDto, actor: Actor): Promise<FacilityCaseCount[]> {
    if (!query.providerId && !query.facilityId) {
      throw new InvalidInputException([
        {
          field: 'providerId',
          code: 'required',
          message: 'providerId oder facilityId muss angegeben werden.',
        },
      ]);
    }
    const qb = await this.scoped(this.dataSource.manager, {
      scope: districtScope(actor),
      providerId: query.providerId,
    });
    if (query.facilityId) {
      qb.andWhere('c.facility_id = :facilityId', { facilityId: query.facilityId });
    }
    // A year back from today in Berlin (29 February becomes 1 March).
    const [y, m, d] = todayInBerlin().split('-').map(Number);
    const yearAgo = new Date(Date.UTC(y - 1, m - 1, d)).toISOString().slice(0, 10);
    const rows = await qb
      .select('c.facility_id', 'facilityId')
      .addSelect('count(*)::int', 'total')
      .addSelect('(count(*) FILTER (WHERE c.closed_at IS NULL))::int', 'open')
      .addSelect(
        '(count(*) FILTER (WHERE c.received_at > CAST(:yearAgo AS date)))::int',
        'lastTwelveMonths',
      )
      .addSelect('CAST(max(c.received_at) AS text)', 'lastReceivedAt')
      .setParameter('yearAgo', yearAgo)
      .groupBy('c.facility_id')
      .orderBy('"lastReceivedAt"', 'DESC')
      .getRawMany<Omit<FacilityCaseCount, 'repeated'>>();
    await this.audit.record(actor, {
      action: 'case.count_by_facility',
      recordType: 'case',
      details: { filters: fieldPaths(query), facilities: rows.length },
    });
    return rows.map((r) => ({ ...r, repeated: r.lastTwelveMonths >= 2 }));
  }

  /** A note on the timeline (a call, an agreement): encrypted, like every text about the family. */
  async addNote(id: string, dto: AddNoteDto, actor: Actor): Promise<CaseDetail> {
    await this.dataSource.transaction(async (m) => {
      const target = await this.access.lock(m, id, districtScope(actor));
      if (target.pseudonymisedAt) throw casePseudonymised();
      await this.access.recordEvent(m, id, actor, 'note_added', {}, dto.text);
      await this.audit.record(
        actor,
        { action: 'case.note', recordType: 'case', recordId: id, fields: ['note'] },
        m,
      );
    });
    return this.get(id);
  }

  /** Who may work the case: active caseworkers and team leads of its district. */
  async assignees(id: string, actor: Actor): Promise<StaffMember[]> {
    const found = await this.access.find(this.dataSource.manager, id, districtScope(actor));
    const district = await this.access.districtOf(this.dataSource.manager, found);
    return this.users.caseStaff(district);
  }

  /**
   * Gives the case to someone who works the cases of its district, or to nobody. A caseworker
   * may take a case nobody works and give back their own; everything else is the team
   * lead's (reassigning).
   */
  async assign(id: string, dto: AssignDto, actor: Actor): Promise<CaseDetail> {
    if (dto.assigneeId === undefined) {
      throw new InvalidInputException([
        {
          field: 'assigneeId',
          code: 'required',
          message: 'muss angegeben werden (null: niemand).',
        },
      ]);
    }
    const to = dto.assigneeId;
    await this.dataSource.transaction(async (m) => {
      const target = await this.access.lock(m, id, districtScope(actor));
      if (isClosed(target.status) || target.pseudonymisedAt) throw caseClosed(target.status);
      const from = target.assigneeId;
      if (from === to) return;
      if (actor.role !== 'team_lead') {
        const takes = from === null && to === actor.id;
        const returns = from === actor.id && to === null;
        if (!takes && !returns) throw onlyTeamLeadReassigns();
      }
      if (to !== null) {
        const district = await this.access.districtOf(m, target);
        if (!(await this.users.caseStaff(district, m)).some((s) => s.id === to)) {
          throw unknownReference('assigneeId', 'Eine Sachbearbeitung dieses Bezirks');
        }
      }
      await m.update(Case, id, { assigneeId: to });
      const names = await this.users.staffNames(
        [from, to].filter((x) => x !== null),
        m,
      );
      await this.access.recordEvent(m, id, actor, 'assigned', {
        from: from && { id: from, name: names.get(from) ?? 'unbekannt' },
        to: to && { id: to, name: names.get(to) ?? 'unbekannt' },
      });
      await this.audit.record(
        actor,
        {
          action: 'case.assign',
          recordType: 'case',
          recordId: id,
          fields: ['assignee'],
          details: { from, to },
        },
        m,
      );
    });
    return this.get(id);
  }

  /** A closed case opened again by the team lead, with a reason: back to assessment. */
  async reopen(id: string, dto: ReopenDto, actor: Actor): Promise<CaseDetail> {
    await this.dataSource.transaction(async (m) => {
      const target = await this.access.lock(m, id, districtScope(actor));
      if (target.pseudonymisedAt) throw casePseudonymised();
      if (!isClosed(target.status)) throw caseNotClosed(target.status);
      const from = target.status;
      await m.update(Case, id, { status: REOPENED_STATUS, closedAt: null });
      await this.statistics.record(m, id);
      await this.access.recordEvent(
        m,
        id,
        actor,
        'reopened',
        { from, to: REOPENED_STATUS },
        dto.reason,
      );
      await this.audit.record(
        actor,
        {
          action: 'case.reopen',
          recordType: 'case',
          recordId: id,
          fields: ['status'],
          details: { from, to: REOPENED_STATUS },
        },
        m,
      );
    });
    return this.get(id);
  }

  /**
   * Cases whose facility passes `filter` (the actor's districts, a district, provider or kind
   * of facility): the providers' library says which facilities those are.
   */
  private async scoped(
    manager: EntityManager,
    filter: FacilityFilter,
  ): Promise<SelectQueryBuilder<Case>> {
    const qb = manager.createQueryBuilder(Case, 'c');
    const facilityIds = await this.facilities.idsMatching(filter, manager);
    if (facilityIds) {
      qb.where('c.facility_id = ANY(CAST(:facilityIds AS uuid[]))', { facilityIds });
    }
    return qb;
  }

  /** The case's facility as views name it; null when it lies outside `scope`. */
  private async facilityOf(
    manager: EntityManager,
    found: Case,
    scope: string[] | null,
  ): Promise<FacilityLabel | null> {
    const label = (await this.facilities.labels([found.facilityId], manager)).get(found.facilityId);
    return label && (scope === null || scope.includes(label.district.id)) ? label : null;
  }
}

const SEARCH_FIRST_BATCH = 50;
const SEARCH_MAX_BATCH = 3200;

interface SearchRow {
  id: string;
  reference: string;
  description: string;
  received_at: string;
}

/** Case-insensitive comparison as ILIKE does it, with composed and decomposed umlauts equal. */
function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Counts up the year's Aktenzeichen; the row lock orders concurrent creates. */
async function nextReferenceNumber(m: EntityManager, year: number): Promise<number> {
  const rows = await m.query<{ last_number: number }[]>(
    `INSERT INTO case_reference_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = case_reference_counters.last_number + 1
     RETURNING last_number`,
    [year],
  );
  return rows[0].last_number;
}
