import { createCase, createFacility } from './support/builders';
import { expectFieldError } from './support/expectations';
import { startTestApp, type TestApp } from './support/test-app';

describe('assessing a case from its facts', () => {
  let t: TestApp;
  let kita: string;
  let ogs: string;

  beforeAll(async () => {
    t = await startTestApp();
    kita = await createFacility(t);
    ogs = await createFacility(t, { kind: 'ogs' });
  });
  afterAll(() => t.close());

  const assess = async (id: string) =>
    (await t.api().get(`/api/v1/cases/${id}/assessment`).expect(200)).body as {
      findings: { pattern: string; norms: string[]; ruleId: string }[];
      actions: { id: string; body: string; needsConsent: boolean; reason: string }[];
      ruleSetVersion: string;
    };

  it('after a termination the office is told to ask for the Fachberatung statement and the protocols', async () => {
    const { id } = await createCase(t, kita, {
      patterns: ['termination_for_missing_assistance'],
      contractTerminated: true,
      officeNotifiedBeforehand: false,
      consentToInvolveOthers: true,
    });
    const result = await assess(id);
    expect(result.findings).toEqual([
      expect.objectContaining({
        pattern: 'termination_for_missing_assistance',
        ruleId: 'kita.termination_for_missing_assistance',
        norms: ['KiBiz § 7', 'KiBiz § 8', 'SGB IX § 91 Abs. 2 S. 2'],
      }),
    ]);
    const ids = result.actions.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'request_termination_records',
        'remind_reporting_duty',
        'involve_youth_office',
      ]),
    );
    expect(result.actions.find((a) => a.id === 'involve_youth_office')).toMatchObject({
      body: 'jugendamt',
      needsConsent: false,
    });
  });

  it('holds back every step involving others until the parents consent, then releases them', async () => {
    const { id } = await createCase(t, ogs, { patterns: ['absence_exclusion'] });
    const before = await assess(id);
    expect(before.actions.map((a) => a.id)).toContain('ask_consent');
    expect(before.actions.filter((a) => a.needsConsent).map((a) => a.body)).toEqual(
      expect.arrayContaining(['eingliederungshilfe', 'schulaufsicht']),
    );

    const patched = await t
      .api()
      .patch(`/api/v1/cases/${id}`)
      .send({ consentToInvolveOthers: true })
      .expect(200);
    expect(patched.body.facts).toEqual({
      contractTerminated: false,
      officeNotifiedBeforehand: null,
      consentToInvolveOthers: true,
    });
    expect(patched.body.timeline.at(-1).data.changes).toEqual([
      { field: 'consentToInvolveOthers', from: false, to: true },
    ]);
    const after = await assess(id);
    expect(after.actions.map((a) => a.id)).not.toContain('ask_consent');
    expect(after.actions.some((a) => a.needsConsent)).toBe(false);
  });

  it("takes in what the rules found in the case's contracts, marked as found there", async () => {
    const { id } = await createCase(t, kita, { patterns: [], consentToInvolveOthers: true });
    expect((await assess(id)).findings).toEqual([]);
    await t
      .api()
      .post(`/api/v1/cases/${id}/contracts`)
      .send({
        text:
          '§ 5 Abs. 2 Ist die Assistenzkraft verhindert, verpflichten sich die Personensorgeberechtigten, ' +
          'die Begleitung ihres Kindes in der Gruppe selbst zu übernehmen oder eine geeignete Ersatzperson zu stellen.',
      })
      .expect(201);
    const result = await assess(id);
    expect(result.findings).toEqual([
      expect.objectContaining({
        pattern: 'parent_must_substitute',
        verdict: 'unlawful',
        foundIn: ['contract'],
      }),
    ]);
    expect(result.actions.map((a) => a.id)).toEqual(
      expect.arrayContaining(['advise_provider', 'involve_integration_agency']),
    );
  });

  it('names a fact that is not true or false', async () => {
    const { id } = await createCase(t, kita);
    expectFieldError(
      await t.api().patch(`/api/v1/cases/${id}`).send({ contractTerminated: 'ja' }),
      'contractTerminated',
    );
  });
});
