export * from './data-source-options';
export * from './database.module';
export * from './migrate';
export * from './pglite-pool';
export * from './schema';
export * from './admin';
