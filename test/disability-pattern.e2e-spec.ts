import { createCase, createFacility, makeComplaint } from './support/builders';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * The seventh pattern, exclusion because of the disability itself (§ 7 KiBiz; Art. 3 Abs. 3
 * S. 2 GG), runs through intake, the parents' form, the case list's filter, corrections and
 * reports like the six before it.
 */
describe('the pattern "excluded because of the disability"', () => {
  let t: TestApp;
  let facility: string;

  beforeAll(async () => {
    t = await startTestApp();
    facility = await createFacility(t, { district: 'Köln' });
  });
  afterAll(() => t.close());

  it('is taken by intake and the parents’ form, and filtered by', async () => {
    const recorded = await createCase(t, facility, {
      receivedAt: '2026-03-02',
      patterns: ['disability_exclusion'],
    });
    const read = await t.api().get(`/api/v1/cases/${recorded.id}`).expect(200);
    expect(read.body.patterns).toEqual(['disability_exclusion']);

    const complaint = await t
      .anonymous()
      .post('/api/v1/public/complaints')
      .send(makeComplaint(facility, { patterns: ['disability_exclusion'] }))
      .expect(201);
    const other = await createCase(t, facility, { receivedAt: '2026-03-03' });

    const list = await t
      .api()
      .get('/api/v1/cases?pattern=disability_exclusion&limit=50')
      .expect(200);
    const references = (list.body.items as { reference: string }[]).map((c) => c.reference);
    expect(references).toEqual(
      expect.arrayContaining([recorded.reference, complaint.body.reference]),
    );
    expect(references).not.toContain(other.reference);

    // An old value of the database refuses what it does not know; the new one is known.
    await expect(
      t.dataSource.query(`UPDATE cases SET patterns = ARRAY['no_such_pattern'] WHERE id = $1`, [
        other.id,
      ]),
    ).rejects.toThrow(/ck_cases_patterns/);
  });

  it('is a category of its own in reports, with its German label', async () => {
    const report = await t
      .api()
      .get('/api/v1/reports/case-counts?groupBy=pattern&from=2026-03-01&to=2026-03-31')
      .expect(200);
    expect(report.body.labels).toContainEqual({
      dimension: 'pattern',
      value: 'disability_exclusion',
      label: 'Ausschluss wegen der Behinderung',
    });
    const row = (report.body.rows as { pattern: string; count: number }[]).find(
      (r) => r.pattern === 'disability_exclusion',
    );
    expect(row?.count).toBe(1);
  });
});
