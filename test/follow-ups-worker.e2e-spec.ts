import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createCase, createFacility } from './support/builders';
import { TEST_CRYPTO_ENV, TEST_REDIS_URL } from './support/environment';
import { letterSent } from './support/follow-ups';
import { startProcess, type Started, waitFor } from './support/process';
import { startTestApp, type TestApp } from './support/test-app';

const WORKER = 'dist/apps/worker/src/main.js';
/** The Redis database this file empties as FLUSHALL would (no other test file uses it). */
const FLUSHED_DB = 12;
const COUNT = 20;

/*
 * Deadlines live in PostgreSQL; Redis only delivers them. A Redis that loses everything (it
 * keeps nothing on disk here) while deadlines are pending, and again while they fall due,
 * must not lose one: each fires, exactly once.
 */
describe('deadlines on the worker, when Redis loses everything', () => {
  let t: TestApp;
  let worker: Started | undefined;
  let redis: Redis;
  let url: string;
  const prefix = `f${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    t = await startTestApp({ FOLLOW_UP_PERIOD: 'PT4S', REMINDER_PERIOD: 'P7D' });
    const u = new URL(TEST_REDIS_URL);
    u.pathname = `/${FLUSHED_DB}`;
    url = u.toString();
    redis = new Redis(url);
  });
  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    redis.disconnect();
    await t.close();
  });

  it('still fires every pending deadline, once, after FLUSHALL before and while they fall due', async () => {
    const facility = await createFacility(t);
    const cases: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const { id } = await createCase(t, facility);
      await letterSent(t, id);
      cases.push(id);
    }
    worker = startProcess(WORKER, {
      ...TEST_CRYPTO_ENV,
      DATABASE_URL: (t.dataSource.options as { url: string }).url,
      REDIS_URL: url,
      JOB_QUEUE_PREFIX: prefix,
      JOB_LOCK_SECONDS: '2',
      FOLLOW_UP_PERIOD: 'PT4S',
      REMINDER_PERIOD: 'P7D',
      LOG_LEVEL: 'info',
    });
    await waitFor(
      () => (worker!.stdout().includes('Teilhabe worker ready') ? true : undefined),
      'the worker',
    );
    // Lost while pending, then again while they fall due and are being delivered.
    await redis.flushdb();
    const [{ first }] = await t.dataSource.query<{ first: Date }[]>(
      `SELECT min(due_at) AS first FROM follow_ups`,
    );
    await new Promise((r) => setTimeout(r, Math.max(0, first.getTime() - Date.now()) + 300));
    await redis.flushdb();

    await waitFor(
      async () => {
        const [{ n }] = await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM follow_ups WHERE stage = 'answer' AND status = 'reminded'`,
        );
        return n === COUNT ? true : undefined;
      },
      'every deadline to fire',
      60_000,
    );
    // Exactly once each: one reminder per case, one new deadline per case.
    const perCase = await t.dataSource.query<{ case_id: string; reminded: number; next: number }[]>(
      `SELECT c.id AS case_id,
              (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id AND e.type = 'follow_up_reminded') AS reminded,
              (SELECT count(*)::int FROM follow_ups f WHERE f.case_id = c.id AND f.stage = 'reminder') AS next
         FROM cases c WHERE c.id = ANY($1::uuid[])`,
      [cases],
    );
    expect(perCase).toHaveLength(COUNT);
    expect(perCase.filter((r) => r.reminded !== 1 || r.next !== 1)).toEqual([]);
  });
});
