import { randomBytes } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { type Config, loadConfig } from '@teilhabe/config';
import { createDatabase, databaseUrl, dropDatabase } from '@teilhabe/database';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import {
  ADMIN_DATABASE_URL,
  runId,
  TEST_CRYPTO_ENV,
  TEST_REDIS_URL,
  templateDatabase,
} from './environment';

export interface TestApp {
  app: INestApplication;
  api: () => TestAgent;
  dataSource: DataSource;
  config: Config;
  close: () => Promise<void>;
}

/** Creates a fresh database from the migrated template. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${runId()}_${randomBytes(4).toString('hex')}`;
  await createDatabase(ADMIN_DATABASE_URL, name, templateDatabase());
  return {
    url: databaseUrl(ADMIN_DATABASE_URL, name),
    drop: () => dropDatabase(ADMIN_DATABASE_URL, name),
  };
}

/**
 * The API as it runs in production, on its own fresh PostgreSQL database and the real Redis.
 * `env` adds or overrides environment variables; `DATABASE_URL: undefined` selects PGlite.
 */
export async function startTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const embedded = 'DATABASE_URL' in env && env.DATABASE_URL === undefined;
  // A DATABASE_URL of the caller's is used as it is (and not dropped at the end).
  const database = embedded || env.DATABASE_URL ? undefined : await freshDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: database?.url,
    REDIS_URL: TEST_REDIS_URL,
    ...TEST_CRYPTO_ENV,
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  return {
    app,
    api: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    close: async () => {
      await app.close();
      await database?.drop();
    },
  };
}
