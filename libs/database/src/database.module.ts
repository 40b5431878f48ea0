import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseConfig } from '@teilhabe/config';
import { CryptoModule, FieldCipher } from '@teilhabe/crypto';
import { DataSource } from 'typeorm';
import { type AppDataSourceOptions, dataSourceOptions } from './data-source-options';
import { migrate } from './migrate';
import { lockDataDir } from './pglite-pool';

/** Opens the database, applies migrations and reference data, then serves TypeORM to all. */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        CryptoModule,
        TypeOrmModule.forRootAsync({
          // The FieldCipher is injected so that it is installed for the entity transformers
          // before any row is read.
          inject: [DatabaseConfig, FieldCipher],
          // Each library registers its entities with TypeOrmModule.forFeature().
          useFactory: (config: DatabaseConfig) => ({
            ...dataSourceOptions(config),
            autoLoadEntities: true,
          }),
          dataSourceFactory: (options) => openDataSource(options as AppDataSourceOptions),
        }),
      ],
    };
  }
}

const logger = new Logger('Database');

/** Initialises a data source and migrates it; on the embedded database, holds its lock file. */
export async function openDataSource(options: AppDataSourceOptions): Promise<DataSource> {
  const dataDir = options.embeddedDataDir;
  const embedded = dataDir !== undefined;
  const unlock = dataDir && !dataDir.startsWith('memory://') ? lockDataDir(dataDir) : undefined;
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
    const report = await migrate(dataSource, embedded);
    logger.log(
      `${embedded ? `embedded PostgreSQL (PGlite) in ${dataDir}` : 'PostgreSQL'} ready; ` +
        `${report.applied.length} migration(s) applied, ${report.districts} districts in reference data`,
    );
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    unlock?.();
    throw error;
  }
  if (unlock) {
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      try {
        await destroy();
      } finally {
        unlock();
      }
    };
  }
  return dataSource;
}
