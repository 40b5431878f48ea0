// npm run db:migrate: applies pending migrations and reference data, then exits.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { dataSourceOptions, MIGRATIONS, openDataSource } from '@teilhabe/database';
import { cliConfig, runCli } from './cli';

runCli({
  usage: 'npm run db:migrate',
  description:
    'Applies every pending migration and the reference data (districts) to the database of ' +
    'DATABASE_URL (or the embedded one), then exits. The API does the same when it starts.',
  options: {},
  run: async () => {
    const dataSource = await openDataSource(dataSourceOptions(cliConfig().database));
    await dataSource.destroy();
    console.log(`The database is at the newest of ${MIGRATIONS.length} migrations.`);
  },
});
