import { randomBytes } from 'node:crypto';
import { DatabaseConfig } from '@teilhabe/config';
import {
  createDatabase,
  databaseUrl,
  dataSourceOptions,
  dropDatabase,
  MIGRATIONS,
  openDataSource,
  pendingSchemaChanges,
} from '@teilhabe/database';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../apps/cli/src/entities';
import { ADMIN_DATABASE_URL, runId } from './support/environment';
import { freshDatabase, startTestApp } from './support/test-app';

/** CI's schema-drift check: the committed migrations must produce exactly what the entities say. */
describe('migrations', () => {
  it('produce the schema the entities describe (no migration missing)', async () => {
    const db = await freshDatabase();
    const dataSource = new DataSource(
      dataSourceOptions(
        Object.assign(new DatabaseConfig(), { DATABASE_URL: db.url }),
        ALL_ENTITIES,
      ),
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
      dataSourceOptions(
        Object.assign(new DatabaseConfig(), { DATABASE_URL: db.url }),
        ALL_ENTITIES,
      ),
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

  it('apply to an empty database over a single connection', async () => {
    const name = `${runId()}_${randomBytes(4).toString('hex')}`;
    await createDatabase(ADMIN_DATABASE_URL, name);
    try {
      const config = Object.assign(new DatabaseConfig(), {
        DATABASE_URL: databaseUrl(ADMIN_DATABASE_URL, name),
        DATABASE_POOL_SIZE: 1,
      });
      const dataSource = await openDataSource(dataSourceOptions(config));
      try {
        const applied = await dataSource.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM migrations',
        );
        expect(applied[0].n).toBe(MIGRATIONS.length);
        const districts = await dataSource.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM districts',
        );
        expect(districts[0].n).toBe(27);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await dropDatabase(ADMIN_DATABASE_URL, name);
    }
  });

  it('are registered by the modules of each library: the API has every entity, nothing more', async () => {
    const t = await startTestApp();
    try {
      const registered = t.dataSource.entityMetadatas.map((m) => m.target).sort(byName);
      expect(registered).toEqual([...ALL_ENTITIES].sort(byName));
    } finally {
      await t.close();
    }
  });
});

const byName = (a: unknown, b: unknown) =>
  String((a as { name: string }).name).localeCompare(String((b as { name: string }).name));
