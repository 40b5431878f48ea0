import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createFacility, makeCase } from './support/builders';
import { TEST_CRYPTO_ENV } from './support/environment';
import { startProcess, waitFor } from './support/process';
import { freshDatabase, startTestApp, type TestApp } from './support/test-app';

const GUARDIAN = {
  name: 'Wilhelmine Zauberkraut',
  email: 'wilhelmine.zauberkraut@example.org',
  phone: '0221 9876543',
  address: { street: 'Geheimgasse 13', postalCode: '50667', city: 'Köln' },
};
const INITIALS = 'Q. Z.';
const CONTRACT_TEXT =
  'Vereinbarung mit Frau Wilhelmine Zauberkraut: Fehlt die Integrationskraft, bleibt Q. Z. zu Hause.';
// Health and social data (Art. 9 GDPR): the disability, what the parents report, a reason.
const DISABILITY = 'Trisomie 21 mit Herzfehler';
const DESCRIPTION = 'Die Kita lässt Quirin nur mit seiner Mutter in den Morgenkreis.';
const REASON = 'Gespräch mit der Mutter: Quirin wurde am Dienstag abgeholt.';
const NEEDLES = [
  'Zauberkraut',
  'zauberkraut@example',
  '9876543',
  'Geheimgasse',
  'Q. Z.',
  'Trisomie',
  'Morgenkreis',
  'abgeholt',
];
const CLEAR_COLUMNS = `guardian_name, guardian_email, guardian_phone, guardian_address, child_initials,
  child_disability, description`;

/** Rows of any table of the database whose text contains the needle. */
async function rowsContaining(t: TestApp, needle: string): Promise<string[]> {
  const tables = await t.dataSource.query<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  );
  const found: string[] = [];
  for (const { tablename } of tables) {
    const rows = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${tablename}" t WHERE t::text ILIKE $1`,
      [`%${needle}%`],
    );
    if (rows[0].n > 0) found.push(tablename);
  }
  return found;
}

describe('personal data at rest', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let t: TestApp;
  let caseId: string;
  let contractId: string;
  let facilityId: string;
  const newKey = `test2:${randomBytes(32).toString('base64')}`;

  beforeAll(async () => {
    db = await freshDatabase();
    t = await startTestApp({ DATABASE_URL: db.url });
    facilityId = await createFacility(t);
    const res = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'secret-1')
      .send(
        makeCase(facilityId, {
          guardian: GUARDIAN,
          child: { initials: INITIALS, birthYear: 2021, disability: DISABILITY },
          description: DESCRIPTION,
        }),
      )
      .expect(201);
    caseId = res.body.id;
    await t
      .api()
      .post(`/api/v1/cases/${caseId}/transitions`)
      .send({ to: 'assessing', reason: REASON })
      .expect(200);
    // A contract naming the family, uploaded under a file name that names them too.
    contractId = (
      await t
        .api()
        .post(`/api/v1/cases/${caseId}/contracts`)
        .attach('file', Buffer.from(CONTRACT_TEXT), 'Vertrag Zauberkraut.txt')
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('appears nowhere in the database in clear text', async () => {
    for (const needle of NEEDLES) expect(await rowsContaining(t, needle)).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT ${CLEAR_COLUMNS} FROM cases WHERE id = $1`, [
      caseId,
    ]);
    for (const value of Object.values(row)) expect(value).toMatch(/^enc:v1:test1:/);
    const reasons = await t.dataSource.query(
      `SELECT reason, data FROM case_events WHERE case_id = $1 AND type = 'status_changed'`,
      [caseId],
    );
    expect(reasons).toEqual([
      {
        reason: expect.stringMatching(/^enc:v1:test1:/),
        data: { from: 'received', to: 'assessing' },
      },
    ]);
  });

  it('is not in a dump of the database', async () => {
    const dump = spawnSync('pg_dump', ['--no-owner', '--data-only', db.url], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(dump.status).toBe(0);
    // The dump holds the case (its Aktenzeichen), but none of what the family told.
    const [{ reference }] = await t.dataSource.query('SELECT reference FROM cases WHERE id = $1', [
      caseId,
    ]);
    expect(dump.stdout).toContain(reference);
    for (const needle of NEEDLES) expect(dump.stdout).not.toContain(needle);
  });

  it('is read back in clear text through the API', async () => {
    const res = await t.api().get(`/api/v1/cases/${caseId}`).expect(200);
    expect(res.body.guardian).toEqual(GUARDIAN);
    expect(res.body.child).toMatchObject({ initials: INITIALS, disability: DISABILITY });
    expect(res.body.description).toBe(DESCRIPTION);
    expect(res.body.timeline).toContainEqual(
      expect.objectContaining({
        type: 'status_changed',
        data: { from: 'received', to: 'assessing', reason: REASON },
      }),
    );
    const replay = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'secret-1')
      .send(
        makeCase(facilityId, {
          guardian: GUARDIAN,
          child: { initials: INITIALS, birthYear: 2021, disability: DISABILITY },
          description: DESCRIPTION,
        }),
      )
      .expect(201);
    expect(replay.body.guardian).toEqual(GUARDIAN);
    expect(replay.body.description).toBe(DESCRIPTION);
  });

  it("can be found by the guardian's e-mail address however it is written", async () => {
    const found = await t
      .api()
      .get('/api/v1/cases?guardianEmail=Wilhelmine.Zauberkraut@Example.org')
      .expect(200);
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const none = await t
      .api()
      .get('/api/v1/cases?guardianEmail=someone.else@example.org')
      .expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('is re-encrypted with a new key by npm run crypto:rotate, clear-text leftovers included', async () => {
    // Values stored before encryption existed.
    await t.dataSource.query(
      `UPDATE cases SET guardian_phone = '0228 111111', child_disability = 'Epilepsie',
              description = 'Vor der Verschlüsselung erfasst.' WHERE id = $1`,
      [caseId],
    );
    await t.dataSource.query(
      `UPDATE case_events SET reason = 'Alter Grund' WHERE case_id = $1 AND type = 'status_changed'`,
      [caseId],
    );
    await t.close();

    const rotated = { ENCRYPTION_KEYS: `${newKey},${TEST_CRYPTO_ENV.ENCRYPTION_KEYS}` };
    const run = startProcess('dist/apps/cli/src/crypto-rotate.js', {
      ...TEST_CRYPTO_ENV,
      ...rotated,
      DATABASE_URL: db.url,
    });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain(
      'Re-encrypted 1 cases, 1 timeline reasons and 1 contracts with key test2. Dropped 1 stale cached answers.',
    );

    // Only the new key is left: everything must still be readable.
    t = await startTestApp({ DATABASE_URL: db.url, ENCRYPTION_KEYS: newKey });
    const [row] = await t.dataSource.query(`SELECT ${CLEAR_COLUMNS} FROM cases WHERE id = $1`, [
      caseId,
    ]);
    for (const value of Object.values(row)) expect(value).toMatch(/^enc:v1:test2:/);
    const [event] = await t.dataSource.query(
      `SELECT reason FROM case_events WHERE case_id = $1 AND type = 'status_changed'`,
      [caseId],
    );
    expect(event.reason).toMatch(/^enc:v1:test2:/);
    const res = await t.api().get(`/api/v1/cases/${caseId}`).expect(200);
    expect(res.body.guardian).toEqual({ ...GUARDIAN, phone: '0228 111111' });
    expect(res.body.child.disability).toBe('Epilepsie');
    expect(res.body.description).toBe('Vor der Verschlüsselung erfasst.');
    expect(
      res.body.timeline.find((e: { type: string }) => e.type === 'status_changed').data.reason,
    ).toBe('Alter Grund');
    // Still searchable by words of the description, now under the new key.
    const found = await t.api().get('/api/v1/cases?q=verschlüsselung').expect(200);
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const [contract] = await t.dataSource.query(
      'SELECT file_name, document, text, findings FROM care_contracts WHERE id = $1',
      [contractId],
    );
    for (const value of Object.values(contract)) expect(value).toMatch(/^enc:v1:test2:/);
    const read = await t.api().get(`/api/v1/cases/${caseId}/contracts/${contractId}`).expect(200);
    expect(read.body).toMatchObject({ text: CONTRACT_TEXT, fileName: 'Vertrag Zauberkraut.txt' });
    const cached = await t.dataSource.query('SELECT count(*)::int AS n FROM idempotency_keys');
    expect(cached[0].n).toBe(0);
    const [audit] = await t.dataSource.query(
      `SELECT actor_name, fields, details FROM audit_log WHERE action = 'case.reencrypt'`,
    );
    expect(audit).toMatchObject({
      actor_name: 'System',
      details: { caseIds: [caseId], keyId: 'test2' },
    });
    const again = startProcess('dist/apps/cli/src/crypto-rotate.js', {
      ...TEST_CRYPTO_ENV,
      ENCRYPTION_KEYS: newKey,
      DATABASE_URL: db.url,
    });
    expect(await again.exited).toBe(0);
    expect(again.stdout()).toContain('nothing to do');
  });

  it('refuses a value encrypted with a key that is no longer configured', async () => {
    await t.close();
    t = await startTestApp({ DATABASE_URL: db.url });
    const res = await t.api().get(`/api/v1/cases/${caseId}`);
    expect(res.status).toBe(500);
    expect(res.body.message).toBe('Ein interner Fehler ist aufgetreten.');
    expect(JSON.stringify(res.body)).not.toContain('test2');
  });
});

describe('key rotation as a background job', () => {
  const newKey = `test3:${randomBytes(32).toString('base64')}`;
  const rotated = {
    ...TEST_CRYPTO_ENV,
    ENCRYPTION_KEYS: `${newKey},${TEST_CRYPTO_ENV.ENCRYPTION_KEYS}`,
  };
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let caseId: string;

  beforeAll(async () => {
    db = await freshDatabase();
    const t = await startTestApp({ DATABASE_URL: db.url });
    const facilityId = await createFacility(t);
    const res = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(facilityId, { guardian: GUARDIAN, description: DESCRIPTION }))
      .expect(201);
    caseId = res.body.id;
    await t.close();
  });
  afterAll(() => db.drop());

  const keyOf = async (t: TestApp) =>
    (
      await t.dataSource.query<{ d: string }[]>(
        `SELECT description AS d FROM cases WHERE id = $1`,
        [caseId],
      )
    )[0].d.split(':')[2];
  const job = async (t: TestApp, id: string) =>
    (
      await t.dataSource.query<{ status: string; progress: unknown; result: unknown }[]>(
        'SELECT status, progress, result FROM job_outbox WHERE id = $1',
        [id],
      )
    )[0];

  it('crypto:rotate --help says what it does and which options it takes', async () => {
    const help = startProcess('dist/apps/cli/src/crypto-rotate.js', {}, undefined, ['--help']);
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toContain('usage: npm run crypto:rotate -- [--enqueue]');
    expect(help.stdout()).toMatch(/--enqueue\s+only enqueue the job/);
    const wrong = startProcess('dist/apps/cli/src/crypto-rotate.js', {}, undefined, ['--enquue']);
    expect(await wrong.exited).toBe(2);
    expect(wrong.stderr()).toContain("Unknown option '--enquue'");
  });

  it('enqueued by crypto:rotate --enqueue, is run by the API itself without Redis, with progress', async () => {
    const run = startProcess(
      'dist/apps/cli/src/crypto-rotate.js',
      { ...rotated, DATABASE_URL: db.url },
      undefined,
      ['--enqueue'],
    );
    expect(await run.exited).toBe(0);
    const [, id, rows] = /Enqueued key rotation job ([0-9a-f-]{36}) for (\d+) rows/.exec(
      run.stdout(),
    )!;
    expect(Number(rows)).toBe(1); // the case; it has no timeline reason yet

    // The embedded default: no REDIS_URL, so the API process runs the background jobs.
    const t = await startTestApp({ ...rotated, DATABASE_URL: db.url, REDIS_URL: undefined });
    try {
      await waitFor(
        async () => ((await job(t, id)).status === 'done' ? true : undefined),
        'the job',
      );
      const done = await job(t, id);
      expect(done.progress).toMatchObject({ done: 1, total: 1 });
      expect(done.result).toMatchObject({
        keyId: 'test3',
        steps: expect.arrayContaining([{ label: 'cases', count: 1 }]),
      });
      expect(await keyOf(t)).toBe('test3');
      const res = await t.api().get(`/api/v1/cases/${caseId}`).expect(200);
      expect(res.body.description).toBe(DESCRIPTION);
    } finally {
      await t.close();
    }
  });
});
