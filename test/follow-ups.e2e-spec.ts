import { randomUUID } from 'node:crypto';
import { createCase, districtId, makeFacility, makeProvider } from './support/builders';
import { expectFieldError } from './support/expectations';
import { answerLetter, letterSent } from './support/follow-ups';
import { startSmtpServer, type TestSmtp } from './support/smtp';
import { runJobs, startTestApp, type TestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Row {
  id: string;
  stage: string;
  status: string;
  ends_on: string | null;
  due_at: Date;
}

const followUps = (t: TestApp, caseId: string) =>
  t.dataSource.query<Row[]>(
    `SELECT id, stage, status, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, due_at
       FROM follow_ups WHERE case_id = $1 ORDER BY created_at`,
    [caseId],
  );

const timeline = async (t: TestApp, caseId: string) =>
  (
    (await t.api().get(`/api/v1/cases/${caseId}`).expect(200)).body.timeline as { type: string }[]
  ).map((e) => e.type);

/** A provider with a facility in a district; returns the facility's id. */
async function facilityOf(t: TestApp, district = 'Köln') {
  const provider = await t.api().post('/api/v1/providers').send(makeProvider()).expect(201);
  const facility = await t
    .api()
    .post('/api/v1/facilities')
    .send(makeFacility(provider.body.id, await districtId(t, district)))
    .expect(201);
  return facility.body.id as string;
}

describe('deadlines on the days the law counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ FOLLOW_UP_PERIOD: 'P14D', REMINDER_PERIOD: 'P7D' });
  });
  afterAll(() => t.close());

  it('sets the provider’s deadline when an advisory letter goes out, due at the end of its last day', async () => {
    const { id } = await createCase(t, await facilityOf(t));
    const letterId = await letterSent(t, id);
    const [row] = await followUps(t, id);
    expect(row).toMatchObject({ stage: 'answer', status: 'pending' });
    // Fourteen days later (moved past a weekend or holiday), at 24:00 Berlin time.
    const endsOn = new Date(`${row.ends_on}T12:00:00Z`);
    expect(endsOn.getUTCDay()).not.toBe(0);
    expect(endsOn.getUTCDay()).not.toBe(6);
    const [job] = await t.dataSource.query<{ run_after: Date; payload: { followUpId: string } }[]>(
      `SELECT run_after, payload FROM job_outbox WHERE name = 'follow-ups.due' AND payload->>'followUpId' = $1`,
      [row.id],
    );
    expect(job.run_after.toISOString()).toBe(row.due_at.toISOString());
    const listed = await t.api().get(`/api/v1/cases/${id}/follow-ups`).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: row.id, letterId, stage: 'answer', endsOn: row.ends_on }),
    ]);
    expect(await timeline(t, id)).toContain('follow_up_set');
  });

  it('sets no deadline for letters that ask for nothing', async () => {
    const { id } = await createCase(t, await facilityOf(t), {
      guardian: {
        name: 'Sabine Keller',
        address: { street: 'Venloer Str. 1', postalCode: '50672', city: 'Köln' },
      },
    });
    await letterSent(t, id, 'acknowledgement');
    await letterSent(t, id, 'requirement');
    expect(await followUps(t, id)).toEqual([]);
  });
});

describe('a deadline that passes unanswered', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let lead: string;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      FOLLOW_UP_PERIOD: 'PT1S',
      REMINDER_PERIOD: 'PT1S',
      SMTP_URL: smtp.url,
    });
    const teamLead = await t.as('team_lead', ['Bonn']);
    lead = (await teamLead.get('/api/v1/auth/me').expect(200)).body.email;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('brings a reminder, then an escalation to the district’s team lead: flag, timeline, mail', async () => {
    const { id, reference } = await createCase(t, await facilityOf(t, 'Bonn'));
    await letterSent(t, id);
    await sleep(1100);
    await runJobs(t);
    const afterFirst = await followUps(t, id);
    expect(afterFirst.map((f) => [f.stage, f.status])).toEqual([
      ['answer', 'reminded'],
      ['reminder', 'pending'],
    ]);
    expect(await timeline(t, id)).toEqual(
      expect.arrayContaining(['follow_up_reminded', 'follow_up_set']),
    );
    const overdue = await t.api().get('/api/v1/follow-ups?due=overdue').expect(200);
    expect(overdue.body.map((f: { case: { id: string } }) => f.case.id)).toContain(id);

    await sleep(1100);
    await runJobs(t);
    expect((await followUps(t, id)).map((f) => f.status)).toEqual(['reminded', 'escalated']);
    const detail = await t.api().get(`/api/v1/cases/${id}`).expect(200);
    expect(detail.body.escalatedAt).toEqual(expect.any(String));
    expect(detail.body.timeline.at(-1)).toMatchObject({
      type: 'escalated',
      data: { kind: 'unanswered' },
    });
    const escalated = await t.api().get('/api/v1/cases?escalated=true').expect(200);
    expect(escalated.body.items.map((c: { id: string }) => c.id)).toContain(id);

    // Every team lead of Bonn: the one of Bonn, and the test user of all districts.
    await smtp.waitForMails(3);
    const mails = smtp.mails.filter((m) => m.subject?.startsWith(`Eskalation: Fall ${reference}`));
    expect(mails.flatMap((m) => m.envelopeTo).sort()).toEqual([lead, 'tester@teilhabe.test']);
    const mail = mails[0];
    expect(mail.subject).toBe(`Eskalation: Fall ${reference} – Träger antwortet nicht`);
    expect(mail.text).toContain(
      'weder auf das Schreiben des Landesjugendamts noch auf die Erinnerung',
    );
    // The family stays out of it.
    expect(mail.text).not.toContain('Sabine');

    const teamLead = await t.as('team_lead', ['Bonn']);
    const open = await teamLead.get('/api/v1/escalations').expect(200);
    const mine = open.body.find((e: { case: { id: string } }) => e.case.id === id);
    expect(mine).toMatchObject({ kind: 'unanswered', case: { reference }, acknowledgedAt: null });
    await teamLead.post(`/api/v1/escalations/${mine.id}/acknowledge`).expect(200);
    const still = await teamLead.get('/api/v1/escalations').expect(200);
    expect(still.body.map((e: { id: string }) => e.id)).not.toContain(mine.id);
    // A job run again mails nobody twice.
    await runJobs(t);
    expect(smtp.mails.filter((m) => m.subject?.startsWith('Eskalation'))).toHaveLength(2);
  });

  it('ends with the provider’s answer: the due job then does nothing', async () => {
    const { id } = await createCase(t, await facilityOf(t));
    const letterId = await letterSent(t, id);
    await answerLetter(t, letterId);
    await sleep(1100);
    await runJobs(t);
    expect((await followUps(t, id)).map((f) => f.status)).toEqual(['answered']);
    expect(await timeline(t, id)).toContain('follow_up_answered');
  });

  it('ends when the case is closed', async () => {
    const { id } = await createCase(t, await facilityOf(t));
    await letterSent(t, id);
    await t
      .api()
      .post(`/api/v1/cases/${id}/transitions`)
      .send({ to: 'withdrawn', reason: 'Eltern ziehen zurück.' })
      .expect(200);
    await sleep(1100);
    await runJobs(t);
    expect((await followUps(t, id)).map((f) => f.status)).toEqual(['cancelled']);
  });
});

describe('pausing a deadline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ FOLLOW_UP_PERIOD: 'PT3S', REMINDER_PERIOD: 'PT3S' });
  });
  afterAll(() => t.close());

  it('stops the clock with a reason and resumes it with the time that was left', async () => {
    const { id } = await createCase(t, await facilityOf(t));
    await letterSent(t, id);
    const [before] = await followUps(t, id);
    const paused = await t
      .api()
      .post(`/api/v1/follow-ups/${before.id}/pause`)
      .send({ reason: 'Stellungnahme des Jugendamts angefordert.' })
      .expect(200);
    expect(paused.body).toMatchObject({
      status: 'paused',
      pauseReason: 'Stellungnahme des Jugendamts angefordert.',
    });
    const left = paused.body.remainingMs as number;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(3000);
    // The deadline would have passed by now: paused, nothing happens.
    await sleep(3200);
    await runJobs(t);
    expect((await followUps(t, id)).map((f) => f.status)).toEqual(['paused']);

    const resumedAt = Date.now();
    const resumed = await t.api().post(`/api/v1/follow-ups/${before.id}/resume`).expect(200);
    expect(resumed.body.status).toBe('pending');
    const due = Date.parse(resumed.body.dueAt);
    expect(due - resumedAt).toBeGreaterThanOrEqual(left - 50);
    expect(due - resumedAt).toBeLessThanOrEqual(left + 1000);
    await sleep(due - Date.now() + 200);
    await runJobs(t);
    expect((await followUps(t, id)).map((f) => f.status)).toEqual(['reminded', 'pending']);
    expect(await timeline(t, id)).toEqual(
      expect.arrayContaining(['follow_up_paused', 'follow_up_resumed', 'follow_up_reminded']),
    );
    const [row] = await t.dataSource.query<{ pause_reason: string | null }[]>(
      `SELECT reason AS pause_reason FROM case_events WHERE case_id = $1 AND type = 'follow_up_paused'`,
      [id],
    );
    expect(row.pause_reason).not.toContain('Jugendamt');
  });

  it('refuses what makes no sense, naming it, and others’ deadlines', async () => {
    const { id } = await createCase(t, await facilityOf(t, 'Bonn'));
    await letterSent(t, id);
    const [f] = await followUps(t, id);
    expectFieldError(await t.api().post(`/api/v1/follow-ups/${f.id}/pause`).send({}), 'reason');
    const resume = await t.api().post(`/api/v1/follow-ups/${f.id}/resume`).expect(409);
    expect(resume.body.code).toBe('follow_up_not_paused');
    await t.api().post(`/api/v1/follow-ups/${f.id}/pause`).send({ reason: 'Warten.' }).expect(200);
    const again = await t
      .api()
      .post(`/api/v1/follow-ups/${f.id}/pause`)
      .send({ reason: 'Warten.' })
      .expect(409);
    expect(again.body.code).toBe('follow_up_not_running');
    const koelner = await t.as('caseworker', ['Köln']);
    await koelner.post(`/api/v1/follow-ups/${f.id}/resume`).expect(404);
    await t.api().post(`/api/v1/follow-ups/${randomUUID()}/resume`).expect(404);
  });
});

describe('the caseworker’s day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ FOLLOW_UP_PERIOD: 'P3D', REMINDER_PERIOD: 'P7D' });
  });
  afterAll(() => t.close());

  it('lists the deadlines of this week, of my cases if asked, within my districts', async () => {
    const koeln = await createCase(t, await facilityOf(t, 'Köln'));
    const bonn = await createCase(t, await facilityOf(t, 'Bonn'));
    await letterSent(t, koeln.id);
    await letterSent(t, bonn.id);
    const week = await t.api().get('/api/v1/follow-ups?due=week').expect(200);
    const cases = week.body.map((f: { case: { id: string } }) => f.case.id);
    expect(cases).toEqual(expect.arrayContaining([koeln.id, bonn.id]));
    expect((await t.api().get('/api/v1/follow-ups?due=today').expect(200)).body).toEqual([]);
    const worker = await t.as('caseworker', ['Köln']);
    const theirs = await worker.get('/api/v1/follow-ups?due=week').expect(200);
    expect(theirs.body.map((f: { case: { id: string } }) => f.case.id)).toEqual([koeln.id]);
    expect((await worker.get('/api/v1/follow-ups?due=week&mine=true').expect(200)).body).toEqual(
      [],
    );
    expectFieldError(await t.api().get('/api/v1/follow-ups?due=tomorrow'), 'due');
  });
});

describe('repeat complaints about a provider', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_URL: smtp.url });
    await t.as('team_lead', ['Düsseldorf']);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('flags the second complaint within twelve months to the district’s team lead, once while open', async () => {
    const provider = await t
      .api()
      .post('/api/v1/providers')
      .send(makeProvider({ name: 'Kita gGmbH Rheinufer' }))
      .expect(201);
    const district = await districtId(t, 'Düsseldorf');
    const facility = async (name: string) =>
      (
        await t
          .api()
          .post('/api/v1/facilities')
          .send(makeFacility(provider.body.id, district, { name }))
          .expect(201)
      ).body.id as string;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(),
    );
    // Long ago: does not count.
    await createCase(t, await facility('Kita Altstadt'), { receivedAt: '2024-01-10' });
    const first = await createCase(t, await facility('Kita Hafen'), { receivedAt: today });
    const open = async () =>
      (await t.api().get('/api/v1/escalations').expect(200)).body.filter(
        (e: { kind: string; case: { provider: string } }) =>
          e.kind === 'repeat_complaint' && e.case.provider === 'Kita gGmbH Rheinufer',
      );
    expect(await open()).toEqual([]);

    const second = await createCase(t, await facility('Kita Medienhafen'), { receivedAt: today });
    const [flag] = await open();
    expect(flag).toMatchObject({ complaints: 2, case: { id: second.id } });
    expect(await timeline(t, second.id)).toContain('escalated');
    expect(await timeline(t, first.id)).not.toContain('escalated');
    await runJobs(t);
    const [mail] = await smtp.waitForMails(1);
    expect(mail.subject).toBe('Wiederholte Beschwerde: Kita gGmbH Rheinufer');
    expect(smtp.mails.flatMap((m) => m.envelopeTo)).toContain('tester@teilhabe.test');
    expect(mail.text).toContain('§§ 45, 47 SGB VIII');

    const third = await createCase(t, await facility('Kita Hafen 2'), { receivedAt: today });
    const still = await open();
    expect(still).toHaveLength(1);
    expect(still[0]).toMatchObject({ complaints: 3, case: { id: third.id } });
    await t.api().post(`/api/v1/escalations/${flag.id}/acknowledge`).expect(200);
    await createCase(t, await facility('Kita Hafen 3'), { receivedAt: today });
    expect(await open()).toEqual([expect.objectContaining({ complaints: 4 })]);
  });

  it('shows escalations to team leads only', async () => {
    const worker = await t.as('caseworker', ['Düsseldorf']);
    await worker.get('/api/v1/escalations').expect(403);
  });
});
