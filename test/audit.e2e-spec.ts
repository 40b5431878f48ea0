import { todayInBerlin } from '@teilhabe/common';
import { createFacility, makeCase, makeProvider } from './support/builders';
import { startTestApp, type TestApp } from './support/test-app';

interface Entry {
  action: string;
  actor_name: string;
  record_type: string | null;
  record_id: string | null;
  fields: string[];
  request_id: string | null;
  details: Record<string, unknown> | null;
}

describe('audit log', () => {
  let t: TestApp;
  let facilityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    facilityId = await createFacility(t);
  });
  afterAll(() => t.close());

  const entriesFor = (recordId: string) =>
    t.dataSource.query<Entry[]>('SELECT * FROM audit_log WHERE record_id = $1 ORDER BY id', [
      recordId,
    ]);

  it('records every write and every read of a case, with who, which request and which fields', async () => {
    const created = await t.api().post('/api/v1/cases').send(makeCase(facilityId)).expect(201);
    const id = created.body.id as string;
    const read = await t.api().get(`/api/v1/cases/${id}`).expect(200);
    await t
      .api()
      .patch(`/api/v1/cases/${id}`)
      .send({ guardian: { phone: '0228 55555' } })
      .expect(200);
    await t
      .api()
      .post(`/api/v1/cases/${id}/transitions`)
      .send({ to: 'assessing', reason: 'Prüfung' })
      .expect(200);

    const entries = await entriesFor(id);
    expect(entries.map((e) => e.action)).toEqual([
      'case.create',
      'case.read',
      'case.update',
      'case.transition',
    ]);
    expect(
      entries.every((e) => e.actor_name === 'tester@teilhabe.test' && e.record_type === 'case'),
    ).toBe(true);
    expect(entries[0].fields).toEqual(
      expect.arrayContaining(['facilityId', 'guardian.name', 'child.initials']),
    );
    expect(entries[0].request_id).toBe(created.headers['x-request-id']);
    expect(entries[1].request_id).toBe(read.headers['x-request-id']);
    expect(entries[2].fields).toEqual(['guardian.phone']);
    expect(entries[3].details).toEqual({ from: 'received', to: 'assessing' });
    expect(JSON.stringify(entries)).not.toContain('55555');
  });

  it('records a list with the names of its filters, not their values', async () => {
    const res = await t
      .api()
      .get('/api/v1/cases?guardianEmail=secret.person@example.org&status=received')
      .expect(200);
    const [entry] = await t.dataSource.query<Entry[]>(
      `SELECT * FROM audit_log WHERE action = 'case.list' AND request_id = $1`,
      [res.headers['x-request-id']],
    );
    expect(entry.details).toEqual({ filters: ['status', 'guardianEmail'], count: 0 });
    expect(JSON.stringify(entry)).not.toContain('secret.person');
  });

  it('records changes to providers and facilities', async () => {
    const provider = await t.api().post('/api/v1/providers').send(makeProvider()).expect(201);
    await t
      .api()
      .patch(`/api/v1/providers/${provider.body.id}`)
      .send({ email: 'neu@traeger.example' })
      .expect(200);
    const entries = await entriesFor(provider.body.id);
    expect(entries.map((e) => [e.action, e.fields])).toEqual([
      [
        'provider.create',
        ['name', 'type', 'email', 'address.street', 'address.postalCode', 'address.city'],
      ],
      ['provider.update', ['email']],
    ]);
    expect((await entriesFor(facilityId)).map((e) => e.action)).toEqual(['facility.create']);
  });

  it('records nothing of a change that failed', async () => {
    const before = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.create'`,
    );
    await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase('00000000-0000-4000-8000-000000000000'))
      .expect(400);
    const after = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.create'`,
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('cannot be changed or emptied, not even by the superuser the tests connect as', async () => {
    const [{ rolsuper }] = await t.dataSource.query<{ rolsuper: boolean }[]>(
      'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
    );
    expect(rolsuper).toBe(true);
    await expect(t.dataSource.query(`UPDATE audit_log SET actor_name = 'jemand'`)).rejects.toThrow(
      'audit_log is append-only: UPDATE is not allowed',
    );
    await expect(t.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(
      'audit_log is append-only: DELETE is not allowed',
    );
    await expect(t.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(
      'audit_log is append-only: TRUNCATE is not allowed',
    );
    // Replication mode switches ordinary triggers off; these fire all the same.
    await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica');
      await expect(m.query('DELETE FROM audit_log')).rejects.toThrow('audit_log is append-only');
    });
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM audit_log',
    );
    expect(n).toBeGreaterThan(0);
  });

  describe('for administrators', () => {
    it('pages through the log newest first and filters it', async () => {
      const admin = await t.as('admin');
      const created = await t.api().post('/api/v1/cases').send(makeCase(facilityId)).expect(201);
      const one = await admin.get(`/api/v1/audit?recordId=${created.body.id}`).expect(200);
      expect(one.body.items).toEqual([
        expect.objectContaining({
          action: 'case.create',
          recordType: 'case',
          actor: { id: expect.any(String), name: 'tester@teilhabe.test' },
          requestId: created.headers['x-request-id'],
        }),
      ]);
      const first = await admin.get('/api/v1/audit?limit=2').expect(200);
      const second = await admin
        .get(`/api/v1/audit?limit=2&cursor=${first.body.nextCursor}`)
        .expect(200);
      const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) =>
        Number(e.id),
      );
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(4);
      // Days are Berlin days: from 22:00 or 23:00 UTC on, Berlin is already a day ahead.
      const today = todayInBerlin();
      const byDay = await admin
        .get(`/api/v1/audit?action=case.create&from=${today}&to=${today}`)
        .expect(200);
      expect(byDay.body.items.length).toBeGreaterThan(0);
      const none = await admin.get('/api/v1/audit?action=case.create&to=2000-01-01').expect(200);
      expect(none.body.items).toEqual([]);
    });

    it('files an entry made just after midnight in Berlin under that Berlin day', async () => {
      const admin = await t.as('admin');
      // 23:30 UTC on 10 March is 00:30 on 11 March in Berlin (winter time); 22:30 UTC on 10 July
      // is 00:30 on 11 July (summer time).
      for (const at of ['2025-03-10T23:30:00Z', '2025-07-10T22:30:00Z'])
        await t.dataSource.query(
          `INSERT INTO audit_log (occurred_at, actor_name, action, record_type, record_id)
           VALUES ($1, 'system', 'case.create', 'case', $2)`,
          [at, `midnight-${at}`],
        );
      const day = async (d: string) =>
        (
          await admin.get(`/api/v1/audit?action=case.create&from=${d}&to=${d}`).expect(200)
        ).body.items.map((e: { recordId: string }) => e.recordId);
      expect(await day('2025-03-11')).toEqual(['midnight-2025-03-10T23:30:00Z']);
      expect(await day('2025-03-10')).toEqual([]);
      expect(await day('2025-07-11')).toEqual(['midnight-2025-07-10T22:30:00Z']);
      expect(await day('2025-07-10')).toEqual([]);
      // A day that does not exist, or is no date at all, is named and refused.
      for (const bad of ['from=2025-02-30', 'to=morgen', 'from=2025-03-11T00:00']) {
        const refused = await admin.get(`/api/v1/audit?${bad}`).expect(400);
        expect(JSON.stringify(refused.body)).toContain(bad.split('=')[0]);
      }
    });

    it('exports it as CSV that spreadsheets cannot run, and audits the export', async () => {
      const admin = await t.as('admin');
      // A user name that a spreadsheet would take for a formula.
      await t.dataSource.query(
        `INSERT INTO audit_log (actor_name, action, details) VALUES ('=HYPERLINK("x")', 'test.formula', '{"a": "b,c"}')`,
      );
      const res = await admin.get('/api/v1/audit/export.csv?action=test.formula').expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="audit-log.csv"');
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]).toBe(
        'id,occurred_at,actor_id,actor_name,action,record_type,record_id,fields,request_id,details',
      );
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
      expect(lines[1]).toContain('"{""a"":""b,c""}"');
      const exports = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit.export'`,
      );
      expect(exports[0].n).toBe(1);
    });
  });

  describe('denied access', () => {
    const denied = (requestId: string) =>
      t.dataSource.query<(Entry & { actor_id: string })[]>(
        `SELECT * FROM audit_log WHERE action = 'access.denied' AND request_id = $1`,
        [requestId],
      );

    it('records a case asked for outside the own districts (404): who, what, which id', async () => {
      const bonn = await createFacility(t, { district: 'Bonn' });
      const created = await t.api().post('/api/v1/cases').send(makeCase(bonn)).expect(201);
      const koeln = await t.as('caseworker', ['Köln']);
      const me = (await koeln.get('/api/v1/auth/me').expect(200)).body;
      const res = await koeln.get(`/api/v1/cases/${created.body.id}`).expect(404);
      const [entry] = await denied(res.headers['x-request-id']);
      expect(entry).toMatchObject({
        actor_id: me.id,
        actor_name: me.email,
        record_id: created.body.id,
        details: { method: 'GET', route: '/api/v1/cases/:id', status: 404, code: res.body.code },
      });
    });

    it('records a route refused to the role (403)', async () => {
      const committee = await t.as('committee');
      const res = await committee.get('/api/v1/users').expect(403);
      const [entry] = await denied(res.headers['x-request-id']);
      expect(entry.details).toEqual({
        method: 'GET',
        route: '/api/v1/users',
        status: 403,
        code: 'forbidden',
      });
    });

    it('records nothing for a request without credentials', async () => {
      const res = await t.anonymous().get('/api/v1/users').expect(401);
      expect(await denied(res.headers['x-request-id'])).toEqual([]);
    });

    it('lets administrators filter for refusals, in the list and the CSV export', async () => {
      const caseworker = await t.as('caseworker', ['Köln']);
      const refused = await caseworker.get('/api/v1/audit').expect(403);
      const admin = await t.as('admin');
      const list = await admin.get('/api/v1/audit?action=access.denied').expect(200);
      expect(list.body.items.length).toBeGreaterThan(0);
      expect(list.body.items.every((e: { action: string }) => e.action === 'access.denied')).toBe(
        true,
      );
      expect(list.body.items[0]).toMatchObject({
        requestId: refused.headers['x-request-id'],
        details: { route: '/api/v1/audit', status: 403 },
      });
      const csv = await admin.get('/api/v1/audit/export.csv?action=access.denied').expect(200);
      expect(csv.text).toContain(refused.headers['x-request-id']);
    });
  });
});
