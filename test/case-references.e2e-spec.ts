import { countRows, createFacility, makeCase } from './support/builders';
import { failCreatesMidway, failingCase } from './support/failing-trigger';
import { startTestApp, type TestApp } from './support/test-app';

const numberOf = (reference: string) => Number(reference.split('-')[2]);

describe('Aktenzeichen', () => {
  let t: TestApp;
  let facilityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    facilityId = await createFacility(t);
  });
  afterAll(() => t.close());

  it('gives 50 concurrent creates 50 distinct references without gaps', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        t
          .api()
          .post('/api/v1/cases')
          .send(makeCase(facilityId, { receivedAt: '2023-05-04' })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const references = responses.map((r) => r.body.reference as string);
    expect(new Set(references).size).toBe(50);
    expect(references.every((r) => /^42\.22-2023-\d{6}$/.test(r))).toBe(true);
    expect(references.map(numberOf).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });

  it('counts each year on its own', async () => {
    const a = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(facilityId, { receivedAt: '2022-12-31' }))
      .expect(201);
    const b = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(facilityId, { receivedAt: '2022-01-01' }))
      .expect(201);
    expect([a.body.reference, b.body.reference]).toEqual([
      '42.22-2022-000001',
      '42.22-2022-000002',
    ]);
  });

  it('gives the number of a create that failed midway back, and leaves no trace of it', async () => {
    const undo = await failCreatesMidway(t.dataSource);
    try {
      const casesBefore = await countRows(t, 'cases');
      const eventsBefore = await countRows(t, 'case_events');
      const failed = await t
        .api()
        .post('/api/v1/cases')
        .send(failingCase(facilityId, { receivedAt: '2021-03-03' }));
      expect(failed.status).toBe(500);
      expect(failed.body).toEqual({
        statusCode: 500,
        code: 'internal_error',
        message: 'Ein interner Fehler ist aufgetreten.',
        requestId: failed.headers['x-request-id'],
      });
      expect(await countRows(t, 'cases')).toBe(casesBefore);
      expect(await countRows(t, 'case_events')).toBe(eventsBefore);

      const next = await t
        .api()
        .post('/api/v1/cases')
        .send(makeCase(facilityId, { receivedAt: '2021-03-03' }))
        .expect(201);
      expect(next.body.reference).toBe('42.22-2021-000001');
    } finally {
      await undo();
    }
  });
});

describe('Idempotency-Key on case creation', () => {
  let t: TestApp;
  let facilityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    facilityId = await createFacility(t);
  });
  afterAll(() => t.close());

  it('answers a retried request with the first result and creates nothing new', async () => {
    const body = makeCase(facilityId);
    const first = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'intake-7f3a')
      .send(body)
      .expect(201);
    const before = await countRows(t, 'cases');
    const retry = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'intake-7f3a')
      .send(body)
      .expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.body.reference).toBe(first.body.reference);
    expect(await countRows(t, 'cases')).toBe(before);
  });

  it('returns the first answer even after the case has moved on', async () => {
    const body = makeCase(facilityId);
    const first = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'moved-1')
      .send(body)
      .expect(201);
    await t
      .api()
      .post(`/api/v1/cases/${first.body.id}/transitions`)
      .send({ to: 'assessing', reason: 'Prüfung' })
      .expect(200);
    const retry = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'moved-1')
      .send(body)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.body.status).toBe('received');
  });

  it('forgets a key after the retry window, so it counts as a new request', async () => {
    const body = makeCase(facilityId);
    const first = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'old-1')
      .send(body)
      .expect(201);
    await t.dataSource.query(
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old-1'`,
    );
    const later = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'old-1')
      .send(body)
      .expect(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });

  it('treats the same request with its fields in another order as the same request', async () => {
    const body = makeCase(facilityId);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const first = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'order-1')
      .send(body)
      .expect(201);
    const retry = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'order-1')
      .send(reordered)
      .expect(201);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('refuses a key reused for a different request with 422', async () => {
    await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'reused-1')
      .send(makeCase(facilityId))
      .expect(201);
    const before = await countRows(t, 'cases');
    const res = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'reused-1')
      .send(makeCase(facilityId, { description: 'Ein ganz anderer Fall' }))
      .expect(422);
    expect(res.body.code).toBe('idempotency_key_reused');
    expect(await countRows(t, 'cases')).toBe(before);
  });

  it('creates one case when the same key arrives many times at once', async () => {
    const before = await countRows(t, 'cases');
    const body = makeCase(facilityId);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.api().post('/api/v1/cases').set('Idempotency-Key', 'burst-1').send(body),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await countRows(t, 'cases')).toBe(before + 1);
  });

  it('frees the key of a request that failed, so the corrected retry succeeds', async () => {
    await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'fix-1')
      .send(makeCase('00000000-0000-4000-8000-000000000000'))
      .expect(400);
    await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'fix-1')
      .send(makeCase(facilityId))
      .expect(201);
  });

  it("never answers one user's key with another user's case", async () => {
    const body = makeCase(facilityId);
    const mine = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'shared-1')
      .send(body)
      .expect(201);
    const colleague = await t.as('team_lead', ['Köln']);
    const theirs = await colleague
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'shared-1')
      .send(body)
      .expect(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('does not replay a case the caller may no longer see', async () => {
    const body = makeCase(facilityId);
    const caseworker = await t.as('caseworker', ['Köln']);
    await caseworker
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'moved-away')
      .send(body)
      .expect(201);
    // The caseworker now works for Bonn only.
    await t.dataSource.query(
      `UPDATE users SET district_ids = ARRAY(SELECT id FROM districts WHERE name = 'Bonn') WHERE role = 'caseworker'`,
    );
    const retry = await caseworker
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'moved-away')
      .send(body);
    expect(retry.status).toBe(404);
    expect(JSON.stringify(retry.body)).not.toContain('Sabine');
  });

  it('names a malformed key', async () => {
    const res = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', 'has space')
      .send(makeCase(facilityId));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
  });
});
