import { loadDatabaseLib } from './dist';
import { ADMIN_DATABASE_URL, runId } from './environment';

/** Drops every database this run created, including those of test files that crashed. */
export default async function globalTeardown(): Promise<void> {
  const { dropDatabase, listDatabases } = await loadDatabaseLib();
  for (const name of await listDatabases(ADMIN_DATABASE_URL, runId())) {
    await dropDatabase(ADMIN_DATABASE_URL, name);
  }
}
