import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { countRows, createFacility, makeCase } from './support/builders';
import { FAIL_BIRTH_YEAR, failCreatesMidway, failingCase } from './support/failing-trigger';
import { startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);

/** The README's start command runs with no DATABASE_URL: the embedded PostgreSQL (PGlite). */
describe('embedded database (no DATABASE_URL)', () => {
  let dir: string;
  let t: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teilhabe-pglite-'));
    t = await startTestApp({
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      PGLITE_DATA_DIR: join(dir, 'pglite'),
    });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts on PGlite with the migrations and reference data applied', async () => {
    const res = await t.api().get('/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: { status: 'up', kind: 'embedded' },
      redis: { status: 'not_configured' },
    });
    const districts = await t.api().get('/api/v1/districts').expect(200);
    expect(districts.body).toHaveLength(27);
  });

  it('creates a case and reads it back', async () => {
    const facilityId = await createFacility(t);
    const created = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(facilityId, { receivedAt: '2026-01-05' }));
    if (created.status !== 201) console.log(created.body);
    expect(created.body.reference).toBe('42.22-2026-000001');
    const read = await t.api().get(`/api/v1/cases/${created.body.id}`).expect(200);
    expect(read.body).toMatchObject({
      receivedAt: '2026-01-05',
      guardian: { name: 'Sabine Keller' },
    });
    expect(read.body.timeline).toHaveLength(1);
  });

  it('refuses a second process on the same data directory with a clear message', async () => {
    const lib = join(__dirname, '../dist/libs/database/src/pglite-pool.js');
    const script = `require(${JSON.stringify(lib)}).lockDataDir(${JSON.stringify(join(dir, 'pglite'))})`;
    await expect(run(process.execPath, ['-e', script])).rejects.toMatchObject({
      stderr: expect.stringContaining(`is in use by process ${process.pid}`),
    });
  });

  it('keeps the data across a restart and continues the numbering', async () => {
    const before = await countRows(t, 'cases');
    await t.close();
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
    t = await startTestApp({
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      PGLITE_DATA_DIR: join(dir, 'pglite'),
    });
    expect(await countRows(t, 'cases')).toBe(before);
    const facilities = await t.api().get('/api/v1/facilities').expect(200);
    const next = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(facilities.body.items[0].id, { receivedAt: '2026-01-06' }))
      .expect(201);
    expect(next.body.reference).toBe('42.22-2026-000002');
  });
});

/*
 * PGlite is one database session. Without serialisation, a transaction that rolls back would
 * take the writes of a concurrent request with it (or a COMMIT would publish another's
 * half-done writes). These tests would fail on the unserialised driver.
 */
describe('embedded database under concurrent requests', () => {
  let t: TestApp;
  let facilityId: string;

  beforeAll(async () => {
    t = await startTestApp({
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      PGLITE_DATA_DIR: 'memory://',
    });
    facilityId = await createFacility(t);
  });
  afterAll(() => t?.close());

  it("does not let a rolled-back transaction take a concurrent one's writes with it", async () => {
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));

    const failing = t.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO case_reference_counters (year, last_number) VALUES (1999, 1)`);
      firstStarted();
      await firstHolds;
      throw new Error('roll back');
    });
    await started;
    const succeeding = t.dataSource.transaction((m) =>
      m.query(`INSERT INTO case_reference_counters (year, last_number) VALUES (1998, 1)`),
    );
    // Give the second transaction every chance to slip into the first one's session.
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseFirst();
    await expect(failing).rejects.toThrow('roll back');
    await succeeding;

    const years = await t.dataSource.query<{ year: number }[]>(
      'SELECT year FROM case_reference_counters WHERE year IN (1998, 1999)',
    );
    expect(years.map((r) => r.year)).toEqual([1998]);
  });

  it('keeps every successful request and nothing of failed ones when they run at once', async () => {
    await failCreatesMidway(t.dataSource);
    const casesBefore = await countRows(t, 'cases');
    const requests = Array.from({ length: 30 }, (_, i) =>
      t
        .api()
        .post('/api/v1/cases')
        .send(
          (i % 3 === 0 ? failingCase : makeCase)(facilityId, {
            receivedAt: '2024-02-02',
            description: `Fall ${i}`,
          }),
        ),
    );
    const responses = await Promise.all(requests);
    const ok = responses.filter((r) => r.status === 201);
    expect(ok).toHaveLength(20);
    expect(responses.filter((r) => r.status === 500)).toHaveLength(10);

    expect(await countRows(t, 'cases')).toBe(casesBefore + 20);
    for (const res of ok) {
      const read = await t.api().get(`/api/v1/cases/${res.body.id}`).expect(200);
      expect(read.body.timeline).toHaveLength(1);
    }
    const failed = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM cases WHERE child_birth_year = $1',
      [FAIL_BIRTH_YEAR],
    );
    expect(failed[0].n).toBe(0);
    expect(ok.map((r) => numberOf(r.body.reference)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('works a case as the web app does: notes, who works it, contracts withdrawn, reopening, counts', async () => {
    const facilityId = await createFacility(t);
    const created = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(facilityId, { receivedAt: '2026-01-06' }))
      .expect(201);
    const id = created.body.id as string;
    await t.api().post(`/api/v1/cases/${id}/notes`).send({ text: 'Anruf der Mutter.' }).expect(201);
    const me = await t.api().get('/api/v1/auth/me').expect(200);
    const assigned = await t
      .api()
      .put(`/api/v1/cases/${id}/assignee`)
      .send({ assigneeId: me.body.id })
      .expect(200);
    expect(assigned.body.assignee.id).toBe(me.body.id);
    const contract = await t
      .api()
      .post(`/api/v1/cases/${id}/contracts`)
      .send({ text: 'Fehlt die Integrationskraft, bleibt das Kind zu Hause.' })
      .expect(201);
    await t
      .api()
      .post(`/api/v1/cases/${id}/contracts/${contract.body.id}/withdraw`)
      .send({ reason: 'Falscher Fall.' })
      .expect(200);
    for (const to of ['assessing', 'provider_contacted', 'resolved']) {
      await t.api().post(`/api/v1/cases/${id}/transitions`).send({ to, reason: 'Weiter.' });
    }
    const reopened = await t
      .api()
      .post(`/api/v1/cases/${id}/reopen`)
      .send({ reason: 'Neue Meldung.' })
      .expect(200);
    expect(reopened.body.status).toBe('assessing');
    const count = await t.api().get(`/api/v1/cases/count?assigneeId=${me.body.id}`).expect(200);
    expect(count.body).toEqual({ count: 1 });
    await t.api().get(`/api/v1/cases/facility-counts?facilityId=${facilityId}`).expect(200);
  });
});

const numberOf = (reference: string) => Number(reference.split('-')[2]);
