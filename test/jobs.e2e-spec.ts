import { randomBytes } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { JobHandler, JobHandlers, JobName, JobsService, ScheduledJobs } from '@teilhabe/jobs';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { TEST_CRYPTO_ENV, TEST_REDIS_URL } from './support/environment';
import { startProcess, type Started, waitFor } from './support/process';
import { startTestApp, type TestApp } from './support/test-app';

const WORKER = 'dist/apps/worker/src/main.js';

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

describe('the boot check of job handlers', () => {
  const boot = async (...providers: (new (...args: never[]) => object)[]) => {
    @Module({ imports: [DiscoveryModule], providers: [JobHandlers, ...providers] })
    class TestModule {}
    const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    await app.close();
  };

  @Injectable()
  class Purge {
    @JobHandler(JobName.IdempotencyPurge)
    run() {
      return Promise.resolve();
    }
  }
  /** One handler for every other job, so that adding a job needs no change here. */
  const others = Object.values(JobName)
    .filter((name) => name !== JobName.IdempotencyPurge)
    .map((name) => {
      const handler = class {
        run() {
          return Promise.resolve();
        }
      };
      const run = Object.getOwnPropertyDescriptor(handler.prototype, 'run')!;
      JobHandler(name)(handler.prototype, 'run', run);
      Injectable()(handler);
      return handler;
    });
  @Injectable()
  class SecondPurge {
    @JobHandler(JobName.IdempotencyPurge)
    purge() {
      return Promise.resolve();
    }
  }

  it('refuses to start when a job has no handler', async () => {
    await expect(boot(...others)).rejects.toThrow(/idempotency\.purge has no handler/);
  });

  it('refuses to start when a job has two handlers, naming both', async () => {
    await expect(boot(...others, Purge, SecondPurge)).rejects.toThrow(
      /idempotency\.purge has 2 handlers: Purge\.run, SecondPurge\.purge/,
    );
  });

  it('starts with exactly one handler per job', async () => {
    await expect(boot(...others, Purge)).resolves.toBeUndefined();
  });
});

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

  const startWorker = async () => {
    const started = startProcess(WORKER, {
      ...TEST_CRYPTO_ENV,
      DATABASE_URL: (t.dataSource.options as { url: string }).url,
      REDIS_URL: TEST_REDIS_URL,
      JOB_QUEUE_PREFIX: prefix,
      JOB_LOCK_SECONDS: '2',
      LOG_LEVEL: 'info',
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
    worker = await startWorker();
    expect(await done(id)).toEqual({ status: 'done', attempts: 1, result: { deleted: 3 } });
    // Delivered again after it ran: its row says done, so nothing happens.
    await queue.remove(id);
    const again = await queue.add(JobName.IdempotencyPurge, {}, { jobId: id });
    await waitFor(async () => ((await again.isCompleted()) ? true : undefined), 'the delivery');
    expect((await queue.getJob(id))?.returnvalue).toBe('skipped');
    expect((await row(id)).attempts).toBe(1);
  });

  it('still runs every pending job, once, after Redis lost everything', async () => {
    await expiredKeys(db, 2);
    const id = await enqueuePurge();
    await queue.add(JobName.IdempotencyPurge, {}, { jobId: id });
    // Everything of this installation's queues is gone, as after FLUSHALL on a Redis that
    // keeps nothing on disk (other test files share this Redis, so only this prefix goes).
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    expect(await redis.keys(`${prefix}:*`)).toEqual([]);
    worker = await startWorker();
    expect(await done(id)).toMatchObject({ status: 'done', attempts: 1 });
    expect(await remaining()).toBe(0);
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

  it('finishes the running job on SIGTERM, then exits 0', async () => {
    await expiredKeys(db, 2);
    const release = await lockTable('idempotency_keys');
    const id = await enqueuePurge();
    worker = await startWorker();
    await waitFor(
      async () => ((await row(id)).status === 'running' ? true : undefined),
      'the start',
    );
    worker.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(worker.child.exitCode).toBeNull();
    await release();
    expect(await worker.exited).toBe(0);
    expect(await row(id)).toMatchObject({ status: 'done', attempts: 1 });
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
      'idempotency.purge:2030-06-01T12',
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
    expect(scheduled.map((s) => s.name)).toEqual(['idempotency.purge', 'retention.run']);
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
