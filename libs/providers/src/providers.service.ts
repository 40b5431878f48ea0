import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type Actor,
  containsPattern,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  type Page,
  toPage,
} from '@teilhabe/common';
import { AuditService, fieldPaths } from '@teilhabe/audit';
import { type EntityManager, Repository } from 'typeorm';
import { type ProviderView } from './providers.views';
import { CreateProviderDto, ProviderQueryDto, UpdateProviderDto } from './dto/provider.dto';
import { Facility } from './entities/facility.entity';
import { Provider } from './entities/provider.entity';
import { FacilityEvents } from './facility-events';
import { providerNotFound } from './providers.exception';

/** What a letter to a provider needs. */
export interface ProviderRecipient {
  id: string;
  name: string;
  email: string;
  address: { street: string; postalCode: string; city: string };
}

@Injectable()
export class ProvidersService {
  constructor(
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    private readonly audit: AuditService,
    private readonly events: FacilityEvents,
  ) {}

  async create(dto: CreateProviderDto, actor: Actor): Promise<ProviderView> {
    return this.providers.manager.transaction(async (m) => {
      const saved = await m.save(m.create(Provider, dto));
      await this.audit.record(
        actor,
        {
          action: 'provider.create',
          recordType: 'provider',
          recordId: saved.id,
          fields: fieldPaths(dto),
        },
        m,
      );
      return toProviderView(saved);
    });
  }

  async list(query: ProviderQueryDto): Promise<Page<ProviderView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.providers
      .createQueryBuilder('p')
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    if (query.type) qb.andWhere('p.type = :type', { type: query.type });
    if (query.q) qb.andWhere(`p.name ILIKE :q ESCAPE '\\'`, { q: containsPattern(query.q) });
    if (query.cursor) {
      const [name, id] = decodeCursor<[string, string]>(query.cursor, ['text', 'uuid']);
      qb.andWhere('(p.name, p.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, toProviderView, (p) => [p.name, p.id]);
  }

  async get(id: string): Promise<ProviderView> {
    return toProviderView(await this.find(id));
  }

  async update(id: string, dto: UpdateProviderDto, actor: Actor): Promise<ProviderView> {
    const provider = await this.find(id);
    return this.providers.manager.transaction(async (m) => {
      const typeBefore = provider.type;
      m.merge(Provider, provider, dto);
      const saved = await m.save(provider);
      if (saved.type !== typeBefore) {
        // Reports count by the provider's type: every facility of the provider changed.
        const facilities = await m.find(Facility, {
          where: { providerId: id },
          select: { id: true },
        });
        await this.events.emitChanged({ facilityIds: facilities.map((f) => f.id) }, m);
      }
      await this.audit.record(
        actor,
        {
          action: 'provider.update',
          recordType: 'provider',
          recordId: id,
          fields: fieldPaths(dto),
        },
        m,
      );
      return toProviderView(saved);
    });
  }

  /**
   * Where a letter to the provider goes: its name, e-mail and postal address, read in the
   * caller's transaction when `manager` is given; null if there is no such provider.
   */
  async recipient(id: string, manager?: EntityManager): Promise<ProviderRecipient | null> {
    const repository = manager ? manager.getRepository(Provider) : this.providers;
    const found = await repository.findOneBy({ id });
    return (
      found && {
        id: found.id,
        name: found.name,
        email: found.email,
        address: {
          street: found.address.street,
          postalCode: found.address.postalCode,
          city: found.address.city,
        },
      }
    );
  }

  async exists(id: string): Promise<boolean> {
    return this.providers.existsBy({ id });
  }

  private async find(id: string): Promise<Provider> {
    const provider = await this.providers.findOneBy({ id });
    if (!provider) throw providerNotFound();
    return provider;
  }
}

export function toProviderView(p: Provider): ProviderView {
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    email: p.email,
    address: { street: p.address.street, postalCode: p.address.postalCode, city: p.address.city },
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
