import { type DatabaseConfig } from '@teilhabe/config';
import { type DataSourceOptions, type EntitySchema } from 'typeorm';
import { serializedPGliteDriver } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { MIGRATIONS } from './schema';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type
type EntityList = (Function | string | EntitySchema)[];

/**
 * Both drivers share the same entities and migrations. In the application the entities are
 * the ones its modules registered (DatabaseModule); a plain data source (migrations, tools)
 * names them itself, or needs none. UUIDs come from PostgreSQL's built-in
 * gen_random_uuid(), so no extension has to be installed on either.
 */
export type AppDataSourceOptions = DataSourceOptions & {
  /** Set when the embedded PostgreSQL (PGlite) is used: where its files live. */
  embeddedDataDir?: string;
};

export function dataSourceOptions(
  config: DatabaseConfig,
  entities: EntityList = [],
): AppDataSourceOptions {
  const common = {
    type: 'postgres',
    entities,
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
