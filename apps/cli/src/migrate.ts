// npm run db:migrate: applies pending migrations and reference data, then exits.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@teilhabe/config';
import { dataSourceOptions, openDataSource } from '@teilhabe/database';

async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
  const config = loadConfig(process.env);
  const dataSource = await openDataSource(dataSourceOptions(config.database));
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
