// The public API of @teilhabe/database: what other libraries and the apps use, and nothing more.
export { createDatabase, databaseUrl, dropDatabase, listDatabases } from './admin';
export { dataSourceOptions } from './data-source-options';
export { DatabaseModule, openDataSource } from './database.module';
export { pendingSchemaChanges } from './migrate';
export { MIGRATIONS } from './schema';
