import { execFileSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { loadConfigLib, loadDatabaseLib } from './dist';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL } from './environment';

/**
 * Once per run: checks that PostgreSQL and Redis answer, migrates a template database that each
 * test file copies (a fresh database per file, dropped afterwards), and builds dist/ for the
 * tests that start the real processes.
 */
export default async function globalSetup(): Promise<void> {
  await checkRedis();
  // Built as for users: Jest sets NODE_ENV=test, which would give the web app React's
  // development build (larger, slower) instead of what the browser tests should see.
  execFileSync('npm', ['run', '-s', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const { createDatabase, databaseUrl, dataSourceOptions, openDataSource } =
    await loadDatabaseLib();
  const { loadConfig } = await loadConfigLib();
  const run = `teilhabe_e2e_${Date.now().toString(36)}_${process.pid}`;
  process.env.TEILHABE_E2E_RUN = run;
  const template = `${run}_tpl`;
  try {
    await createDatabase(ADMIN_DATABASE_URL, template);
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${ADMIN_DATABASE_URL} (set TEST_DATABASE_URL): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const config = loadConfig({ DATABASE_URL: databaseUrl(ADMIN_DATABASE_URL, template) });
  const dataSource = await openDataSource(dataSourceOptions(config.database));
  await dataSource.destroy();
}

async function checkRedis(): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${TEST_REDIS_URL} (set TEST_REDIS_URL): ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}
