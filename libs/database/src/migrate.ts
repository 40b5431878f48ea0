import { syncDistricts } from '@teilhabe/districts';
import { type DataSource, MigrationExecutor } from 'typeorm';

/** Any constant works; it only has to be the same in every process of this application. */
const MIGRATION_LOCK = 4_222_001;

export interface MigrationReport {
  applied: string[];
  districts: number;
}

/**
 * Applies pending migrations, then brings reference data in line. Everything runs on one
 * connection, so that even a pool of one suffices. On PostgreSQL, replicas starting at the same
 * time take turns through an advisory lock held by that connection, so each migration runs
 * once; the embedded database belongs to a single process anyway (lock file).
 */
export async function migrate(dataSource: DataSource, embedded: boolean): Promise<MigrationReport> {
  const runner = dataSource.createQueryRunner();
  try {
    if (!embedded) await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      await runner.startTransaction();
      let districts: number;
      try {
        districts = await syncDistricts(runner.manager);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      return { applied: applied.map((m) => m.name), districts };
    } finally {
      if (!embedded) await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
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
