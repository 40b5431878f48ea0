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
import { type EntityManager, In, Repository } from 'typeorm';
import { type FacilityView } from './providers.views';
import { CreateFacilityDto, FacilityQueryDto, UpdateFacilityDto } from './dto/facility.dto';
import { Facility } from './entities/facility.entity';
import { FacilityEvents } from './facility-events';
import { Provider } from './entities/provider.entity';
import { duplicateFacility, facilityNotFound } from './providers.exception';

export interface FacilityBasics {
  id: string;
  districtId: string;
  kind: Facility['kind'];
  /** The type of its provider (free, municipal, church), for case statistics. */
  providerType: Provider['type'];
}

/** How another library names a facility in its views: with its provider and district. */
export interface FacilityLabel {
  id: string;
  name: string;
  kind: Facility['kind'];
  provider: { id: string; name: string };
  district: { id: string; name: string };
}

/** What anyone may learn of a facility: enough to pick it in the parents' form, no more. */
export interface PublicFacility {
  id: string;
  name: string;
  kind: Facility['kind'];
  city: string | null;
  /** The name of its Jugendamt district. */
  district: string;
}

/** At most this many words of a public search count; each must match. */
const SEARCH_WORDS = 5;

/** What another library may filter its records by, through their facility. */
export interface FacilityFilter {
  /** The actor's districts (null: all). */
  scope: string[] | null;
  districtId?: string;
  providerId?: string;
  kind?: string;
}

@Injectable()
export class FacilitiesService {
  constructor(
    @InjectRepository(Facility) private readonly facilities: Repository<Facility>,
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    private readonly districts: DistrictsService,
    private readonly audit: AuditService,
    private readonly events: FacilityEvents,
  ) {}

  /**
   * What other libraries need to know of a facility (its district for access, its kind for
   * the setting), read in the caller's transaction when `manager` is given; null if none.
   */
  async basics(id: string, manager?: EntityManager): Promise<FacilityBasics | null> {
    const repository = manager ? manager.getRepository(Facility) : this.facilities;
    const found = await repository.findOne({
      where: { id },
      relations: { provider: true },
      select: { id: true, districtId: true, kind: true, provider: { id: true, type: true } },
    });
    return (
      found && {
        id: found.id,
        districtId: found.districtId,
        kind: found.kind,
        providerType: found.provider.type,
      }
    );
  }

  /**
   * The ids of the facilities that pass `filter`, for another library to filter its records
   * by (`facility_id = ANY(ids)`); null when the filter lets every facility through.
   */
  async idsMatching(filter: FacilityFilter, manager?: EntityManager): Promise<string[] | null> {
    const { scope, districtId, providerId, kind } = filter;
    if (!scope && !districtId && !providerId && !kind) return null;
    const repository = manager ? manager.getRepository(Facility) : this.facilities;
    const qb = repository.createQueryBuilder('f').select('f.id', 'id');
    if (scope) qb.andWhere('f.district_id = ANY(CAST(:scope AS uuid[]))', { scope });
    if (districtId) qb.andWhere('f.district_id = :districtId', { districtId });
    if (providerId) qb.andWhere('f.provider_id = :providerId', { providerId });
    if (kind) qb.andWhere('f.kind = :kind', { kind });
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  /** Names of these facilities with their providers and districts, by id. */
  async labels(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, FacilityLabel>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const repository = manager ? manager.getRepository(Facility) : this.facilities;
    const rows = await repository.find({
      where: { id: In(wanted) },
      relations: { provider: true },
    });
    const districts = await this.districts.names(
      rows.map((f) => f.districtId),
      manager,
    );
    return new Map(
      rows.map((f) => [
        f.id,
        {
          id: f.id,
          name: f.name,
          kind: f.kind,
          provider: { id: f.provider.id, name: f.provider.name },
          district: { id: f.districtId, name: districts.get(f.districtId) ?? '' },
        },
      ]),
    );
  }

  /**
   * Facilities for the public form, found by name, town, postal code or district: every word of
   * `q` must match one of them. Names the facilities and their places only; names first that
   * begin with `q`.
   */
  async searchPublic(q: string, limit: number): Promise<PublicFacility[]> {
    const words = q.split(/\s+/).filter(Boolean).slice(0, SEARCH_WORDS);
    const qb = this.facilities
      .createQueryBuilder('f')
      .select('f.id', 'id')
      .addSelect('f.name', 'name')
      .addSelect('f.kind', 'kind')
      .addSelect('f.city', 'city')
      .addSelect('f.district_id', 'district_id');
    for (const [i, word] of words.entries()) {
      const districts = await this.districts.idsNamedLike(word);
      qb.andWhere(
        `(f.name ILIKE :w${i} ESCAPE '\\' OR f.city ILIKE :w${i} ESCAPE '\\'
          OR f.postal_code LIKE :p${i} OR f.district_id = ANY(CAST(:d${i} AS uuid[])))`,
        {
          [`w${i}`]: containsPattern(word),
          // Postal codes from their start: "50" finds 50667, "667" does not.
          [`p${i}`]: /^\d{1,5}$/.test(word) ? `${word}%` : '',
          [`d${i}`]: districts,
        },
      );
    }
    const rows = await qb
      .addSelect(`CASE WHEN f.name ILIKE :start ESCAPE '\\' THEN 0 ELSE 1 END`, 'rank')
      // "Regen…" before "Kita am Regenbogen": the pattern without its leading %.
      .setParameter('start', containsPattern(q).slice(1))
      .orderBy('rank', 'ASC')
      .addOrderBy('f.name', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(limit)
      .getRawMany<{
        id: string;
        name: string;
        kind: Facility['kind'];
        city: string | null;
        district_id: string;
      }>();
    const names = await this.districts.names(rows.map((r) => r.district_id));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      city: r.city,
      district: names.get(r.district_id) ?? '',
    }));
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
    const districts = await this.districts.names(rows.map((f) => f.districtId));
    return toPage(
      rows,
      limit,
      (f) => toFacilityView(f, districts),
      (f) => [f.name, f.id],
    );
  }

  async get(id: string, actor: Actor): Promise<FacilityView> {
    const facility = await this.withRelations(actor).andWhere('f.id = :id', { id }).getOne();
    if (!facility) throw facilityNotFound();
    return toFacilityView(facility, await this.districts.names([facility.districtId]));
  }

  async update(id: string, dto: UpdateFacilityDto, actor: Actor): Promise<FacilityView> {
    const scope = districtScope(actor);
    const facility = await this.facilities.findOneBy({ id });
    if (!facility || (scope && !scope.includes(facility.districtId))) throw facilityNotFound();
    await this.checkReferences(dto, actor);
    const counted = (f: Facility) => `${f.kind}/${f.providerId}/${f.districtId}`;
    const before = counted(facility);
    this.facilities.merge(facility, dto);
    await this.saveUnique(facility, actor, 'facility.update', fieldPaths(dto), (m) =>
      counted(facility) === before
        ? Promise.resolve()
        : this.events.emitChanged({ facilityIds: [facility.id] }, m),
    );
    return this.get(id, actor);
  }

  /**
   * Facilities the actor may see (those of their districts, for caseworkers and team leads),
   * with their providers; the districts' names come from their library.
   */
  private withRelations(actor: Actor) {
    const qb = this.facilities.createQueryBuilder('f').innerJoinAndSelect('f.provider', 'provider');
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
    alsoInTransaction?: (m: EntityManager) => Promise<void>,
  ): Promise<void> {
    try {
      await this.facilities.manager.transaction(async (m) => {
        await m.save(facility);
        await alsoInTransaction?.(m);
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

export function toFacilityView(f: Facility, districtNames: Map<string, string>): FacilityView {
  return {
    id: f.id,
    name: f.name,
    kind: f.kind,
    postalCode: f.postalCode,
    city: f.city,
    provider: { id: f.provider.id, name: f.provider.name, type: f.provider.type },
    district: { id: f.districtId, name: districtNames.get(f.districtId) ?? '' },
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}
