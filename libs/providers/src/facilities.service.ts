import { districtScope } from '@teilhabe/auth';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type Actor,
  containsPattern,
  InvalidInputException,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  isUniqueViolation,
  type Page,
  toPage,
  unknownReference,
} from '@teilhabe/common';
import { AuditService, fieldPaths } from '@teilhabe/audit';
import { DistrictsService } from '@teilhabe/districts';
import { type EntityManager, Repository } from 'typeorm';
import { CreateFacilityDto, FacilityQueryDto, UpdateFacilityDto } from './dto/facility.dto';
import { Facility } from './entities/facility.entity';
import { Provider } from './entities/provider.entity';
import { duplicateFacility, facilityNotFound } from './providers.exception';

export interface FacilityView {
  id: string;
  name: string;
  kind: Facility['kind'];
  provider: { id: string; name: string; type: Provider['type'] };
  district: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface FacilityBasics {
  id: string;
  districtId: string;
  kind: Facility['kind'];
}

@Injectable()
export class FacilitiesService {
  constructor(
    @InjectRepository(Facility) private readonly facilities: Repository<Facility>,
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    private readonly districts: DistrictsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * What other libraries need to know of a facility (its district for access, its kind for
   * the setting), read in the caller's transaction when `manager` is given; null if none.
   */
  async basics(id: string, manager?: EntityManager): Promise<FacilityBasics | null> {
    const repository = manager ? manager.getRepository(Facility) : this.facilities;
    const found = await repository.findOne({
      where: { id },
      select: { id: true, districtId: true, kind: true },
    });
    return found && { id: found.id, districtId: found.districtId, kind: found.kind };
  }

  async create(dto: CreateFacilityDto, actor: Actor): Promise<FacilityView> {
    await this.checkReferences(dto, actor);
    const facility = this.facilities.create(dto);
    await this.saveUnique(facility, actor, 'facility.create', fieldPaths(dto));
    return this.get(facility.id, actor);
  }

  async list(query: FacilityQueryDto, actor: Actor): Promise<Page<FacilityView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.withRelations(actor)
      .orderBy('f.name', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(limit + 1);
    if (query.providerId)
      qb.andWhere('f.provider_id = :providerId', { providerId: query.providerId });
    if (query.districtId)
      qb.andWhere('f.district_id = :districtId', { districtId: query.districtId });
    if (query.kind) qb.andWhere('f.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere(`f.name ILIKE :q ESCAPE '\\'`, { q: containsPattern(query.q) });
    if (query.cursor) {
      const [name, id] = decodeCursor<[string, string]>(query.cursor, ['text', 'uuid']);
      qb.andWhere('(f.name, f.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, toFacilityView, (f) => [f.name, f.id]);
  }

  async get(id: string, actor: Actor): Promise<FacilityView> {
    const facility = await this.withRelations(actor).andWhere('f.id = :id', { id }).getOne();
    if (!facility) throw facilityNotFound();
    return toFacilityView(facility);
  }

  async update(id: string, dto: UpdateFacilityDto, actor: Actor): Promise<FacilityView> {
    const scope = districtScope(actor);
    const facility = await this.facilities.findOneBy({ id });
    if (!facility || (scope && !scope.includes(facility.districtId))) throw facilityNotFound();
    await this.checkReferences(dto, actor);
    this.facilities.merge(facility, dto);
    await this.saveUnique(facility, actor, 'facility.update', fieldPaths(dto));
    return this.get(id, actor);
  }

  /** Facilities the actor may see: those of their districts, for caseworkers and team leads. */
  private withRelations(actor: Actor) {
    const qb = this.facilities
      .createQueryBuilder('f')
      .innerJoinAndSelect('f.provider', 'provider')
      .innerJoinAndSelect('f.district', 'district');
    const scope = districtScope(actor);
    if (scope) qb.where('f.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    return qb;
  }

  private async checkReferences(dto: { providerId?: string; districtId?: string }, actor: Actor) {
    if (dto.providerId && !(await this.providers.existsBy({ id: dto.providerId }))) {
      throw unknownReference('providerId', 'Einen Träger');
    }
    if (dto.districtId && !(await this.districts.exists(dto.districtId))) {
      throw unknownReference('districtId', 'Einen Bezirk');
    }
    const scope = districtScope(actor);
    if (dto.districtId && scope && !scope.includes(dto.districtId)) {
      throw new InvalidInputException([
        { field: 'districtId', code: 'not_your_district', message: 'ist keiner Ihrer Bezirke.' },
      ]);
    }
  }

  /** Saves with its audit entry in one transaction; a duplicate name is a 409. */
  private async saveUnique(
    facility: Facility,
    actor: Actor,
    action: string,
    fields: string[],
  ): Promise<void> {
    try {
      await this.facilities.manager.transaction(async (m) => {
        await m.save(facility);
        await this.audit.record(
          actor,
          { action, recordType: 'facility', recordId: facility.id, fields },
          m,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_facilities_provider_district_name'))
        throw duplicateFacility();
      throw error;
    }
  }
}

export function toFacilityView(f: Facility): FacilityView {
  return {
    id: f.id,
    name: f.name,
    kind: f.kind,
    provider: { id: f.provider.id, name: f.provider.name, type: f.provider.type },
    district: { id: f.district.id, name: f.district.name },
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}
