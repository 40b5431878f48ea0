import { CaseRetention } from '@teilhabe/cases';
import { createCase, createFacility } from './support/builders';
import { startProcess } from './support/process';
import { TEST_CRYPTO_ENV } from './support/environment';
import { freshDatabase, startTestApp, type TestApp } from './support/test-app';

describe('retention', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let t: TestApp;
  let facilityId: string;

  beforeAll(async () => {
    db = await freshDatabase();
    t = await startTestApp({ DATABASE_URL: db.url });
    facilityId = await createFacility(t);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  async function closedCase(yearsAgo: number) {
    const { id } = await createCase(t, facilityId);
    // A contract naming the family, checked while the case was open.
    await t
      .api()
      .post(`/api/v1/cases/${id}/contracts`)
      .send({ text: 'Frau Keller: Fehlt die Assistenz, bleibt Mia zu Hause.' })
      .expect(201);
    for (const [to, reason] of [
      ['assessing', 'Vertrag angefordert von Frau Keller'],
      ['provider_contacted', 'Schreiben an Träger'],
      ['resolved', 'Nebenabrede gestrichen'],
    ]) {
      await t.api().post(`/api/v1/cases/${id}/transitions`).send({ to, reason }).expect(200);
    }
    await t.dataSource.query(
      `UPDATE cases SET closed_at = now() - make_interval(years => $2) WHERE id = $1`,
      [id, yearsAgo],
    );
    return id;
  }

  it('erases the personal data of cases closed more than five years ago and keeps them countable', async () => {
    const due = await closedCase(6);
    const recent = await closedCase(4);
    const open = (await createCase(t, facilityId)).id;
    await t.dataSource.query(`UPDATE cases SET received_at = '2015-01-05' WHERE id = $1`, [open]);

    expect(await t.app.get(CaseRetention).run()).toBe(1);

    const res = await t.api().get(`/api/v1/cases/${due}`).expect(200);
    expect(res.body.guardian).toEqual({ name: null, email: null, phone: null, address: null });
    expect(res.body.child).toMatchObject({ initials: null, disability: null, birthYear: 2021 });
    expect(res.body.description).toBe('');
    // Its contracts are gone; the timeline still says they were checked and found unlawful.
    expect((await t.api().get(`/api/v1/cases/${due}/contracts`).expect(200)).body).toEqual([]);
    expect(res.body.timeline).toContainEqual(
      expect.objectContaining({
        type: 'contract_checked',
        data: expect.objectContaining({ verdict: 'unlawful' }),
      }),
    );
    expect((await t.api().get(`/api/v1/cases/${recent}/contracts`).expect(200)).body).toHaveLength(
      1,
    );
    expect(res.body.pseudonymisedAt).toEqual(expect.any(String));
    expect(res.body).toMatchObject({
      status: 'resolved',
      patterns: ['absence_exclusion'],
      receivedAt: '2026-03-02',
    });
    const reasons = res.body.timeline.filter((e: { data: { reason?: string } }) => e.data.reason);
    expect(reasons).toEqual([]);
    expect(res.body.timeline.at(-1)).toMatchObject({
      type: 'pseudonymised',
      actor: { name: 'System' },
    });
    const [row] = await t.dataSource.query('SELECT guardian_email_hash FROM cases WHERE id = $1', [
      due,
    ]);
    expect(row.guardian_email_hash).toBeNull();

    for (const id of [recent, open]) {
      const kept = await t.api().get(`/api/v1/cases/${id}`).expect(200);
      expect(kept.body.guardian.name).toBe('Sabine Keller');
      expect(kept.body.pseudonymisedAt).toBeNull();
    }
    const audit = await t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'case.pseudonymise'`,
    );
    expect(audit).toEqual([
      {
        details: {
          caseIds: [due],
          retentionYears: 5,
          steps: ['care_contracts', 'letters', 'follow_ups'],
        },
      },
    ]);
  });

  it('does nothing the second time, and follows a configured period, contracts included', async () => {
    expect(await t.app.get(CaseRetention).run()).toBe(0);
    const run = startProcess('dist/apps/cli/src/retention-run.js', {
      ...TEST_CRYPTO_ENV,
      DATABASE_URL: db.url,
      RETENTION_YEARS: '3',
    });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('Pseudonymised 1 case(s) closed more than 3 years ago.');
    // The command runs every library's share, as the job does: the contracts went too.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM care_contracts c JOIN cases ON cases.id = c.case_id
        WHERE cases.pseudonymised_at IS NOT NULL`,
    );
    expect(n).toBe(0);
    const help = startProcess('dist/apps/cli/src/retention-run.js', {}, undefined, ['--help']);
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toContain('usage: npm run retention:run');
  });
});
