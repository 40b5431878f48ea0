import { districtScope } from '@teilhabe/auth';
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
  toPage,
  unknownReference,
} from '@teilhabe/common';
import { AuditService, fieldPaths } from '@teilhabe/audit';
import { FieldCipher, isEncrypted } from '@teilhabe/crypto';
import { assessCaseFacts, type CaseAssessment, settingOfFacility } from '@teilhabe/rules';
import { DataSource, type EntityManager } from 'typeorm';
import { applyCaseUpdate } from './case-changes';
import { CaseFindingSources } from './case-finding-sources';
import { formatCaseReference } from './case-reference';
import { allowedTransitions, canTransition, isClosed } from './case-status';
import { type CaseDetail, type CaseSummary, toCaseDetail, toCaseSummary } from './case.views';
import { caseClosed, caseNotFound, illegalTransition } from './cases.exception';
import { CaseQueryDto } from './dto/case-query.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { TransitionDto } from './dto/transition.dto';
import { UpdateCaseDto } from './dto/update-case.dto';
import { Case } from './entities/case.entity';
import { CaseAccess } from './case-access';
import { CaseEvent } from './entities/case-event.entity';

/** Keys belong to one user: another user's key of the same name is another key. */
const createScope = (actor: Actor) => `POST /cases by ${actor.id ?? actor.name}`;

export interface GuardianExport {
  generatedAt: string;
  legalBasis: string;
  guardianEmail: string;
  cases: CaseDetail[];
}

export interface CreatedCase {
  case: CaseDetail;
  /**
   * True when an Idempotency-Key matched an earlier request: `case` is then that request's
   * answer, and nothing new was created.
   */
  replayed: boolean;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly findingSources: CaseFindingSources,
    private readonly access: CaseAccess,
  ) {}

  /** The blind index of an e-mail address: equal for the same address however it is written. */
  private emailHash(email: string | null | undefined): string | null {
    return email
      ? this.cipher.blindIndex(email.trim().toLowerCase(), 'cases.guardian_email')
      : null;
  }

  async create(dto: CreateCaseDto, actor: Actor, idempotencyKey?: string): Promise<CreatedCase> {
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
      });
      await m.insert(Case, entity);
      await this.access.recordEvent(m, entity.id, actor, 'created', {
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
      const created = await this.get(entity.id, m);
      if (idempotencyKey) {
        await completeIdempotencyKey(m, createScope(actor), idempotencyKey, entity.id, created);
      }
      return { case: created, replayed: false };
    });
  }

  async list(query: CaseQueryDto, actor: Actor): Promise<Page<CaseSummary>> {
    if (query.receivedFrom && query.receivedTo && query.receivedFrom > query.receivedTo) {
      throw new InvalidInputException([
        {
          field: 'receivedTo',
          code: 'before_received_from',
          message: 'darf nicht vor receivedFrom liegen.',
        },
      ]);
    }
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.withFacility(this.dataSource.manager, districtScope(actor))
      .orderBy('c.received_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (query.status?.length) qb.andWhere('c.status IN (:...status)', { status: query.status });
    if (query.districtId)
      qb.andWhere('f.district_id = :districtId', { districtId: query.districtId });
    if (query.facilityId)
      qb.andWhere('c.facility_id = :facilityId', { facilityId: query.facilityId });
    if (query.providerId)
      qb.andWhere('f.provider_id = :providerId', { providerId: query.providerId });
    if (query.facilityKind) qb.andWhere('f.kind = :kind', { kind: query.facilityKind });
    if (query.pattern) {
      qb.andWhere(':pattern = ANY(c.patterns)', { pattern: query.pattern });
    }
    if (query.guardianEmail) {
      qb.andWhere('c.guardian_email_hash = :hash', { hash: this.emailHash(query.guardianEmail) });
    }
    if (query.receivedFrom) qb.andWhere('c.received_at >= :from', { from: query.receivedFrom });
    if (query.receivedTo) qb.andWhere('c.received_at <= :to', { to: query.receivedTo });
    if (query.cursor) {
      const [receivedAt, id] = decodeCursor<[string, string]>(query.cursor, ['date', 'uuid']);
      qb.andWhere('(c.received_at, c.id) < (CAST(:receivedAt AS date), CAST(:id AS uuid))', {
        receivedAt,
        id,
      });
    }
    if (query.q) {
      const ids = await this.search(qb, query.q, limit + 1);
      qb.andWhere('c.id = ANY(CAST(:ids AS uuid[]))', { ids });
    }
    const rows = await qb.getMany();
    const page = toPage(rows, limit, toCaseSummary, (c) => [c.receivedAt, c.id]);
    // Which filters were used, never their values: a guardian's e-mail is one of them.
    await this.audit.record(actor, {
      action: 'case.list',
      recordType: 'case',
      details: { filters: fieldPaths(query), count: page.items.length },
    });
    return page;
  }

  /**
   * The ids of the first `want` cases of `qb` (in its order) whose Aktenzeichen or description
   * contains `q`, ignoring case. Descriptions are encrypted, so the database cannot search
   * them: the cases that pass the other filters are read in batches, newest first, decrypted
   * and matched here until enough are found. What that costs: README, "Searching".
   */
  private async search(
    qb: ReturnType<CasesService['withFacility']>,
    q: string,
    want: number,
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
          '(c.received_at, c.id) < (CAST(:searchAt AS date), CAST(:searchId AS uuid))',
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
    const found = await this.withFacility(this.dataSource.manager, districtScope(actor))
      .andWhere('c.id = :id', { id })
      .getOne();
    if (!found) throw caseNotFound();
    await this.audit.record(actor, {
      action: 'case.assess',
      recordType: 'case',
      recordId: id,
      fields: ['patterns', 'facts', 'contracts.findings'],
    });
    return assessCaseFacts({
      contractFindings: await this.findingSources.collect(id),
      setting: settingOfFacility(found.facility.kind),
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
    const found = await this.withFacility(manager, scope).andWhere('c.id = :id', { id }).getOne();
    if (!found) throw caseNotFound();
    const events = await manager.find(CaseEvent, {
      where: { caseId: id },
      order: { id: 'ASC' },
    });
    return toCaseDetail(found, events);
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
      await this.access.recordEvent(
        m,
        id,
        actor,
        'status_changed',
        { from, to: dto.to },
        dto.reason,
      );
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

  private withFacility(manager: EntityManager, scope: string[] | null) {
    const qb = manager
      .createQueryBuilder(Case, 'c')
      .innerJoinAndSelect('c.facility', 'f')
      .innerJoinAndSelect('f.provider', 'p')
      .innerJoinAndSelect('f.district', 'd');
    if (scope) qb.where('f.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    return qb;
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
