import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, fieldPaths } from '@teilhabe/audit';
import { districtScope } from '@teilhabe/auth';
import { CaseAccess } from '@teilhabe/cases';
import {
  type Actor,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  InvalidInputException,
  isUniqueViolation,
  type Page,
  toPage,
  todayInBerlin,
} from '@teilhabe/common';
import { DistrictsService } from '@teilhabe/districts';
import { FacilitiesService } from '@teilhabe/providers';
import {
  assessAllocation,
  centsOf,
  EXPENDITURE_CATEGORY_LABELS,
  type ExpenditureCategory,
  formatDecimalAmount,
  isSchoolYear,
  schoolYearOf,
  schoolYearSpan,
} from '@teilhabe/rules';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AllocationsService } from './allocations.service';
import { checkDistrict } from './district-check';
import {
  type CreatePoolModelDto,
  type CreateSchoolDto,
  type PoolModelQueryDto,
  type PoolSchoolYearDto,
  type SchoolQueryDto,
  type UpdatePoolModelDto,
  type UpdateSchoolDto,
} from './dto/funding.dto';
import { Allocation } from './entities/allocation.entity';
import { Expenditure } from './entities/expenditure.entity';
import { FacilitySchool } from './entities/facility-school.entity';
import { PoolModelSchool } from './entities/pool-model-school.entity';
import { PoolModel } from './entities/pool-model.entity';
import { School } from './entities/school.entity';
import {
  districtNotFound,
  duplicatePoolModel,
  duplicateSchool,
  poolModelNotFound,
  schoolNotFound,
} from './funding.exception';
import {
  type CasePoolModelView,
  type CoverageView,
  type DistrictOverviewView,
  type OverviewYearView,
  type PoolModelView,
  type SchoolView,
} from './funding.views';

/** Pool-model coverage of a district in a school year, for reports (issue 13) and the overview. */
export interface PoolCoverage {
  districtId: string;
  schoolYear: string;
  /** Schools of Gemeinsames Lernen in a pool model that school year. */
  schoolsInPoolModel: number;
  /** Schools of Gemeinsames Lernen of the district. */
  commonLearningSchools: number;
}

/** Schools, the OGS that belong to them, pool models and their schools per school year. */
@Injectable()
export class SchoolsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly districts: DistrictsService,
    private readonly facilities: FacilitiesService,
    private readonly cases: CaseAccess,
    private readonly allocations: AllocationsService,
    private readonly audit: AuditService,
  ) {}

  async createSchool(dto: CreateSchoolDto, actor: Actor): Promise<SchoolView> {
    await checkDistrict(this.districts, dto.districtId, actor);
    let id = '';
    await this.unique(
      () =>
        this.dataSource.transaction(async (m) => {
          const school = await m.save(
            m.create(School, {
              name: dto.name,
              level: dto.level,
              commonLearning: dto.commonLearning,
              schoolAuthority: dto.schoolAuthority,
              districtId: dto.districtId,
            }),
          );
          id = school.id;
          await this.linkFacilities(m, school, dto.facilityIds ?? []);
          await this.audit.record(
            actor,
            {
              action: 'funding.school.create',
              recordType: 'school',
              recordId: id,
              fields: fieldPaths(dto),
            },
            m,
          );
        }),
      'uq_funding_schools_district_name',
      duplicateSchool,
    );
    return this.getSchool(id, actor);
  }

  async updateSchool(id: string, dto: UpdateSchoolDto, actor: Actor): Promise<SchoolView> {
    await this.unique(
      () =>
        this.dataSource.transaction(async (m) => {
          const school = await this.findSchool(m, id, actor);
          const { facilityIds, ...fields } = dto;
          m.merge(School, school, fields);
          await m.save(school);
          if (facilityIds) await this.linkFacilities(m, school, facilityIds);
          await this.audit.record(
            actor,
            {
              action: 'funding.school.update',
              recordType: 'school',
              recordId: id,
              fields: fieldPaths(dto),
            },
            m,
          );
        }),
      'uq_funding_schools_district_name',
      duplicateSchool,
    );
    return this.getSchool(id, actor);
  }

  async getSchool(id: string, actor: Actor): Promise<SchoolView> {
    const m = this.dataSource.manager;
    return (await this.schoolViews(m, [await this.findSchool(m, id, actor)]))[0];
  }

  async listSchools(query: SchoolQueryDto, actor: Actor): Promise<Page<SchoolView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(School)
      .createQueryBuilder('s')
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1);
    const scope = districtScope(actor);
    if (scope) qb.andWhere('s.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    if (query.districtId) qb.andWhere('s.district_id = :d', { d: query.districtId });
    if (query.commonLearning !== undefined) {
      qb.andWhere('s.common_learning = :gl', { gl: query.commonLearning });
    }
    if (query.cursor) {
      const [name, id] = decodeCursor<[string, string]>(query.cursor, ['text', 'uuid']);
      qb.andWhere('(s.name, s.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await qb.getMany();
    const views = await this.schoolViews(this.dataSource.manager, rows);
    return toPage(
      views,
      limit,
      (v) => v,
      (v) => [v.name, v.id],
    );
  }

  async createPoolModel(dto: CreatePoolModelDto, actor: Actor): Promise<PoolModelView> {
    await checkDistrict(this.districts, dto.districtId, actor);
    let id = '';
    await this.unique(
      () =>
        this.dataSource.transaction(async (m) => {
          const pool = await m.save(
            m.create(PoolModel, {
              name: dto.name,
              districtId: dto.districtId,
              ...poolFields(dto),
            }),
          );
          id = pool.id;
          await this.setPoolSchools(m, pool, dto.schoolYears ?? []);
          await this.audit.record(
            actor,
            {
              action: 'funding.pool_model.create',
              recordType: 'pool_model',
              recordId: id,
              fields: fieldPaths(dto),
            },
            m,
          );
        }),
      'uq_funding_pool_models_district_name',
      duplicatePoolModel,
    );
    return this.getPoolModel(id, actor);
  }

  async updatePoolModel(id: string, dto: UpdatePoolModelDto, actor: Actor): Promise<PoolModelView> {
    await this.unique(
      () =>
        this.dataSource.transaction(async (m) => {
          const pool = await this.findPoolModel(m, id, actor);
          m.merge(PoolModel, pool, { ...(dto.name ? { name: dto.name } : {}), ...poolFields(dto) });
          await m.save(pool);
          if (dto.schoolYears) await this.setPoolSchools(m, pool, dto.schoolYears);
          await this.audit.record(
            actor,
            {
              action: 'funding.pool_model.update',
              recordType: 'pool_model',
              recordId: id,
              fields: fieldPaths(dto),
            },
            m,
          );
        }),
      'uq_funding_pool_models_district_name',
      duplicatePoolModel,
    );
    return this.getPoolModel(id, actor);
  }

  async getPoolModel(id: string, actor: Actor): Promise<PoolModelView> {
    const m = this.dataSource.manager;
    return (await this.poolViews(m, [await this.findPoolModel(m, id, actor)]))[0];
  }

  async listPoolModels(query: PoolModelQueryDto, actor: Actor): Promise<Page<PoolModelView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(PoolModel)
      .createQueryBuilder('p')
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    const scope = districtScope(actor);
    if (scope) qb.andWhere('p.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    if (query.districtId) qb.andWhere('p.district_id = :d', { d: query.districtId });
    if (query.cursor) {
      const [name, id] = decodeCursor<[string, string]>(query.cursor, ['text', 'uuid']);
      qb.andWhere('(p.name, p.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await qb.getMany();
    const views = await this.poolViews(this.dataSource.manager, rows);
    return toPage(
      views,
      limit,
      (v) => v,
      (v) => [v.name, v.id],
    );
  }

  /** Schools of Gemeinsames Lernen in a pool model / all of them, in a district and school year. */
  async coverage(
    districtId: string,
    schoolYear: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PoolCoverage> {
    const [row] = await manager.query<{ pooled: number; total: number }[]>(
      `SELECT
         (SELECT count(DISTINCT s.id)::int FROM funding_schools s
            JOIN funding_pool_model_schools ps ON ps.school_id = s.id AND ps.school_year = $2
           WHERE s.district_id = $1 AND s.common_learning) AS pooled,
         (SELECT count(*)::int FROM funding_schools s
           WHERE s.district_id = $1 AND s.common_learning) AS total`,
      [districtId, schoolYear],
    );
    return {
      districtId,
      schoolYear,
      schoolsInPoolModel: row.pooled,
      commonLearningSchools: row.total,
    };
  }

  /** Per school year: allocation and its check, use by category, pool coverage, OGS complaints. */
  async overview(
    districtId: string,
    schoolYear: string | undefined,
    actor: Actor,
  ): Promise<DistrictOverviewView> {
    const scope = districtScope(actor);
    if (!(await this.districts.exists(districtId)) || (scope && !scope.includes(districtId))) {
      throw districtNotFound();
    }
    const m = this.dataSource.manager;
    const allocations = await m.find(Allocation, { where: { districtId } });
    const pooledYears = await m
      .createQueryBuilder(PoolModelSchool, 'ps')
      .innerJoin(PoolModel, 'p', 'p.id = ps.pool_model_id')
      .select('DISTINCT ps.school_year', 'y')
      .where('p.district_id = :districtId', { districtId })
      .getRawMany<{ y: string }>();
    const years = schoolYear
      ? [schoolYear]
      : [
          ...new Set([
            ...allocations.map((a) => a.schoolYear),
            ...pooledYears.map((r) => r.y),
            schoolYearOf(todayInBerlin()),
          ]),
        ].sort((a, b) => b.localeCompare(a));
    const names = await this.districts.names([districtId], m);
    const out: OverviewYearView[] = [];
    for (const year of years) {
      const allocation = allocations.find((a) => a.schoolYear === year) ?? null;
      const assessment = allocation ? await this.allocations.assess(m, allocation) : null;
      const useByCategory = allocation ? await this.useByCategory(m, allocation) : [];
      const cov = await this.coverage(districtId, year, m);
      const span = schoolYearSpan(year);
      out.push({
        schoolYear: year,
        allocation: allocation ? await this.allocations.get(allocation.id, actor) : null,
        assessment,
        useByCategory,
        coverage: coverageView(cov),
        ogsComplaints: await this.cases.countReceived(m, {
          districtId,
          kind: 'ogs',
          from: span.from,
          to: span.to,
        }),
      });
    }
    return { district: { id: districtId, name: names.get(districtId) ?? '' }, years: out };
  }

  /**
   * The pool model of the school whose OGS a case is about, in the school year the case was
   * received: the pool assistant can stand in when the individual assistant is absent.
   */
  async poolModelOfCase(caseId: string, actor: Actor): Promise<CasePoolModelView> {
    const m = this.dataSource.manager;
    const found = await this.cases.find(m, caseId, districtScope(actor));
    const year = schoolYearOf(found.receivedAt);
    const link = await m.findOne(FacilitySchool, { where: { facilityId: found.facilityId } });
    if (!link) return { caseId, schoolYear: year, school: null, poolModel: null };
    const school = await m.findOneByOrFail(School, { id: link.schoolId });
    const membership = await m.findOne(PoolModelSchool, {
      where: { schoolId: school.id, schoolYear: year },
      order: { poolModelId: 'ASC' },
    });
    const pool = membership
      ? await m.findOneByOrFail(PoolModel, { id: membership.poolModelId })
      : null;
    return {
      caseId,
      schoolYear: year,
      school: (await this.schoolViews(m, [school]))[0],
      poolModel: pool ? (await this.poolViews(m, [pool]))[0] : null,
    };
  }

  private async useByCategory(m: EntityManager, allocation: Allocation) {
    const expenditures = await m.find(Expenditure, { where: { allocationId: allocation.id } });
    const result = assessAllocation({
      amountCents: allocation.amountCents,
      paidAt: allocation.paidAt,
      expenditures,
    });
    const eligibleOf = new Map(result.lines.map((l) => [l.id, l.eligibleCents]));
    const sums = new Map<ExpenditureCategory, { amount: number; eligible: number }>();
    for (const e of expenditures) {
      const s = sums.get(e.category) ?? { amount: 0, eligible: 0 };
      s.amount += e.amountCents;
      s.eligible += eligibleOf.get(e.id) ?? 0;
      sums.set(e.category, s);
    }
    return [...sums.entries()]
      .sort((a, b) => b[1].amount - a[1].amount)
      .map(([category, s]) => ({
        category,
        label: EXPENDITURE_CATEGORY_LABELS[category],
        amount: formatDecimalAmount(s.amount),
        eligible: formatDecimalAmount(s.eligible),
      }));
  }

  private async findSchool(m: EntityManager, id: string, actor: Actor): Promise<School> {
    const found = await m.findOne(School, { where: { id } });
    const scope = districtScope(actor);
    if (!found || (scope && !scope.includes(found.districtId))) throw schoolNotFound();
    return found;
  }

  private async findPoolModel(m: EntityManager, id: string, actor: Actor): Promise<PoolModel> {
    const found = await m.findOne(PoolModel, { where: { id } });
    const scope = districtScope(actor);
    if (!found || (scope && !scope.includes(found.districtId))) throw poolModelNotFound();
    return found;
  }

  /** The OGS of a school: OGS facilities of the school's district (an OGS has one school). */
  private async linkFacilities(m: EntityManager, school: School, facilityIds: string[]) {
    const unique = [...new Set(facilityIds)];
    if (unique.length > 0) {
      const ogs = await this.facilities.idsMatching(
        { scope: null, districtId: school.districtId, kind: 'ogs' },
        m,
      );
      const known = new Set(ogs ?? []);
      const bad = unique.findIndex((id) => !known.has(id));
      if (bad >= 0) {
        throw new InvalidInputException([
          {
            field: `facilityIds.${facilityIds.indexOf(unique[bad])}`,
            code: 'unknown_reference',
            message: 'Eine OGS dieses Bezirks mit dieser ID gibt es nicht.',
          },
        ]);
      }
    }
    await m.delete(FacilitySchool, { schoolId: school.id });
    if (unique.length > 0) {
      await m.delete(FacilitySchool, { facilityId: In(unique) });
      await m.insert(
        FacilitySchool,
        unique.map((facilityId) => ({ facilityId, schoolId: school.id })),
      );
    }
  }

  /** Replaces the schools of the school years given (others stay as they are). */
  private async setPoolSchools(m: EntityManager, pool: PoolModel, years: PoolSchoolYearDto[]) {
    for (const [i, y] of years.entries()) {
      if (!isSchoolYear(y.schoolYear)) {
        throw new InvalidInputException([
          {
            field: `schoolYears.${i}.schoolYear`,
            code: 'school_year',
            message: 'muss zwei aufeinanderfolgende Jahre nennen (z. B. 2020/2021).',
          },
        ]);
      }
      const ids = [...new Set(y.schoolIds)];
      if (ids.length > 0) {
        const known = await m.count(School, {
          where: { id: In(ids), districtId: pool.districtId },
        });
        if (known !== ids.length) {
          throw new InvalidInputException([
            {
              field: `schoolYears.${i}.schoolIds`,
              code: 'unknown_reference',
              message: 'nennt eine Schule, die es in diesem Bezirk nicht gibt.',
            },
          ]);
        }
      }
      await m.delete(PoolModelSchool, { poolModelId: pool.id, schoolYear: y.schoolYear });
      if (ids.length > 0) {
        await m.insert(
          PoolModelSchool,
          ids.map((schoolId) => ({ poolModelId: pool.id, schoolId, schoolYear: y.schoolYear })),
        );
      }
    }
  }

  private async schoolViews(m: EntityManager, rows: School[]): Promise<SchoolView[]> {
    if (rows.length === 0) return [];
    const names = await this.districts.names(
      rows.map((s) => s.districtId),
      m,
    );
    const links = await m.find(FacilitySchool, { where: { schoolId: In(rows.map((s) => s.id)) } });
    return rows.map((s) => ({
      id: s.id,
      name: s.name,
      level: s.level,
      commonLearning: s.commonLearning,
      schoolAuthority: s.schoolAuthority,
      district: { id: s.districtId, name: names.get(s.districtId) ?? '' },
      facilityIds: links
        .filter((l) => l.schoolId === s.id)
        .map((l) => l.facilityId)
        .sort(),
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    }));
  }

  private async poolViews(m: EntityManager, rows: PoolModel[]): Promise<PoolModelView[]> {
    if (rows.length === 0) return [];
    const names = await this.districts.names(
      rows.map((p) => p.districtId),
      m,
    );
    const members = await m.find(PoolModelSchool, {
      where: { poolModelId: In(rows.map((p) => p.id)) },
      order: { schoolYear: 'DESC', schoolId: 'ASC' },
    });
    return rows.map((p) => {
      const years = new Map<string, string[]>();
      for (const ms of members.filter((x) => x.poolModelId === p.id)) {
        years.set(ms.schoolYear, [...(years.get(ms.schoolYear) ?? []), ms.schoolId]);
      }
      return {
        id: p.id,
        name: p.name,
        district: { id: p.districtId, name: names.get(p.districtId) ?? '' },
        staffCount: p.staffCount,
        hoursPerWeek: p.hoursPerWeek,
        payGrade: p.payGrade,
        personnelCosts:
          p.personnelCostsCents === null ? null : formatDecimalAmount(p.personnelCostsCents),
        notes: p.notes,
        schoolYears: [...years.entries()].map(([schoolYear, schoolIds]) => ({
          schoolYear,
          schoolIds,
        })),
        createdAt: p.createdAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
      };
    });
  }

  private async unique(
    work: () => Promise<void>,
    constraint: string,
    duplicate: () => Error,
  ): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (isUniqueViolation(error, constraint)) throw duplicate();
      throw error;
    }
  }
}

function poolFields(dto: UpdatePoolModelDto) {
  return {
    ...(dto.staffCount !== undefined ? { staffCount: dto.staffCount } : {}),
    ...(dto.hoursPerWeek !== undefined ? { hoursPerWeek: dto.hoursPerWeek } : {}),
    ...(dto.payGrade !== undefined ? { payGrade: dto.payGrade } : {}),
    ...(dto.personnelCosts !== undefined
      ? { personnelCostsCents: centsOf(dto.personnelCosts) }
      : {}),
    ...(dto.notes !== undefined ? { notes: dto.notes } : {}),
  };
}

function coverageView(c: PoolCoverage): CoverageView {
  return {
    schoolsInPoolModel: c.schoolsInPoolModel,
    commonLearningSchools: c.commonLearningSchools,
    // One decimal, from integers: 68 of 102 → 66.7.
    percent:
      c.commonLearningSchools === 0
        ? null
        : Math.round((c.schoolsInPoolModel * 1000) / c.commonLearningSchools) / 10,
  };
}
