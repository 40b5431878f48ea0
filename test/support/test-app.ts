import { randomBytes } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { hashPassword } from '@teilhabe/auth';
import { type Config, loadConfig } from '@teilhabe/config';
import { createDatabase, databaseUrl, dropDatabase } from '@teilhabe/database';
import { JobRunner } from '@teilhabe/jobs';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { openApiDocument } from '../../apps/api/src/openapi';
import {
  ADMIN_DATABASE_URL,
  runId,
  TEST_CRYPTO_ENV,
  TEST_REDIS_URL,
  templateDatabase,
} from './environment';
import { AnswerRecorder } from './openapi-answers';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
export type Api = Pick<TestAgent, Method>;

/** The user every test app signs in as: a team lead of all districts. */
export const TEST_USER = { email: 'tester@teilhabe.test', password: 'Teilhabe-Test-2026!' };

export interface TestApp {
  app: INestApplication;
  /** Requests as the signed-in test user (Bearer token). */
  api: () => Api;
  /** Requests without any credentials. */
  anonymous: () => TestAgent;
  /** Requests as a newly created user of the role and districts (district names). */
  as: (role: string, districts?: string[]) => Promise<Api>;
  accessToken: string;
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
    // Lets tests speak for different client addresses through X-Forwarded-For.
    TRUST_PROXY: 'loopback',
    ...TEST_CRYPTO_ENV,
    ...env,
  });
  const app = await createApp(config);
  // Every JSON answer of every test is held to the OpenAPI document when the app closes.
  const answers = new AnswerRecorder();
  app.use(answers.middleware);
  await app.init();
  const dataSource = app.get(DataSource);
  const accessToken = await signInTestUser(app, dataSource);
  const anonymous = () => request(app.getHttpServer());
  let users = 0;
  const as = async (role: string, districts: string[] = []) => {
    const email = `${role.replace('_', '-')}-${++users}@teilhabe.test`;
    const token = await signIn(app, dataSource, email, role, districts);
    return withToken(anonymous(), token);
  };
  return {
    app,
    api: () => withToken(anonymous(), accessToken),
    anonymous,
    as,
    accessToken,
    dataSource,
    config,
    close: async () => {
      const mismatches = answers.mismatches(openApiDocument(app));
      await app.close();
      await database?.drop();
      if (mismatches.length > 0) {
        throw new Error(
          `answers that the OpenAPI document does not describe:\n${[...new Set(mismatches)].join('\n')}`,
        );
      }
    },
  };
}

async function signInTestUser(app: INestApplication, dataSource: DataSource): Promise<string> {
  const districts = await dataSource.query<{ name: string }[]>('SELECT name FROM districts');
  return signIn(
    app,
    dataSource,
    TEST_USER.email,
    'team_lead',
    districts.map((d) => d.name),
  );
}

let passwordHash: Promise<string> | undefined;

async function signIn(
  app: INestApplication,
  dataSource: DataSource,
  email: string,
  role: string,
  districtNames: string[],
): Promise<string> {
  passwordHash ??= hashPassword(TEST_USER.password);
  await dataSource.query(
    `INSERT INTO users (email, password_hash, role, district_ids)
     SELECT $1, $2, $3, coalesce(array_agg(id), '{}') FROM districts WHERE name = ANY($4)
     ON CONFLICT (email) DO NOTHING`,
    [email, await passwordHash, role, districtNames],
  );
  const res = await request(app.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ email, password: TEST_USER.password });
  if (res.status !== 200) throw new Error(`test sign-in failed: ${JSON.stringify(res.body)}`);
  return (res.body as { accessToken: string }).accessToken;
}

function withToken(agent: TestAgent, token: string): Api {
  const bearer = `Bearer ${token}`;
  return {
    get: (url: string) => agent.get(url).set('Authorization', bearer),
    post: (url: string) => agent.post(url).set('Authorization', bearer),
    patch: (url: string) => agent.patch(url).set('Authorization', bearer),
    put: (url: string) => agent.put(url).set('Authorization', bearer),
    delete: (url: string) => agent.delete(url).set('Authorization', bearer),
  };
}

/**
 * Runs every due background job of the test app, as the worker would (test apps have Redis,
 * so no runner of their own; delivery through Redis is tested in jobs.e2e-spec.ts).
 */
export async function runJobs(t: TestApp): Promise<number> {
  const runner = t.app.get(JobRunner);
  let ran = 0;
  while ((await runner.runNext()) !== null) ran++;
  return ran;
}
