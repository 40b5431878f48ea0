import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { districtNotFound } from './districts.exception';
import { District } from './entities/district.entity';

export interface DistrictView {
  id: string;
  code: string;
  name: string;
  kind: District['kind'];
  landesjugendamt: District['landesjugendamt'];
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
