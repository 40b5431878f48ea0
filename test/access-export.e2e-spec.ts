import { createFacility, makeCase } from './support/builders';
import { startTestApp, type TestApp } from './support/test-app';

describe('Art. 15 access export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives an administrator everything stored about one guardian, across districts, and audits it', async () => {
    const koeln = await createFacility(t, { district: 'Köln' });
    const bonn = await createFacility(t, { district: 'Bonn' });
    const guardian = { name: 'Petra Auskunft', email: 'petra.auskunft@example.org' };
    const a = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(koeln, { guardian, receivedAt: '2025-02-01' }))
      .expect(201);
    const b = await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(bonn, { guardian, receivedAt: '2025-03-01' }))
      .expect(201);
    await t
      .api()
      .post('/api/v1/cases')
      .send(makeCase(koeln, { guardian: { name: 'Jemand Anders', email: 'anders@example.org' } }))
      .expect(201);
    await t
      .api()
      .post(`/api/v1/cases/${a.body.id}/transitions`)
      .send({ to: 'assessing', reason: 'Prüfung' })
      .expect(200);

    const admin = await t.as('admin');
    const res = await admin
      .post('/api/v1/guardians/access-export')
      .send({ email: 'Petra.Auskunft@Example.org' })
      .expect(200);
    expect(res.body).toMatchObject({
      legalBasis: 'Art. 15 DSGVO',
      guardianEmail: 'Petra.Auskunft@Example.org',
    });
    expect(res.body.cases.map((c: { id: string }) => c.id)).toEqual([a.body.id, b.body.id]);
    expect(res.body.cases[0]).toMatchObject({
      guardian: { name: 'Petra Auskunft', email: 'petra.auskunft@example.org' },
      child: expect.any(Object),
      timeline: [
        expect.objectContaining({ type: 'created' }),
        expect.objectContaining({ type: 'status_changed' }),
      ],
    });

    const [entry] = await t.dataSource.query(
      `SELECT * FROM audit_log WHERE action = 'guardian.access_export'`,
    );
    expect(entry.details).toEqual({ caseIds: [a.body.id, b.body.id] });
    expect(JSON.stringify(entry)).not.toContain('auskunft');
  });

  it('answers an address nobody complained with an empty export', async () => {
    const admin = await t.as('admin');
    const res = await admin
      .post('/api/v1/guardians/access-export')
      .send({ email: 'niemand@example.org' })
      .expect(200);
    expect(res.body.cases).toEqual([]);
  });
});
