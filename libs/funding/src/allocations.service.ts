import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, fieldPaths } from '@teilhabe/audit';
import { districtScope, UsersService } from '@teilhabe/auth';
import { LettersConfig } from '@teilhabe/config';
import {
  type Actor,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainException,
  InvalidInputException,
  isUniqueViolation,
  type Page,
  toPage,
  unknownReference,
} from '@teilhabe/common';
import { DistrictsService } from '@teilhabe/districts';
import { JobHandler, JobName, type JobPayloads, type JobResult, JobsService } from '@teilhabe/jobs';
import { AllocationLetters, type AllocationLetterView } from '@teilhabe/letters';
import { MailService } from '@teilhabe/mail';
import {
  assessAllocation,
  berlinMidnight,
  centsOf,
  EXPENDITURE_CATEGORY_LABELS,
  formatDecimalAmount,
  formatEuro,
  isSchoolYear,
} from '@teilhabe/rules';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  type AllocationQueryDto,
  type CreateAllocationDto,
  type CreateExpenditureDto,
  type SettlementDto,
} from './dto/funding.dto';
import { checkDistrict } from './district-check';
import { Allocation } from './entities/allocation.entity';
import { Expenditure } from './entities/expenditure.entity';
import { PoolModel } from './entities/pool-model.entity';
import { RepaymentReminder } from './entities/repayment-reminder.entity';
import { School } from './entities/school.entity';
import { parseExpenditureCsv } from './expenditure-csv';
import {
  allocationNotFound,
  duplicateAllocation,
  FundingErrorCode,
  letterNotFound,
  noMinistryNotice,
} from './funding.exception';
import {
  type AllocationView,
  type AssessmentView,
  type ExpenditureView,
  type ImportResultView,
  type RepaymentReminderView,
} from './funding.views';

const money = formatDecimalAmount;

/** Allocations of the Inklusionspauschale, what was spent of them, their check and settlement. */
@Injectable()
export class AllocationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly districts: DistrictsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly letters: AllocationLetters,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly lettersConfig: LettersConfig,
  ) {}

  /**
   * Drafts the notice to the ministry (§ 4 Abs. 2 of the agreement) with the amounts of the
   * assessment; only when money cannot be used as earmarked.
   */
  async draftMinistryNotice(allocationId: string, actor: Actor): Promise<AllocationLetterView> {
    return this.dataSource.transaction(async (m) => {
      const allocation = await this.find(m, allocationId, actor, true);
      const a = await this.assess(m, allocation);
      if (!a.notifyMinistry || !a.repaymentDueBy) throw noMinistryNotice();
      const euro = (text: string) => formatEuro(centsOf(text));
      const letter = await this.letters.draftMinistryNotice(
        m,
        {
          allocationId,
          district: a.district.name,
          schoolYear: a.schoolYear,
          decidedAt: allocation.decidedAt,
          paidAt: allocation.paidAt,
          allocated: euro(a.allocated),
          properlyUsed: euro(a.properlyUsed),
          ineligible: euro(a.ineligible),
          unused: euro(a.unused),
          repaymentDue: euro(a.repaymentDue),
          dueBy: a.repaymentDueBy,
          settlement: a.settlement && { agreedAt: a.settlement.agreedAt },
          lines: a.lines
            .filter((l) => l.ineligible !== '0.00')
            .map((l) => ({
              category: l.categoryLabel,
              description: l.description,
              ineligible: euro(l.ineligible),
              reason: l.reason,
            })),
        },
        actor,
      );
      await this.audit.record(
        actor,
        {
          action: 'funding.ministry_notice.draft',
          recordType: 'allocation',
          recordId: allocationId,
          details: { letterId: letter.id },
        },
        m,
      );
      return letter;
    });
  }

  async ministryLetters(allocationId: string, actor: Actor): Promise<AllocationLetterView[]> {
    const m = this.dataSource.manager;
    await this.find(m, allocationId, actor);
    return this.letters.list(m, allocationId);
  }

  async ministryLetterPdf(allocationId: string, letterId: string, actor: Actor): Promise<Buffer> {
    const m = this.dataSource.manager;
    await this.find(m, allocationId, actor);
    const pdf = await this.letters.pdf(m, allocationId, letterId);
    if (!pdf) throw letterNotFound();
    return pdf;
  }

  async create(dto: CreateAllocationDto, actor: Actor): Promise<AllocationView> {
    const problems = [];
    if (!isSchoolYear(dto.schoolYear)) {
      problems.push({
        field: 'schoolYear',
        code: 'school_year',
        message: 'muss zwei aufeinanderfolgende Jahre nennen (z. B. 2020/2021).',
      });
    }
    if (dto.paidAt < dto.decidedAt) {
      problems.push({
        field: 'paidAt',
        code: 'before_decided_at',
        message: 'darf nicht vor decidedAt liegen.',
      });
    }
    if (problems.length > 0) throw new InvalidInputException(problems);
    await checkDistrict(this.districts, dto.districtId, actor);
    let id = '';
    try {
      await this.dataSource.transaction(async (m) => {
        const saved = await m.save(
          m.create(Allocation, {
            districtId: dto.districtId,
            schoolYear: dto.schoolYear,
            amountCents: centsOf(dto.amount),
            decidedAt: dto.decidedAt,
            paidAt: dto.paidAt,
          }),
        );
        id = saved.id;
        await this.audit.record(
          actor,
          {
            action: 'funding.allocation.create',
            recordType: 'allocation',
            recordId: id,
            fields: fieldPaths(dto),
          },
          m,
        );
        await this.syncReminder(m, saved);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_funding_allocations_district_year'))
        throw duplicateAllocation();
      throw error;
    }
    return this.get(id, actor);
  }

  async list(query: AllocationQueryDto, actor: Actor): Promise<Page<AllocationView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(Allocation)
      .createQueryBuilder('a')
      .orderBy('a.school_year', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit + 1);
    const scope = districtScope(actor);
    if (scope) qb.andWhere('a.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    if (query.districtId) qb.andWhere('a.district_id = :d', { d: query.districtId });
    if (query.schoolYear) qb.andWhere('a.school_year = :y', { y: query.schoolYear });
    if (query.cursor) {
      const [year, id] = decodeCursor<[string, string]>(query.cursor, ['text', 'uuid']);
      qb.andWhere(
        '(a.school_year < :year OR (a.school_year = :year AND a.id > CAST(:id AS uuid)))',
        {
          year,
          id,
        },
      );
    }
    const rows = await qb.getMany();
    const views = await this.views(this.dataSource.manager, rows);
    return toPage(
      views,
      limit,
      (v) => v,
      (v) => [v.schoolYear, v.id],
    );
  }

  async get(id: string, actor: Actor): Promise<AllocationView> {
    const allocation = await this.find(this.dataSource.manager, id, actor);
    return (await this.views(this.dataSource.manager, [allocation]))[0];
  }

  /** The allocation, when the actor may see it; else 404. */
  async find(m: EntityManager, id: string, actor: Actor, lock = false): Promise<Allocation> {
    const found = await m.findOne(Allocation, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const scope = districtScope(actor);
    if (!found || (scope && !scope.includes(found.districtId))) throw allocationNotFound();
    return found;
  }

  async addExpenditure(
    allocationId: string,
    dto: CreateExpenditureDto,
    actor: Actor,
  ): Promise<ExpenditureView> {
    return this.dataSource.transaction(async (m) => {
      const allocation = await this.find(m, allocationId, actor, true);
      await this.checkExpenditureReferences(m, allocation, dto);
      const forwarding = dto.category === 'forwarding_to_municipality';
      const saved = await m.save(
        m.create(Expenditure, {
          allocationId,
          category: dto.category,
          amountCents: centsOf(dto.amount),
          description: dto.description,
          spentOn: dto.spentOn ?? null,
          schoolId: dto.schoolId ?? null,
          poolModelId: dto.poolModelId ?? null,
          municipality: dto.municipality ?? null,
          municipalityRunsCommonLearningSchools: forwarding
            ? (dto.municipalityRunsCommonLearningSchools ?? false)
            : null,
          projectExistsOrPlanned: forwarding ? (dto.projectExistsOrPlanned ?? false) : null,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'funding.expenditure.create',
          recordType: 'allocation',
          recordId: allocationId,
          fields: fieldPaths(dto),
          details: { expenditureId: saved.id },
        },
        m,
      );
      await this.syncReminder(m, allocation);
      return toExpenditureView(saved);
    });
  }

  async listExpenditures(allocationId: string, actor: Actor): Promise<ExpenditureView[]> {
    const m = this.dataSource.manager;
    await this.find(m, allocationId, actor);
    const rows = await m.find(Expenditure, {
      where: { allocationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toExpenditureView);
  }

  /** A finance office's CSV: every row or none (one transaction; errors name line and field). */
  async importCsv(
    allocationId: string,
    bytes: Buffer | undefined,
    dryRun: boolean,
    actor: Actor,
  ): Promise<ImportResultView> {
    // 404 before the file's errors: who may not see the allocation learns nothing of it.
    await this.find(this.dataSource.manager, allocationId, actor);
    if (!bytes || bytes.length === 0) {
      throw new InvalidInputException([
        {
          field: 'file',
          code: 'required',
          message: 'fehlt: eine CSV-Datei im Feld „file“ oder ein Anfragetext vom Typ text/csv.',
        },
      ]);
    }
    const parsed = parseExpenditureCsv(bytes);
    if (parsed.errors.length > 0) {
      throw new DomainException(
        'invalid',
        FundingErrorCode.CsvInvalid,
        `Die CSV-Datei hat ${parsed.errors.length === 1 ? 'einen Fehler' : `${parsed.errors.length} Fehler`}; nichts wurde importiert.`,
        parsed.errors.map((e) => ({
          field: `line ${e.line}: ${e.field}`,
          code: 'csv_row',
          message: `Zeile ${e.line}, ${e.field}: ${e.message}`,
        })),
        { rows: parsed.errors },
      );
    }
    if (dryRun) {
      const total = parsed.rows.reduce((sum, r) => sum + r.amountCents, 0);
      return { imported: 0, total: money(total), items: [] };
    }
    return this.dataSource.transaction(async (m) => {
      const allocation = await this.find(m, allocationId, actor, true);
      const saved = await m.save(
        parsed.rows.map((r) =>
          m.create(Expenditure, {
            allocationId,
            category: r.category,
            amountCents: r.amountCents,
            description: r.description,
            spentOn: r.spentOn,
            schoolId: null,
            poolModelId: null,
            municipality: null,
            municipalityRunsCommonLearningSchools: null,
            projectExistsOrPlanned: null,
          }),
        ),
      );
      await this.audit.record(
        actor,
        {
          action: 'funding.expenditure.import',
          recordType: 'allocation',
          recordId: allocationId,
          details: { rows: saved.length },
        },
        m,
      );
      await this.syncReminder(m, allocation);
      const total = saved.reduce((sum, e) => sum + e.amountCents, 0);
      return { imported: saved.length, total: money(total), items: saved.map(toExpenditureView) };
    });
  }

  async settle(allocationId: string, dto: SettlementDto, actor: Actor): Promise<AssessmentView> {
    await this.dataSource.transaction(async (m) => {
      const allocation = await this.find(m, allocationId, actor, true);
      const deemed = centsOf(dto.deemedProperlyUsed);
      if (deemed > allocation.amountCents) {
        throw new InvalidInputException([
          {
            field: 'deemedProperlyUsed',
            code: 'above_allocation',
            message: `darf die Zuweisung (${money(allocation.amountCents)}) nicht übersteigen.`,
          },
        ]);
      }
      allocation.deemedProperlyUsedCents = deemed;
      allocation.settlementAgreedAt = dto.agreedAt;
      await m.save(allocation);
      await this.audit.record(
        actor,
        {
          action: 'funding.settlement',
          recordType: 'allocation',
          recordId: allocationId,
          fields: fieldPaths(dto),
        },
        m,
      );
      await this.syncReminder(m, allocation);
    });
    return this.assessment(allocationId, actor);
  }

  async assessment(allocationId: string, actor: Actor): Promise<AssessmentView> {
    const m = this.dataSource.manager;
    const allocation = await this.find(m, allocationId, actor);
    return this.assess(m, allocation);
  }

  /** The purpose check of an allocation (no access check: the caller has made it). */
  async assess(m: EntityManager, allocation: Allocation): Promise<AssessmentView> {
    const expenditures = await m.find(Expenditure, {
      where: { allocationId: allocation.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const result = assessAllocation({
      amountCents: allocation.amountCents,
      paidAt: allocation.paidAt,
      deemedProperlyUsedCents: allocation.deemedProperlyUsedCents,
      expenditures,
    });
    const byId = new Map(expenditures.map((e) => [e.id, e]));
    const names = await this.districts.names([allocation.districtId], m);
    return {
      allocationId: allocation.id,
      district: { id: allocation.districtId, name: names.get(allocation.districtId) ?? '' },
      schoolYear: allocation.schoolYear,
      allocated: money(result.allocatedCents),
      eligible: money(result.eligibleCents),
      ineligible: money(result.ineligibleCents),
      unused: money(result.unusedCents),
      properlyUsed: money(result.properlyUsedCents),
      repaymentDue: money(result.repaymentDueCents),
      repaymentDueBy: result.repaymentDueBy,
      settlement: settlementOf(allocation),
      notifyMinistry: result.repaymentDueCents > 0,
      lines: result.lines.map((l) => {
        const e = byId.get(l.id)!;
        return {
          expenditureId: l.id,
          category: e.category,
          categoryLabel: EXPENDITURE_CATEGORY_LABELS[e.category],
          description: e.description,
          amount: money(e.amountCents),
          verdict: l.verdict,
          eligible: money(l.eligibleCents),
          ineligible: money(l.ineligibleCents),
          reason: l.reason,
          rule: l.rule,
          norm: l.norm,
        };
      }),
    };
  }

  /** The open repayment reminders of the actor's districts, the nearest date first. */
  async reminders(actor: Actor): Promise<RepaymentReminderView[]> {
    const qb = this.dataSource
      .getRepository(RepaymentReminder)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.allocation', 'a')
      .orderBy('r.due_by', 'ASC')
      .addOrderBy('r.id', 'ASC');
    const scope = districtScope(actor);
    if (scope) qb.where('a.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    const rows = await qb.getMany();
    const names = await this.districts.names(rows.map((r) => r.allocation.districtId));
    return rows.map((r) => ({
      id: r.id,
      allocationId: r.allocationId,
      district: { id: r.allocation.districtId, name: names.get(r.allocation.districtId) ?? '' },
      schoolYear: r.allocation.schoolYear,
      repaymentDue: money(r.repaymentDueCents),
      dueBy: r.dueBy,
      remindAt: r.remindAt.toISOString(),
      status: r.remindedAt ? 'due' : 'scheduled',
    }));
  }

  /**
   * Keeps the reminder in step with the assessment: scheduled a month before the 1 April
   * repayment date while money is to be repaid, removed when nothing is.
   */
  private async syncReminder(m: EntityManager, allocation: Allocation): Promise<void> {
    const assessment = await this.assess(m, allocation);
    const existing = await m.findOne(RepaymentReminder, { where: { allocationId: allocation.id } });
    const dueBy = assessment.repaymentDueBy;
    if (!dueBy) {
      if (existing) await m.delete(RepaymentReminder, { id: existing.id });
      return;
    }
    const cents = centsOf(assessment.repaymentDue);
    const reminder = existing ?? m.create(RepaymentReminder, { allocationId: allocation.id });
    const moved = reminder.dueBy !== dueBy;
    reminder.repaymentDueCents = cents;
    if (moved) {
      reminder.dueBy = dueBy;
      reminder.remindAt = berlinMidnight(`${dueBy.slice(0, 4)}-03-01`);
      reminder.remindedAt = null;
    }
    await m.save(reminder);
    if (moved) {
      await this.jobs.enqueue(
        { name: JobName.FundingRepaymentReminder, data: { reminderId: reminder.id, dueBy } },
        {
          manager: m,
          runAfter: reminder.remindAt,
          key: `funding.reminder:${reminder.id}:${dueBy}`,
        },
      );
    }
  }

  /**
   * The reminder's time came: it shows as due to the district's funding controllers, and each
   * of them gets an e-mail (once; a try that fails before it is marked sends again, with the
   * same message id).
   */
  @JobHandler(JobName.FundingRepaymentReminder)
  async remind(data: JobPayloads[JobName.FundingRepaymentReminder]): Promise<JobResult> {
    return this.dataSource.transaction(async (m) => {
      const reminder = await m.findOne(RepaymentReminder, {
        where: { id: data.reminderId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reminder || reminder.dueBy !== data.dueBy || reminder.remindedAt) {
        return { outcome: 'nothing to do' };
      }
      const allocation = await m.findOneOrFail(Allocation, {
        where: { id: reminder.allocationId },
      });
      const district = (await this.districts.names([allocation.districtId], m)).get(
        allocation.districtId,
      );
      const controllers = await this.users.fundingStaff(allocation.districtId, m);
      if (this.mail.available) {
        for (const controller of controllers) {
          await this.mail.send({
            to: controller.email,
            subject: `Rückzahlung Inklusionspauschale bis ${germanDay(reminder.dueBy)}: ${district}, Schuljahr ${allocation.schoolYear}`,
            text: repaymentText(
              district ?? '',
              allocation.schoolYear,
              formatEuro(reminder.repaymentDueCents),
              germanDay(reminder.dueBy),
              `${this.lettersConfig.PUBLIC_URL}/foerderung/zuweisungen/${allocation.id}`,
            ),
            id: `repayment-${reminder.id}-${reminder.dueBy}-${controller.id}`,
          });
        }
      }
      reminder.remindedAt = new Date();
      await m.save(reminder);
      return {
        outcome: 'reminded',
        allocationId: reminder.allocationId,
        dueBy: reminder.dueBy,
        mailed: this.mail.available ? controllers.length : 0,
      };
    });
  }

  private async views(m: EntityManager, rows: Allocation[]): Promise<AllocationView[]> {
    if (rows.length === 0) return [];
    const names = await this.districts.names(
      rows.map((a) => a.districtId),
      m,
    );
    const counts = await m
      .createQueryBuilder(Expenditure, 'e')
      .select('e.allocation_id', 'id')
      .addSelect('count(*)::int', 'n')
      .where({ allocationId: In(rows.map((a) => a.id)) })
      .groupBy('e.allocation_id')
      .getRawMany<{ id: string; n: number }>();
    const countOf = new Map(counts.map((c) => [c.id, c.n]));
    return rows.map((a) => ({
      id: a.id,
      district: { id: a.districtId, name: names.get(a.districtId) ?? '' },
      schoolYear: a.schoolYear,
      amount: money(a.amountCents),
      decidedAt: a.decidedAt,
      paidAt: a.paidAt,
      settlement: settlementOf(a),
      expenditureCount: countOf.get(a.id) ?? 0,
      createdAt: a.createdAt.toISOString(),
    }));
  }

  /** A school or pool model named must exist and belong to the allocation's district. */
  private async checkExpenditureReferences(
    m: EntityManager,
    allocation: Allocation,
    dto: CreateExpenditureDto,
  ): Promise<void> {
    if (
      dto.schoolId &&
      !(await m.existsBy(School, { id: dto.schoolId, districtId: allocation.districtId }))
    ) {
      throw unknownReference('schoolId', 'Eine Schule dieses Bezirks');
    }
    if (
      dto.poolModelId &&
      !(await m.existsBy(PoolModel, { id: dto.poolModelId, districtId: allocation.districtId }))
    ) {
      throw unknownReference('poolModelId', 'Ein Pool-Modell dieses Bezirks');
    }
  }
}

function settlementOf(a: Allocation) {
  return a.deemedProperlyUsedCents !== null && a.settlementAgreedAt
    ? { deemedProperlyUsed: money(a.deemedProperlyUsedCents), agreedAt: a.settlementAgreedAt }
    : null;
}

export function toExpenditureView(e: Expenditure): ExpenditureView {
  return {
    id: e.id,
    allocationId: e.allocationId,
    category: e.category,
    categoryLabel: EXPENDITURE_CATEGORY_LABELS[e.category],
    amount: money(e.amountCents),
    description: e.description,
    spentOn: e.spentOn,
    schoolId: e.schoolId,
    poolModelId: e.poolModelId,
    municipality: e.municipality,
    municipalityRunsCommonLearningSchools: e.municipalityRunsCommonLearningSchools,
    projectExistsOrPlanned: e.projectExistsOrPlanned,
    createdAt: e.createdAt.toISOString(),
  };
}

const DAY = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });

/** 2022-04-01 as "1. April 2022". */
function germanDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

/** The reminder's e-mail: amounts and dates only, no personal data. */
function repaymentText(
  district: string,
  schoolYear: string,
  amount: string,
  dueBy: string,
  link: string,
): string {
  return [
    'Guten Tag,',
    '',
    `für die Inklusionspauschale ${district}, Schuljahr ${schoolYear}, ist nach der Prüfung der Verwendung ein Betrag von ${amount} nicht zweckentsprechend verwendet und bis zum ${dueBy} zurückzuzahlen (1. April des auf die Zahlung folgenden Haushaltsjahres).`,
    '',
    `Die Zuweisung mit ihrer Prüfung: ${link}`,
    '',
    'Diese Nachricht hat Teilhabe einen Monat vor dem Rückzahlungstermin geschickt.',
  ].join('\n');
}
