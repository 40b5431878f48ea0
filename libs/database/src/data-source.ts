// Data source for the TypeORM CLI (migration:generate, migration:show). Run from dist/ after
// `npm run build`; the application itself opens the database through DatabaseModule.
import 'reflect-metadata';
import { loadConfig } from '@teilhabe/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// eslint-disable-next-line no-restricted-properties -- the CLI's one entry point to the environment
export default new DataSource(dataSourceOptions(loadConfig(process.env).database));
