import { DatabaseConfig } from '@teilhabe/config';
import { dataSourceOptions, MIGRATIONS, pendingSchemaChanges } from '@teilhabe/database';
import { DataSource } from 'typeorm';
import { freshDatabase } from './support/test-app';

/** CI's schema-drift check: the committed migrations must produce exactly what the entities say. */
describe('migrations', () => {
  it('produce the schema the entities describe (no migration missing)', async () => {
    const db = await freshDatabase();
    const dataSource = new DataSource(
      dataSourceOptions(Object.assign(new DatabaseConfig(), { DATABASE_URL: db.url })),
    );
    await dataSource.initialize();
    try {
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });

  it('can all be reverted and applied again', async () => {
    const db = await freshDatabase();
    const dataSource = new DataSource(
      dataSourceOptions(Object.assign(new DatabaseConfig(), { DATABASE_URL: db.url })),
    );
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      const tables = await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(tables[0].n).toBe(0);
      expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
