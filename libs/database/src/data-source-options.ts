import { type DatabaseConfig } from '@teilhabe/config';
import { type DataSourceOptions } from 'typeorm';
import { serializedPGliteDriver } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { ENTITIES, MIGRATIONS } from './schema';

/**
 * Both drivers share the same entities and migrations. UUIDs come from PostgreSQL's built-in
 * gen_random_uuid(), so no extension has to be installed on either.
 */
export type AppDataSourceOptions = DataSourceOptions & {
  /** Set when the embedded PostgreSQL (PGlite) is used: where its files live. */
  embeddedDataDir?: string;
};

export function dataSourceOptions(config: DatabaseConfig): AppDataSourceOptions {
  const common = {
    type: 'postgres',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: 'teilhabe',
  } as const;
  if (config.DATABASE_URL) {
    return { ...common, url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE };
  }
  return {
    ...common,
    driver: serializedPGliteDriver(config.PGLITE_DATA_DIR),
    poolSize: 1,
    embeddedDataDir: config.PGLITE_DATA_DIR,
  };
}
