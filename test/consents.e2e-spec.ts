import { createCase, createFacility } from './support/builders';
import { expectFieldError } from './support/expectations';
import { startTestApp, type TestApp } from './support/test-app';

const tomorrow = () => {
  const d = new Date(Date.now() + 2 * 864e5);
  return d.toISOString().slice(0, 10);
};

describe('the parents’ consents on a case', () => {
  let t: TestApp;
  let facility: string;
  beforeAll(async () => {
    t = await startTestApp();
    facility = await createFacility(t, { district: 'Köln' });
  });
  afterAll(() => t.close());

  const audit = async (caseId: string) =>
    (
      await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_log WHERE record_id = $1 AND action LIKE 'consent.%' ORDER BY id`,
        [caseId],
      )
    ).map((a) => a.action);

  it('records a consent to the provider and its withdrawal: listed on the case, on the timeline, audited', async () => {
    const c = await createCase(t, facility);
    const given = await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents`)
      .send({ recipient: 'provider', givenAt: '2026-03-03' })
      .expect(201);
    expect(given.body).toMatchObject({
      recipient: 'provider',
      givenAt: '2026-03-03',
      active: true,
      withdrawal: null,
      recordedBy: 'tester@teilhabe.test',
    });
    let detail = (await t.api().get(`/api/v1/cases/${c.id}`).expect(200)).body;
    expect(detail.consents).toEqual([given.body]);

    // One standing consent per recipient.
    const twice = await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents`)
      .send({ recipient: 'provider', givenAt: '2026-03-04' })
      .expect(409);
    expect(twice.body).toMatchObject({ code: 'consent_active' });
    expect(twice.body.message).toBe(
      'Es liegt bereits eine Einwilligung vom 03.03.2026 vor, die nicht widerrufen ist.',
    );

    expectFieldError(
      await t
        .api()
        .post(`/api/v1/cases/${c.id}/consents/${given.body.id}/withdraw`)
        .send({ withdrawnAt: '2026-03-02' }),
      'withdrawnAt',
      'before_given_at',
    );
    const withdrawn = await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents/${given.body.id}/withdraw`)
      .send({ withdrawnAt: '2026-03-10' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({
      active: false,
      withdrawal: { withdrawnAt: '2026-03-10', recordedBy: 'tester@teilhabe.test' },
    });
    const again = await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents/${given.body.id}/withdraw`)
      .send({ withdrawnAt: '2026-03-11' })
      .expect(409);
    expect(again.body.code).toBe('consent_withdrawn');

    // Given anew after the withdrawal: the old one stays on record.
    await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents`)
      .send({ recipient: 'provider', givenAt: '2026-03-12' })
      .expect(201);
    detail = (await t.api().get(`/api/v1/cases/${c.id}`).expect(200)).body;
    expect(detail.consents.map((x: { active: boolean }) => x.active)).toEqual([false, true]);
    const events = detail.timeline
      .filter((e: { type: string }) => e.type.startsWith('consent_'))
      .map((e: { type: string; data: Record<string, unknown> }) => [
        e.type,
        e.data.givenAt ?? e.data.withdrawnAt,
      ]);
    expect(events).toEqual([
      ['consent_recorded', '2026-03-03'],
      ['consent_withdrawn', '2026-03-10'],
      ['consent_recorded', '2026-03-12'],
    ]);
    expect(await audit(c.id)).toEqual(['consent.record', 'consent.withdraw', 'consent.record']);
  });

  it('answers bad input naming the field, and other districts’ cases as unknown', async () => {
    const c = await createCase(t, facility);
    const post = (body: Record<string, unknown>) =>
      t.api().post(`/api/v1/cases/${c.id}/consents`).send(body);
    expectFieldError(
      await post({ recipient: 'jugendamt', givenAt: '2026-03-03' }),
      'recipient',
      'isIn',
    );
    expectFieldError(await post({ recipient: 'provider', givenAt: '3.3.2026' }), 'givenAt');
    expectFieldError(
      await post({ recipient: 'provider', givenAt: tomorrow() }),
      'givenAt',
      'isNotInFuture',
    );
    expectFieldError(await post({ recipient: 'provider' }), 'givenAt', 'required');
    const unknown = await t
      .api()
      .post(`/api/v1/cases/${c.id}/consents/00000000-0000-4000-8000-000000000000/withdraw`)
      .send({ withdrawnAt: '2026-03-10' })
      .expect(404);
    expect(unknown.body.message).toBe('Diese Einwilligung gibt es nicht.');
    const bonn = await t.as('caseworker', ['Bonn']);
    await bonn
      .post(`/api/v1/cases/${c.id}/consents`)
      .send({ recipient: 'provider', givenAt: '2026-03-03' })
      .expect(404);
    expect((await t.api().get(`/api/v1/cases/${c.id}`)).body.consents).toEqual([]);
  });
});
