import { type EntityManager } from 'typeorm';
import raw from './data/districts.json';
import { districtCode } from './district-code';
import {
  DISTRICT_KINDS,
  type DistrictKind,
  LANDESJUGENDAEMTER,
  type Landesjugendamt,
} from './entities/district.entity';

interface DistrictRecord {
  name: string;
  kind: DistrictKind;
  landesjugendamt: Landesjugendamt;
}

/** The reference list shipped with the code (data/districts.json), checked on load. */
export function districtReferenceData(): DistrictRecord[] {
  return (raw as unknown[]).map((entry, i) => {
    const { name, kind, landesjugendamt } = entry as Record<string, unknown>;
    if (
      typeof name !== 'string' ||
      !DISTRICT_KINDS.includes(kind as DistrictKind) ||
      !LANDESJUGENDAEMTER.includes(landesjugendamt as Landesjugendamt)
    ) {
      throw new Error(`districts.json entry ${i} is malformed: ${JSON.stringify(entry)}`);
    }
    return {
      name,
      kind: kind as DistrictKind,
      landesjugendamt: landesjugendamt as Landesjugendamt,
    };
  });
}

/**
 * Brings the districts table in line with the reference file: new districts are added and
 * changed ones updated by their code. Districts are never deleted, since facilities and
 * reports refer to them.
 */
export async function syncDistricts(manager: EntityManager): Promise<number> {
  const records = districtReferenceData();
  // Plain SQL: it runs right after the migrations, on a connection that may know no entities.
  // One JSON parameter rather than arrays: the embedded database's driver passes arrays on as text.
  await manager.query(
    `INSERT INTO districts (code, name, kind, landesjugendamt)
     SELECT r.code, r.name, r.kind::district_kind, r.landesjugendamt::landesjugendamt
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, name text, kind text, landesjugendamt text)
     ON CONFLICT (code) DO UPDATE
       SET name = EXCLUDED.name, kind = EXCLUDED.kind, landesjugendamt = EXCLUDED.landesjugendamt`,
    [JSON.stringify(records.map((r) => ({ code: districtCode(r.name), ...r })))],
  );
  return records.length;
}
