import { Injectable } from '@nestjs/common';
import { containsPattern } from '@teilhabe/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { districtNotFound } from './districts.exception';
import {
  District,
  DISTRICT_KINDS,
  type DistrictKind,
  type Landesjugendamt,
  LANDESJUGENDAEMTER,
} from './entities/district.entity';

/** A district as the API shows it. */
export class DistrictView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'koeln' }) code!: string;
  @ApiProperty({ example: 'Köln' }) name!: string;
  @ApiProperty({ enum: DISTRICT_KINDS, enumName: 'DistrictKind' }) kind!: DistrictKind;
  @ApiProperty({ enum: LANDESJUGENDAEMTER, enumName: 'Landesjugendamt' })
  landesjugendamt!: Landesjugendamt;
}

const collator = new Intl.Collator('de');

@Injectable()
export class DistrictsService {
  constructor(@InjectRepository(District) private readonly districts: Repository<District>) {}

  async list(): Promise<DistrictView[]> {
    const rows = await this.districts.find();
    return rows.sort((a, b) => collator.compare(a.name, b.name)).map(toView);
  }

  /** Whether a district of this id exists (for other libraries' references to it). */
  exists(id: string): Promise<boolean> {
    return this.districts.existsBy({ id });
  }

  /** Of these ids, the ones of existing districts. */
  async existing(ids: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    const rows = await this.districts.find({ where: { id: In(wanted) }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** The ids of the districts whose name contains `text` (any case), for searches by place. */
  async idsNamedLike(text: string): Promise<string[]> {
    const rows = await this.districts
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .where(`d.name ILIKE :pattern ESCAPE '\\'`, { pattern: containsPattern(text) })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** The names of these districts by id, for other libraries' views of their records. */
  async names(ids: readonly string[], manager?: EntityManager): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const repository = manager ? manager.getRepository(District) : this.districts;
    const rows = await repository.find({
      where: { id: In(wanted) },
      select: { id: true, name: true },
    });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async get(id: string): Promise<DistrictView> {
    const row = await this.districts.findOneBy({ id });
    if (!row) throw districtNotFound();
    return toView(row);
  }
}

export function toView(row: District): DistrictView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    landesjugendamt: row.landesjugendamt,
  };
}
