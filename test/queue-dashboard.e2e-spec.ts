import { randomBytes } from 'node:crypto';
import { JobName, JobsService } from '@teilhabe/jobs';
import { TEST_CRYPTO_ENV, TEST_REDIS_URL } from './support/environment';
import { type Started, startProcess, waitFor } from './support/process';
import { startTestApp, type TestApp } from './support/test-app';

const WORKER = 'dist/apps/worker/src/main.js';

describe('the queue dashboard at /admin/queues (with Redis)', () => {
  let t: TestApp;
  const prefix = `d${randomBytes(4).toString('hex')}`;
  let worker: Started | undefined;

  beforeAll(async () => {
    t = await startTestApp({ JOB_QUEUE_PREFIX: prefix });
  });
  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await t.close();
  });

  it('asks who is there without a sign-in', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const res = await t.anonymous().get(path).expect(401);
      expect(res.body).toMatchObject({
        code: 'not_signed_in',
        message: 'Bitte melden Sie sich an.',
      });
    }
  });

  it.each(['caseworker', 'team_lead', 'committee'])('is closed to a %s (403)', async (role) => {
    const as = await t.as(role);
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const res = await as.get(path).expect(403);
      expect(res.body.code).toBe('forbidden');
    }
  });

  it('shows an administrator the queue, under the same Content-Security-Policy', async () => {
    const admin = await t.as('admin');
    const page = await admin.get('/admin/queues').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Teilhabe: Warteschlangen');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const script = /src="(static\/js\/main[^"]+\.js)"/.exec(page.text)![1];
    await admin.get(`/admin/queues/${script}`).expect(200);
    const queues = await admin.get('/admin/queues/api/queues').expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name)).toEqual(['background']);
    expect(queues.body.queues[0].readOnlyMode).toBe(true);
  });

  it('lists a job that failed for good, with its error, as in PostgreSQL', async () => {
    const url = (t.dataSource.options as { url: string }).url;
    const id = await t.app.get(JobsService).enqueue({ name: JobName.IdempotencyPurge, data: {} });
    // Its last try: the purge cannot work while its table is gone.
    await t.dataSource.query('UPDATE job_outbox SET attempts = 4 WHERE id = $1', [id]);
    await t.dataSource.query('ALTER TABLE idempotency_keys RENAME TO idempotency_keys_gone');
    try {
      worker = startProcess(WORKER, {
        ...TEST_CRYPTO_ENV,
        DATABASE_URL: url,
        REDIS_URL: TEST_REDIS_URL,
        JOB_QUEUE_PREFIX: prefix,
        JOB_LOCK_SECONDS: '2',
      });
      const admin = await t.as('admin');
      const failed = await waitFor(async () => {
        const res = await admin.get(
          '/admin/queues/api/queues?activeQueue=background&status=failed',
        );
        const jobs = (res.body as { queues: { jobs: { id: string; failedReason: string }[] }[] })
          .queues[0].jobs;
        return jobs.find((j) => j.id === id);
      }, 'the failed job on the dashboard');
      expect(failed.failedReason).toMatch(/idempotency_keys/);
      const [row] = await t.dataSource.query<{ status: string }[]>(
        'SELECT status FROM job_outbox WHERE id = $1',
        [id],
      );
      expect(row.status).toBe('failed');
    } finally {
      await t.dataSource.query('ALTER TABLE idempotency_keys_gone RENAME TO idempotency_keys');
    }
  });
});

describe('the queue dashboard without Redis (the embedded default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: undefined });
  });
  afterAll(() => t.close());

  it('tells an administrator that the jobs run in the API process, and nobody else anything', async () => {
    await t.anonymous().get('/admin/queues').expect(401);
    await (await t.as('caseworker')).get('/admin/queues').expect(403);
    const res = await (await t.as('admin')).get('/admin/queues').expect(404);
    expect(res.body).toMatchObject({ code: 'queue_dashboard_unavailable' });
    expect(res.body.message).toContain('im API-Prozess');
  });
});
