import { join } from 'node:path';

/*
 * The global setup and teardown run outside Jest's module mapping, so they cannot resolve the
 * @teilhabe/* aliases; they load the compiled libraries from dist/ (built by the setup) instead.
 */
const root = join(__dirname, '..', '..');

export async function loadDatabaseLib(): Promise<typeof import('@teilhabe/database')> {
  return (await import(
    join(root, 'dist/libs/database/src/index.js')
  )) as typeof import('@teilhabe/database');
}

export async function loadConfigLib(): Promise<typeof import('@teilhabe/config')> {
  return (await import(
    join(root, 'dist/libs/config/src/index.js')
  )) as typeof import('@teilhabe/config');
}
