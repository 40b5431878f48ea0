import { todayInBerlin } from '@teilhabe/common';
import {
  createCase,
  createFacility,
  districtId,
  makeFacility,
  makeProvider,
} from './support/builders';
import { expectFieldError } from './support/expectations';
import { type Api, startTestApp, type TestApp } from './support/test-app';

/** Working a case as caseworkers do: notes, who works it, reopening, withdrawn contracts. */
describe('working a case', () => {
  let t: TestApp;
  let koeln: string;
  let bonn: string;

  beforeAll(async () => {
    t = await startTestApp();
    koeln = await createFacility(t, { district: 'Köln' });
    bonn = await createFacility(t, { district: 'Bonn' });
  });
  afterAll(() => t.close());

  /** A user of the role and districts, with their id. */
  const person = async (role: string, districts: string[]) => {
    const api = await t.as(role, districts);
    const me = await api.get('/api/v1/auth/me').expect(200);
    return { api, id: me.body.id as string, email: me.body.email as string };
  };

  const close = async (api: Api, id: string) => {
    for (const to of ['assessing', 'provider_contacted', 'resolved']) {
      await api
        .post(`/api/v1/cases/${id}/transitions`)
        .send({ to, reason: `Schritt nach ${to}.` })
        .expect(200);
    }
  };

  describe('notes', () => {
    it('puts a note on the timeline, with its author, and keeps its text encrypted', async () => {
      const { id } = await createCase(t, koeln);
      const worker = await person('caseworker', ['Köln']);
      const res = await worker.api
        .post(`/api/v1/cases/${id}/notes`)
        .send({ text: 'Telefonat mit der Mutter:\nDie Kita hat heute wieder angerufen.' })
        .expect(201);
      const note = res.body.timeline.at(-1);
      expect(note).toMatchObject({
        type: 'note_added',
        actor: { id: worker.id, name: worker.email },
        data: { note: 'Telefonat mit der Mutter:\nDie Kita hat heute wieder angerufen.' },
      });
      const [row] = await t.dataSource.query<{ reason: string }[]>(
        `SELECT reason FROM case_events WHERE case_id = $1 AND type = 'note_added'`,
        [id],
      );
      expect(row.reason).not.toContain('Telefonat');
      const audit = await t.dataSource.query<{ fields: string[] }[]>(
        `SELECT fields FROM audit_log WHERE action = 'case.note' AND record_id = $1`,
        [id],
      );
      expect(audit).toEqual([{ fields: ['note'] }]);
    });

    it('refuses an empty, an oversized or an unknown field, and writes nothing', async () => {
      const { id } = await createCase(t, koeln);
      expectFieldError(await t.api().post(`/api/v1/cases/${id}/notes`).send({ text: '' }), 'text');
      expectFieldError(
        await t
          .api()
          .post(`/api/v1/cases/${id}/notes`)
          .send({ text: 'x'.repeat(10_001) }),
        'text',
      );
      expectFieldError(
        await t.api().post(`/api/v1/cases/${id}/notes`).send({ text: 'ok', secret: 1 }),
        'secret',
      );
      const events = await t.dataSource.query(
        `SELECT 1 FROM case_events WHERE case_id = $1 AND type = 'note_added'`,
        [id],
      );
      expect(events).toEqual([]);
    });

    it('answers 404 outside the caller’s districts and 403 to a committee', async () => {
      const { id } = await createCase(t, bonn);
      const koelner = await t.as('caseworker', ['Köln']);
      await koelner.post(`/api/v1/cases/${id}/notes`).send({ text: 'Notiz' }).expect(404);
      const committee = await t.as('committee');
      await committee.post(`/api/v1/cases/${id}/notes`).send({ text: 'Notiz' }).expect(403);
    });
  });

  describe('who works a case', () => {
    it('lets a caseworker take a case nobody works and give it back, listed under their cases', async () => {
      const { id } = await createCase(t, koeln);
      const worker = await person('caseworker', ['Köln']);
      const taken = await worker.api
        .put(`/api/v1/cases/${id}/assignee`)
        .send({ assigneeId: worker.id })
        .expect(200);
      expect(taken.body.assignee).toEqual({ id: worker.id, name: worker.email });
      expect(taken.body.timeline.at(-1)).toMatchObject({
        type: 'assigned',
        data: { from: null, to: { id: worker.id, name: worker.email } },
      });
      const mine = await worker.api.get(`/api/v1/cases?assigneeId=${worker.id}`).expect(200);
      expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
      expect(mine.body.items[0].assignee).toEqual({ id: worker.id, name: worker.email });
      const open = await worker.api.get('/api/v1/cases?unassigned=true&limit=200').expect(200);
      expect(open.body.items.map((c: { id: string }) => c.id)).not.toContain(id);

      const back = await worker.api
        .put(`/api/v1/cases/${id}/assignee`)
        .send({ assigneeId: null })
        .expect(200);
      expect(back.body.assignee).toBeNull();
      const unassigned = await worker.api
        .get('/api/v1/cases?unassigned=true&limit=200')
        .expect(200);
      expect(unassigned.body.items.map((c: { id: string }) => c.id)).toContain(id);
    });

    it('leaves giving a case to someone else, or taking it from them, to the team lead', async () => {
      const { id } = await createCase(t, koeln);
      const anna = await person('caseworker', ['Köln']);
      const ben = await person('caseworker', ['Köln']);
      const lead = await person('team_lead', ['Köln']);
      const refused = await anna.api
        .put(`/api/v1/cases/${id}/assignee`)
        .send({ assigneeId: ben.id })
        .expect(403);
      expect(refused.body.code).toBe('only_team_lead_reassigns');
      expect(refused.body.message).toContain('Teamleitung');

      await lead.api.put(`/api/v1/cases/${id}/assignee`).send({ assigneeId: ben.id }).expect(200);
      // Ben works it now: Anna cannot take it over, the team lead can give it to her.
      await anna.api.put(`/api/v1/cases/${id}/assignee`).send({ assigneeId: anna.id }).expect(403);
      const moved = await lead.api
        .put(`/api/v1/cases/${id}/assignee`)
        .send({ assigneeId: anna.id })
        .expect(200);
      expect(moved.body.assignee.id).toBe(anna.id);
      expect(moved.body.timeline.at(-1).data).toEqual({
        from: { id: ben.id, name: ben.email },
        to: { id: anna.id, name: anna.email },
      });
      const [audit] = await t.dataSource.query<{ details: unknown }[]>(
        `SELECT details FROM audit_log WHERE action = 'case.assign' AND record_id = $1
         ORDER BY id DESC LIMIT 1`,
        [id],
      );
      expect(audit.details).toEqual({ from: ben.id, to: anna.id });
    });

    it('offers and accepts only active caseworkers and team leads of the case’s district', async () => {
      const { id } = await createCase(t, koeln);
      const koelner = await person('caseworker', ['Köln']);
      const bonner = await person('caseworker', ['Bonn']);
      const committee = await person('committee', ['Köln']);
      const gone = await person('caseworker', ['Köln']);
      await t.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [gone.id]);

      const offered = await t.api().get(`/api/v1/cases/${id}/assignees`).expect(200);
      const ids = offered.body.map((s: { id: string }) => s.id);
      expect(ids).toContain(koelner.id);
      expect(ids).not.toContain(bonner.id);
      expect(ids).not.toContain(committee.id);
      expect(ids).not.toContain(gone.id);
      expect(offered.body.find((s: { id: string }) => s.id === koelner.id)).toEqual({
        id: koelner.id,
        email: koelner.email,
        role: 'caseworker',
      });

      for (const other of [bonner, committee, gone]) {
        const res = await t
          .api()
          .put(`/api/v1/cases/${id}/assignee`)
          .send({ assigneeId: other.id });
        expect(res.status).toBe(400);
        expect(res.body.errors[0].field).toBe('assigneeId');
      }
      const detail = await t.api().get(`/api/v1/cases/${id}`).expect(200);
      expect(detail.body.assignee).toBeNull();
    });

    it('refuses a missing or malformed assignee, and a closed case', async () => {
      const { id } = await createCase(t, koeln);
      expectFieldError(await t.api().put(`/api/v1/cases/${id}/assignee`).send({}), 'assigneeId');
      expectFieldError(
        await t.api().put(`/api/v1/cases/${id}/assignee`).send({ assigneeId: 'anna' }),
        'assigneeId',
      );
      await close(t.api(), id);
      const worker = await person('caseworker', ['Köln']);
      const res = await worker.api
        .put(`/api/v1/cases/${id}/assignee`)
        .send({ assigneeId: worker.id })
        .expect(409);
      expect(res.body.code).toBe('case_closed');
    });
  });

  describe('reopening', () => {
    it('lets the team lead reopen a closed case with a reason, back to assessment', async () => {
      const { id } = await createCase(t, koeln);
      await close(t.api(), id);
      const res = await t
        .api()
        .post(`/api/v1/cases/${id}/reopen`)
        .send({ reason: 'Der Träger verwendet die Nebenabrede weiter.' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'assessing', closedAt: null });
      expect(res.body.allowedTransitions).toEqual(['provider_contacted', 'withdrawn']);
      expect(res.body.timeline.at(-1)).toMatchObject({
        type: 'reopened',
        data: {
          from: 'resolved',
          to: 'assessing',
          reason: 'Der Träger verwendet die Nebenabrede weiter.',
        },
      });
    });

    it('is the team lead’s alone, needs a reason and a closed case', async () => {
      const { id } = await createCase(t, koeln);
      const open = await t.api().post(`/api/v1/cases/${id}/reopen`).send({ reason: 'x' });
      expect(open.status).toBe(409);
      expect(open.body.code).toBe('case_not_closed');
      await close(t.api(), id);
      const worker = await t.as('caseworker', ['Köln']);
      await worker.post(`/api/v1/cases/${id}/reopen`).send({ reason: 'Bitte.' }).expect(403);
      expectFieldError(await t.api().post(`/api/v1/cases/${id}/reopen`).send({}), 'reason');
      const still = await t.api().get(`/api/v1/cases/${id}`).expect(200);
      expect(still.body.status).toBe('resolved');
    });
  });

  describe('a contract uploaded by mistake', () => {
    const UNLAWFUL =
      'Ist die Integrationskraft erkrankt, kann das Kind die Einrichtung an diesem Tag nicht besuchen.';

    it('is withdrawn with a reason: kept and listed, but out of the findings and re-checks', async () => {
      const { id } = await createCase(t, koeln, { patterns: [] });
      const added = await t
        .api()
        .post(`/api/v1/cases/${id}/contracts`)
        .send({ text: UNLAWFUL })
        .expect(201);
      const before = await t.api().get(`/api/v1/cases/${id}/assessment`).expect(200);
      expect(before.body.findings.map((f: { pattern: string }) => f.pattern)).toContain(
        'absence_exclusion',
      );

      const res = await t
        .api()
        .post(`/api/v1/cases/${id}/contracts/${added.body.id}/withdraw`)
        .send({ reason: 'Vertrag eines anderen Kindes, versehentlich hochgeladen.' })
        .expect(200);
      expect(res.body.withdrawn).toEqual({
        at: expect.any(String),
        by: 'tester@teilhabe.test',
        reason: 'Vertrag eines anderen Kindes, versehentlich hochgeladen.',
      });
      const listed = await t.api().get(`/api/v1/cases/${id}/contracts`).expect(200);
      expect(listed.body).toHaveLength(1);
      expect(listed.body[0].withdrawn).toMatchObject({ by: 'tester@teilhabe.test' });
      const after = await t.api().get(`/api/v1/cases/${id}/assessment`).expect(200);
      expect(after.body.findings).toEqual([]);

      const again = await t
        .api()
        .post(`/api/v1/cases/${id}/contracts/${added.body.id}/withdraw`)
        .send({ reason: 'Noch einmal.' })
        .expect(409);
      expect(again.body.code).toBe('contract_withdrawn');
      await t.api().post(`/api/v1/cases/${id}/contracts/${added.body.id}/recheck`).expect(409);
      const detail = await t.api().get(`/api/v1/cases/${id}`).expect(200);
      expect(detail.body.timeline.at(-1)).toMatchObject({
        type: 'contract_withdrawn',
        data: {
          contractId: added.body.id,
          reason: 'Vertrag eines anderen Kindes, versehentlich hochgeladen.',
        },
      });
      const [row] = await t.dataSource.query<{ withdrawal_reason: string }[]>(
        'SELECT withdrawal_reason FROM care_contracts WHERE id = $1',
        [added.body.id],
      );
      expect(row.withdrawal_reason).not.toContain('Vertrag eines anderen');
    });

    it('needs a reason, an open case and a contract of that case', async () => {
      const { id } = await createCase(t, koeln);
      const other = await createCase(t, koeln);
      const added = await t
        .api()
        .post(`/api/v1/cases/${id}/contracts`)
        .send({ text: UNLAWFUL })
        .expect(201);
      expectFieldError(
        await t.api().post(`/api/v1/cases/${id}/contracts/${added.body.id}/withdraw`).send({}),
        'reason',
      );
      await t
        .api()
        .post(`/api/v1/cases/${other.id}/contracts/${added.body.id}/withdraw`)
        .send({ reason: 'Falsch.' })
        .expect(404);
      await close(t.api(), id);
      const closed = await t
        .api()
        .post(`/api/v1/cases/${id}/contracts/${added.body.id}/withdraw`)
        .send({ reason: 'Falsch.' })
        .expect(409);
      expect(closed.body.code).toBe('case_closed');
      const [row] = await t.dataSource.query<{ withdrawn_at: Date | null }[]>(
        'SELECT withdrawn_at FROM care_contracts WHERE id = $1',
        [added.body.id],
      );
      expect(row.withdrawn_at).toBeNull();
    });
  });
});

describe('complaints per facility', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('counts each facility’s complaints of a provider and marks repeats within twelve months', async () => {
    const provider = await t.api().post('/api/v1/providers').send(makeProvider()).expect(201);
    const facility = async (district: string) =>
      (
        await t
          .api()
          .post('/api/v1/facilities')
          .send(makeFacility(provider.body.id, await districtId(t, district)))
          .expect(201)
      ).body.id as string;
    const often = await facility('Köln');
    const once = await facility('Köln');
    const elsewhere = await facility('Bonn');
    const today = todayInBerlin();
    await createCase(t, often, { receivedAt: today });
    const closed = await createCase(t, often, { receivedAt: today });
    for (const to of ['assessing', 'provider_contacted', 'resolved']) {
      await t.api().post(`/api/v1/cases/${closed.id}/transitions`).send({ to, reason: 'x' });
    }
    await createCase(t, once, { receivedAt: '2025-01-10' });
    await createCase(t, once, { receivedAt: today });
    await createCase(t, elsewhere, { receivedAt: today });

    const res = await t
      .api()
      .get(`/api/v1/cases/facility-counts?providerId=${provider.body.id}`)
      .expect(200);
    const byId = Object.fromEntries(
      (res.body as { facilityId: string }[]).map((r) => [r.facilityId, r]),
    );
    expect(byId[often]).toEqual({
      facilityId: often,
      total: 2,
      open: 1,
      lastTwelveMonths: 2,
      repeated: true,
      lastReceivedAt: today,
    });
    expect(byId[once]).toMatchObject({ total: 2, lastTwelveMonths: 1, repeated: false });

    // A caseworker of Köln sees Köln's facilities only; one facility can be asked alone.
    const koelner = await t.as('caseworker', ['Köln']);
    const theirs = await koelner
      .get(`/api/v1/cases/facility-counts?providerId=${provider.body.id}`)
      .expect(200);
    expect(theirs.body.map((r: { facilityId: string }) => r.facilityId).sort()).toEqual(
      [often, once].sort(),
    );
    const one = await koelner.get(`/api/v1/cases/facility-counts?facilityId=${once}`).expect(200);
    expect(one.body).toHaveLength(1);
    const foreign = await koelner
      .get(`/api/v1/cases/facility-counts?facilityId=${elsewhere}`)
      .expect(200);
    expect(foreign.body).toEqual([]);
  });

  it('needs a provider or a facility, and names a bad id', async () => {
    expectFieldError(await t.api().get('/api/v1/cases/facility-counts'), 'providerId');
    expectFieldError(
      await t.api().get('/api/v1/cases/facility-counts?providerId=abc'),
      'providerId',
    );
  });
});

describe('the case list: sort and count', () => {
  let t: TestApp;
  let facility: string;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    facility = await createFacility(t, { district: 'Köln' });
    for (const receivedAt of ['2026-01-05', '2026-02-05', '2026-03-05']) {
      ids.push((await createCase(t, facility, { receivedAt })).id);
    }
    await createCase(t, await createFacility(t, { district: 'Bonn' }), {
      receivedAt: '2026-01-06',
    });
  });
  afterAll(() => t.close());

  it('sorts by receipt, newest or oldest first, and pages through either order', async () => {
    const newest = await t.api().get(`/api/v1/cases?facilityId=${facility}`).expect(200);
    expect(newest.body.items.map((c: { id: string }) => c.id)).toEqual([...ids].reverse());
    const first = await t
      .api()
      .get(`/api/v1/cases?facilityId=${facility}&sort=oldest&limit=2`)
      .expect(200);
    const rest = await t
      .api()
      .get(
        `/api/v1/cases?facilityId=${facility}&sort=oldest&limit=2&cursor=${first.body.nextCursor}`,
      )
      .expect(200);
    expect([...first.body.items, ...rest.body.items].map((c: { id: string }) => c.id)).toEqual(ids);
    expect(rest.body.nextCursor).toBeNull();
    expectFieldError(await t.api().get('/api/v1/cases?sort=alphabet'), 'sort');
  });

  it('counts what the filters match, within the caller’s districts, and not for free text', async () => {
    const all = await t.api().get(`/api/v1/cases/count?facilityId=${facility}`).expect(200);
    expect(all.body).toEqual({ count: 3 });
    const february = await t
      .api()
      .get(`/api/v1/cases/count?facilityId=${facility}&receivedFrom=2026-02-01`)
      .expect(200);
    expect(february.body).toEqual({ count: 2 });
    const koelner = await t.as('caseworker', ['Köln']);
    const theirs = await koelner.get('/api/v1/cases/count?receivedTo=2026-01-31').expect(200);
    expect(theirs.body).toEqual({ count: 1 });
    const text = await t.api().get('/api/v1/cases/count?q=Kita').expect(200);
    expect(text.body).toEqual({ count: null });
    expectFieldError(await t.api().get('/api/v1/cases/count?limit=5'), 'limit', 'unknown_field');
  });
});
