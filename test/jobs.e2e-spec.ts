import { randomBytes } from 'node:crypto';
import { bullConnection, JobName, JobsService, ScheduledJobs } from '@teilhabe/jobs';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { TEST_CRYPTO_ENV, TEST_REDIS_URL } from './support/environment';
import { startProcess, type Started, waitFor } from './support/process';
import { startTestApp, type TestApp } from './support/test-app';

const WORKER = 'dist/apps/worker/src/main.js';
/** The Redis database that the Redis-loss test empties (nothing else in the tests uses it). */
const FLUSHED_DB = 11;

interface Row {
  status: string;
  attempts: number;
  result: Record<string, unknown> | null;
}

/** Idempotency keys past their window: what the purge job forgets. */
async function expiredKeys(db: Client, n: number): Promise<void> {
  await db.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, created_at)
     SELECT 'test', 'k' || i || '-' || $2, 'x', now() - interval '2 days' FROM generate_series(1, $1) i`,
    [n, randomBytes(4).toString('hex')],
  );
}

describe('background jobs on PostgreSQL and Redis', () => {
  let t: TestApp;
  let db: Client;
  let prefix: string;
  let worker: Started | undefined;
  let queue: Queue;
  let redis: Redis;

  beforeAll(async () => {
    // The test's own database and queue keys, so that nothing else takes its jobs.
    t = await startTestApp();
    db = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await db.connect();
    prefix = `t${randomBytes(4).toString('hex')}`;
    redis = new Redis(TEST_REDIS_URL);
    queue = new Queue('background', { connection: redis, prefix });
  });
  afterEach(async () => {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    worker = undefined;
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await db.end();
    await t.close();
  });

  const startWorker = async (env: Record<string, string> = {}) => {
    const started = startProcess(WORKER, {
      ...TEST_CRYPTO_ENV,
      DATABASE_URL: (t.dataSource.options as { url: string }).url,
      REDIS_URL: TEST_REDIS_URL,
      JOB_QUEUE_PREFIX: prefix,
      JOB_LOCK_SECONDS: '2',
      LOG_LEVEL: 'info',
      ...env,
    });
    await waitFor(
      () => (started.stdout().includes('Teilhabe worker ready') ? true : undefined),
      'the worker',
    );
    return started;
  };
  /** Holds a table, so that a job touching it is caught in the middle of its work. */
  const lockTable = async (table: string) => {
    const blocker = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    return async () => {
      await blocker.query('ROLLBACK');
      await blocker.end();
    };
  };
  const row = async (id: string) =>
    (await db.query<Row>('SELECT status, attempts, result FROM job_outbox WHERE id = $1', [id]))
      .rows[0];
  const done = (id: string, ms = 30_000) =>
    waitFor(async () => ((await row(id)).status === 'done' ? row(id) : undefined), `job ${id}`, ms);
  const enqueuePurge = () =>
    t.app.get(JobsService).enqueue({ name: JobName.IdempotencyPurge, data: {} });
  const remaining = async () =>
    Number(
      (
        await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM idempotency_keys WHERE scope = 'test'`,
        )
      ).rows[0].n,
    );

  it('runs a job once even when it is delivered twice', async () => {
    await expiredKeys(db, 3);
    const id = await enqueuePurge();
    // Delivered twice before any worker runs: one job in Redis.
    for (let i = 0; i < 2; i++) await queue.add(JobName.IdempotencyPurge, {}, { jobId: id });
    expect(await queue.getJobCounts('wait')).toEqual({ wait: 1 });
    // One job at a time: the hourly purge that the worker schedules at start would otherwise run
    // beside this one and might forget the three keys first.
    worker = await startWorker({ JOB_CONCURRENCY: '1' });
    expect(await done(id)).toEqual({ status: 'done', attempts: 1, result: { deleted: 3 } });
    // Delivered again after it ran: its row says done, so nothing happens.
    await queue.remove(id);
    const again = await queue.add(JobName.IdempotencyPurge, {}, { jobId: id });
    await waitFor(async () => ((await again.isCompleted()) ? true : undefined), 'the delivery');
    expect((await queue.getJob(id))?.returnvalue).toBe('skipped');
    expect((await row(id)).attempts).toBe(1);
  });

  it('still runs every job, once, when Redis loses the jobs it was already given', async () => {
    // Its own Redis database, which it may empty as FLUSHALL would: other test files share
    // this Redis (only the database number in the URL differs).
    const url = new URL(TEST_REDIS_URL);
    url.pathname = `/${FLUSHED_DB}`;
    const flushed = new Redis(url.toString());
    const lost = new Queue('background', { connection: flushed, prefix });
    try {
      await flushed.flushdb();
      await expiredKeys(db, 3);
      const ids = [await enqueuePurge(), await enqueuePurge(), await enqueuePurge()];
      // Paused: the relay delivers, but no job is taken yet.
      await lost.pause();
      worker = await startWorker({ REDIS_URL: url.toString() });
      await waitFor(async () => {
        const states = await Promise.all(ids.map((id) => lost.getJobState(id)));
        return states.every((s) => s === 'waiting') ? true : undefined;
      }, 'the delivery');
      for (const id of ids) expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0 });
      // Redis keeps nothing on disk: a restart (or FLUSHALL) loses every delivered job, and
      // the pause with them. The same worker, not restarted, must find them again.
      await flushed.flushdb();
      const rows = await Promise.all(ids.map((id) => done(id)));
      expect(rows.map((r) => [r.status, r.attempts])).toEqual(ids.map(() => ['done', 1]));
      expect(await remaining()).toBe(0);
    } finally {
      await lost.close();
      flushed.disconnect();
    }
  });

  it('delivers a job again when its try broke before its row heard of it (the claim failed)', async () => {
    await expiredKeys(db, 3);
    const id = await enqueuePurge();
    // The first claim of this job fails, as on a dropped database connection. A sequence
    // counts the claims: it keeps counting when the failed statement is rolled back.
    await db.query(`
      CREATE SEQUENCE claims_${id.slice(0, 8)};
      CREATE FUNCTION fail_first_claim() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id = '${id}' AND NEW.status = 'running'
           AND nextval('claims_${id.slice(0, 8)}') = 1 THEN
          RAISE EXCEPTION 'simulated connection loss';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_first_claim BEFORE UPDATE ON job_outbox
        FOR EACH ROW EXECUTE FUNCTION fail_first_claim();`);
    try {
      worker = await startWorker();
      expect(await done(id)).toEqual({ status: 'done', attempts: 1, result: { deleted: 3 } });
      // Claimed twice: the first claim failed (BullMQ counts the job failed), the second ran it.
      const [{ claims }] = (
        await db.query<{ claims: string }>(
          `SELECT last_value AS claims FROM claims_${id.slice(0, 8)}`,
        )
      ).rows;
      expect(Number(claims)).toBe(2);
    } finally {
      await db.query(
        `DROP TRIGGER fail_first_claim ON job_outbox; DROP FUNCTION fail_first_claim();
         DROP SEQUENCE claims_${id.slice(0, 8)};`,
      );
    }
  });

  it('delivers a job again that Redis holds as failed while its row is still due', async () => {
    await expiredKeys(db, 2);
    const id = await enqueuePurge();
    // As BullMQ does with a job that stalled more often than allowed: failed in Redis, and
    // the row never heard of it.
    await queue.add(JobName.IdempotencyPurge, {}, { jobId: id });
    const stalling = new Worker(
      'background',
      () => Promise.reject(new Error('job stalled more than allowable limit')),
      { connection: bullConnection(TEST_REDIS_URL), prefix },
    );
    try {
      await waitFor(
        async () => ((await queue.getJobState(id)) === 'failed' ? true : undefined),
        'the failure',
      );
    } finally {
      await stalling.close();
    }
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0 });
    worker = await startWorker();
    expect(await done(id)).toEqual({ status: 'done', attempts: 1, result: { deleted: 2 } });
  });

  it('retries a job whose worker was killed mid-job, and does it once', async () => {
    await expiredKeys(db, 4);
    const release = await lockTable('idempotency_keys');
    const id = await enqueuePurge();
    const first = await startWorker();
    await waitFor(
      async () => ((await row(id)).status === 'running' ? true : undefined),
      'the start',
    );
    first.child.kill('SIGKILL');
    await first.exited;
    await release();
    worker = await startWorker();
    // Run again once its lock ran out; the killed worker never marked it done.
    expect(await done(id, 60_000)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await remaining()).toBe(0);
  });

  it('on SIGTERM takes no new job, finishes the running one and exits 0', async () => {
    await expiredKeys(db, 2);
    const release = await lockTable('idempotency_keys');
    const running = await enqueuePurge();
    worker = await startWorker();
    await waitFor(
      async () => ((await row(running)).status === 'running' ? true : undefined),
      'the start',
    );
    const draining = worker;
    draining.child.kill('SIGTERM');
    await waitFor(
      () => (draining.stdout().includes('taking no new jobs') ? true : undefined),
      'the drain',
    );
    // A job due now and waiting in Redis while the worker drains: it is the next worker's.
    const next = await enqueuePurge();
    await queue.add(JobName.IdempotencyPurge, {}, { jobId: next, removeOnComplete: true });
    await release();
    expect(await draining.exited).toBe(0);
    expect(await row(running)).toEqual({ status: 'done', attempts: 1, result: { deleted: 2 } });
    expect(await row(next)).toEqual({ status: 'pending', attempts: 0, result: null });
    expect(await queue.getJobState(next)).toBe('waiting');
    worker = await startWorker();
    expect(await done(next)).toEqual({ status: 'done', attempts: 1, result: { deleted: 0 } });
  });

  it('registers each scheduled job once per period, however many processes see it due', async () => {
    const schedules = t.app.get(ScheduledJobs);
    const now = new Date('2030-06-01T10:15:00Z');
    await Promise.all([1, 2, 3, 4].map(() => schedules.ensure(now)));
    const { rows } = await db.query<{ key: string }>(
      `SELECT key FROM job_outbox WHERE key LIKE '%:2030-06-01%' ORDER BY key`,
    );
    // Office time: 10:15 UTC is 12:15 in Berlin in summer.
    expect(rows.map((r) => r.key)).toEqual([
      'idempotency.purge:2030-06-01T12+02:00',
      'rate-limits.purge:2030-06-01T12+02:00',
      'retention.run:2030-06-01',
    ]);
  });
});

describe('background jobs without Redis (the embedded default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: undefined });
  });
  afterAll(() => t.close());

  it('runs the same jobs inside the API process, from the same outbox', async () => {
    await t.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, created_at)
       VALUES ('test', 'alt', 'x', now() - interval '2 days')`,
    );
    const id = await t.app.get(JobsService).enqueue({ name: JobName.IdempotencyPurge, data: {} });
    const result = await waitFor(async () => {
      const [r] = await t.dataSource.query<Row[]>(
        'SELECT status, attempts, result FROM job_outbox WHERE id = $1',
        [id],
      );
      return r.status === 'done' ? r : undefined;
    }, 'the job');
    expect(result).toEqual({ status: 'done', attempts: 1, result: { deleted: 1 } });
    // The process registered the day's and the hour's scheduled jobs itself.
    const scheduled = await t.dataSource.query<{ name: string }[]>(
      'SELECT DISTINCT name FROM job_outbox WHERE key IS NOT NULL ORDER BY name',
    );
    expect(scheduled.map((s) => s.name)).toEqual([
      'idempotency.purge',
      'rate-limits.purge',
      'retention.run',
    ]);
  });

  it('tries a failing job again with growing pauses, then marks it failed', async () => {
    const id = await t.app.get(JobsService).enqueue({ name: JobName.IdempotencyPurge, data: {} });
    const read = async () =>
      (
        await t.dataSource.query<
          (Row & { last_error: string | null; wait: number; finished_at: Date | null })[]
        >(
          `SELECT status, attempts, result, last_error, finished_at,
                  extract(epoch FROM run_after - updated_at)::float AS wait
             FROM job_outbox WHERE id = $1`,
          [id],
        )
      )[0];
    await t.dataSource.query('ALTER TABLE idempotency_keys RENAME TO idempotency_keys_gone');
    try {
      const first = await waitFor(async () => {
        const r = await read();
        return r.attempts === 1 && r.status === 'pending' ? r : undefined;
      }, 'the first try');
      expect(first.last_error).toMatch(/idempotency_keys/);
      expect(first.wait).toBeCloseTo(2, 0);
      // The fifth try is the last.
      await t.dataSource.query(
        `UPDATE job_outbox SET attempts = 4, run_after = now() WHERE id = $1`,
        [id],
      );
      const last = await waitFor(async () => {
        const r = await read();
        return r.status === 'failed' ? r : undefined;
      }, 'the last try');
      expect(last).toMatchObject({ attempts: 5, finished_at: expect.any(Date) });
    } finally {
      await t.dataSource.query('ALTER TABLE idempotency_keys_gone RENAME TO idempotency_keys');
    }
  });
});
