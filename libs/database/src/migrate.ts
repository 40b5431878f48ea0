import { syncDistricts } from '@teilhabe/districts';
import { type DataSource } from 'typeorm';

/** Any constant works; it only has to be the same in every process of this application. */
const MIGRATION_LOCK = 4_222_001;

export interface MigrationReport {
  applied: string[];
  districts: number;
}

/**
 * Applies pending migrations, then brings reference data in line. Replicas starting at the same
 * time take turns through an advisory lock, so each migration runs once.
 */
export async function migrate(dataSource: DataSource, embedded: boolean): Promise<MigrationReport> {
  const run = async (): Promise<MigrationReport> => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const districts = await dataSource.transaction((m) => syncDistricts(m));
    return { applied: applied.map((m) => m.name), districts };
  };
  // The embedded database belongs to one process (lock file) and has a single connection,
  // which the advisory lock would hold while the migrations wait for it.
  if (embedded) return run();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return await run();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** Schema changes the entities imply that no migration makes yet; empty when in step. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
