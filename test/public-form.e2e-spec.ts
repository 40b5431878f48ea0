import { todayInBerlin } from '@teilhabe/common';
import { JobName, JobsService } from '@teilhabe/jobs';
import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { countRows, createCase, districtId, makeComplaint, makeProvider } from './support/builders';
import { expectFieldError } from './support/expectations';
import { FAIL_BIRTH_YEAR, failCreatesMidway } from './support/failing-trigger';
import { runJobs, startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const SEARCH = '/api/v1/public/facilities';
const COMPLAINTS = '/api/v1/public/complaints';

let addresses = 0;
/** A client address of its own (TEST-NET-2), so that one test's limits leave the others alone. */
const newAddress = () => `198.51.100.${++addresses}`;

/** Requests as an anonymous client at `address` (the test apps trust the loopback proxy). */
function from(t: TestApp, address: string) {
  const agent: TestAgent = t.anonymous();
  return {
    get: (url: string) => agent.get(url).set('X-Forwarded-For', address),
    post: (url: string) => agent.post(url).set('X-Forwarded-For', address),
  };
}

/** Everything a complaint writes, to show that a refused one wrote nothing. */
async function written(t: TestApp) {
  const [row] = await t.dataSource.query<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM cases) AS cases,
            (SELECT count(*)::int FROM case_events) AS events,
            (SELECT count(*)::int FROM audit_log WHERE action = 'case.create') AS audited,
            (SELECT coalesce(sum(last_number), 0)::int FROM case_reference_counters) AS numbers,
            (SELECT count(*)::int FROM idempotency_keys) AS keys`,
  );
  return row;
}

async function facility(
  t: TestApp,
  providerId: string,
  district: string,
  body: Record<string, unknown>,
): Promise<string> {
  const res = await t
    .api()
    .post('/api/v1/facilities')
    .send({ kind: 'kita', providerId, districtId: await districtId(t, district), ...body })
    .expect(201);
  return res.body.id as string;
}

describe('the public facility search', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const provider = (await t.api().post('/api/v1/providers').send(makeProvider()).expect(201)).body
      .id as string;
    ids.troisdorf = await facility(t, provider, 'Rhein-Sieg-Kreis', {
      name: 'Kita Regenbogen',
      postalCode: '53840',
      city: 'Troisdorf',
    });
    ids.siegburg = await facility(t, provider, 'Rhein-Sieg-Kreis', {
      name: 'Kita Sonnenschein',
      postalCode: '53721',
      city: 'Siegburg',
    });
    ids.bonn = await facility(t, provider, 'Bonn', {
      name: 'Kita Am Regenbogen',
      postalCode: '53111',
      city: 'Bonn',
    });
    ids.koeln = await facility(t, provider, 'Köln', { name: 'OGS Lindenschule', kind: 'ogs' });
    for (let i = 1; i <= 12; i++) {
      await facility(t, provider, 'Düsseldorf', { name: `Kita Wolke ${i}`, city: 'Düsseldorf' });
    }
    // A case at one of them, which the search must not give away.
    await createCase(t, ids.troisdorf);
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const res = await from(t, newAddress()).get(`${SEARCH}?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return res.body as { id: string; name: string; kind: string; city: string | null }[];
  };
  const names = async (q: string) => (await search(q)).map((f) => f.name);

  it('finds facilities by part of their name, in any case, without signing in', async () => {
    expect(await names('regenbogen')).toEqual(['Kita Am Regenbogen', 'Kita Regenbogen']);
    expect(await names('LINDEN')).toEqual(['OGS Lindenschule']);
  });

  it('finds them by town, postal code or district, every word narrowing the search', async () => {
    expect(await names('Troisdorf')).toEqual(['Kita Regenbogen']);
    expect(await names('Rhein-Sieg')).toEqual(['Kita Regenbogen', 'Kita Sonnenschein']);
    expect(await names('kita siegburg')).toEqual(['Kita Sonnenschein']);
    expect(await names('Regenbogen Bonn')).toEqual(['Kita Am Regenbogen']);
    expect(await names('537')).toEqual(['Kita Sonnenschein']);
    expect(await names('53')).toEqual([
      'Kita Am Regenbogen',
      'Kita Regenbogen',
      'Kita Sonnenschein',
    ]);
    expect(await names('721')).toEqual([]);
    expect(await names('Kita Nirgendwo')).toEqual([]);
  });

  it('puts names that begin with the search first', async () => {
    expect(await names('Kita Regen')).toEqual(['Kita Regenbogen', 'Kita Am Regenbogen']);
  });

  it('answers at most ten facilities', async () => {
    expect(await search('Wolke')).toHaveLength(10);
  });

  it('takes % and _ literally', async () => {
    expect(await search('%%')).toEqual([]);
    expect(await search('K_ta')).toEqual([]);
  });

  it('tells only id, name, kind, town and district: nothing of providers or cases', async () => {
    const [found] = await search('Troisdorf');
    expect(found).toEqual({
      id: ids.troisdorf,
      name: 'Kita Regenbogen',
      kind: 'kita',
      city: 'Troisdorf',
      district: 'Rhein-Sieg-Kreis',
    });
    const [noTown] = await search('Lindenschule');
    expect(noTown).toEqual({
      id: ids.koeln,
      name: 'OGS Lindenschule',
      kind: 'ogs',
      city: null,
      district: 'Köln',
    });
  });

  it.each([
    ['', 'required'],
    ['?q=a', 'minLength'],
    ['?q=%20%20a%20', 'minLength'],
    [`?q=${'x'.repeat(101)}`, 'maxLength'],
    ['?q=Kita%09Bonn', 'controlCharacters'],
  ])('names q when it is wrong (%s)', async (query, code) => {
    const res = await from(t, newAddress()).get(`${SEARCH}${query}`);
    const error = expectFieldError(res, 'q', code);
    expect(error.message).toMatch(/^(fehlt|muss|darf)/);
  });

  it('names an unknown parameter', async () => {
    const res = await from(t, newAddress()).get(`${SEARCH}?q=Kita&providerId=${UNKNOWN}`);
    expectFieldError(res, 'providerId', 'unknown_field');
  });

  it('answers 429 with Retry-After and a German message after 120 searches from one address', async () => {
    const address = newAddress();
    for (let i = 0; i < 120; i++) await from(t, address).get(`${SEARCH}?q=Kita`).expect(200);
    const res = await from(t, address).get(`${SEARCH}?q=Kita`);
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ code: 'rate_limited' });
    expect(res.body.message).toMatch(
      /^Von Ihrem Internetanschluss kamen in kurzer Zeit sehr viele Suchanfragen\. Bitte versuchen Sie es in (einer Minute|\d+ Minuten) erneut\.$/,
    );
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(res.body.retryAfterSeconds).toBe(retryAfter);
    // Other addresses search on.
    await from(t, newAddress()).get(`${SEARCH}?q=Kita`).expect(200);
  });

  it('counts an IPv6 client by its /64 network', async () => {
    for (let i = 0; i < 60; i++) {
      await from(t, `2001:db8:5:6::${(i % 2) + 1}`)
        .get(`${SEARCH}?q=Kita`)
        .expect(200);
      await from(t, `2001:db8:5:6:aa::${i}`).get(`${SEARCH}?q=Kita`).expect(200);
    }
    await from(t, '2001:db8:5:6:ffff::1').get(`${SEARCH}?q=Kita`).expect(429);
    await from(t, '2001:db8:5:7::1').get(`${SEARCH}?q=Kita`).expect(200);
  });
});

describe('a parent’s complaint through the public form', () => {
  let t: TestApp;
  let facilityId: string;
  let bonnFacility: string;

  beforeAll(async () => {
    t = await startTestApp();
    const provider = (await t.api().post('/api/v1/providers').send(makeProvider()).expect(201)).body
      .id as string;
    facilityId = await facility(t, provider, 'Rhein-Sieg-Kreis', {
      name: 'OGS Burgschule',
      kind: 'ogs',
      city: 'Troisdorf',
    });
    bonnFacility = await facility(t, provider, 'Bonn', { name: 'Kita Rheinaue', city: 'Bonn' });
  });
  afterAll(() => t.close());

  const file = (body: object, address = newAddress()) =>
    from(t, address).post(COMPLAINTS).send(body);

  it('creates a case received today over the web in the facility’s district, and answers only its Aktenzeichen', async () => {
    const body = makeComplaint(facilityId, {
      patterns: ['absence_exclusion', 'parent_must_substitute'],
    });
    const before = todayInBerlin();
    const res = await file(body).expect(201);
    const after = todayInBerlin();
    expect(Object.keys(res.body)).toEqual(['reference']);
    expect(res.body.reference).toMatch(/^42\.22-\d{4}-\d{6}$/);
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');

    // The office sees it as a case of the Rhein-Sieg-Kreis, received through the web form.
    const caseworker = await t.as('caseworker', ['Rhein-Sieg-Kreis']);
    const list = await caseworker.get('/api/v1/cases?q=' + res.body.reference).expect(200);
    expect(list.body.items).toHaveLength(1);
    const read = await caseworker.get(`/api/v1/cases/${list.body.items[0].id}`).expect(200);
    expect([before, after]).toContain(read.body.receivedAt);
    expect(read.body).toMatchObject({
      reference: res.body.reference,
      status: 'received',
      channel: 'web',
      facility: { id: facilityId, name: 'OGS Burgschule' },
      district: { name: 'Rhein-Sieg-Kreis' },
      patterns: ['absence_exclusion', 'parent_must_substitute'],
      description: body.description,
      guardian: { ...body.guardian, address: null },
      child: { ...body.child, assistance: null },
      facts: { contractTerminated: false, consentToInvolveOthers: false },
    });
    expect(read.body.timeline).toEqual([
      expect.objectContaining({
        type: 'created',
        actor: { id: null, name: 'Online-Formular' },
        data: expect.objectContaining({ channel: 'web', contactConsent: true }),
      }),
    ]);
    const other = await t.as('caseworker', ['Bonn']);
    await other.get(`/api/v1/cases/${read.body.id}`).expect(404);

    const [audit] = await t.dataSource.query<{ actor_name: string; fields: string[] }[]>(
      `SELECT actor_name, fields FROM audit_log WHERE action = 'case.create' AND record_id = $1`,
      [read.body.id],
    );
    expect(audit.actor_name).toBe('Online-Formular');
    expect(audit.fields).toEqual(expect.arrayContaining(['channel', 'guardian.name']));
    // Personal data is encrypted at rest, as with every other case.
    const [row] = await t.dataSource.query<{ guardian_name: string }[]>(
      'SELECT guardian_name FROM cases WHERE id = $1',
      [read.body.id],
    );
    expect(row.guardian_name).not.toContain('Demir');
  });

  it('takes a complaint with only a phone number or only an e-mail address, and no disability or pattern', async () => {
    const { guardian, child } = makeComplaint(facilityId);
    await file(
      makeComplaint(facilityId, {
        guardian: { name: guardian.name, phone: guardian.phone },
        child: { initials: child.initials, birthYear: child.birthYear },
        patterns: undefined,
      }),
    ).expect(201);
    await file(
      makeComplaint(facilityId, {
        guardian: { name: guardian.name, email: guardian.email },
        patterns: [],
        website: '  ',
      }),
    ).expect(201);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['facilityId', { facilityId: undefined }, 'required'],
    ['facilityId', { facilityId: 'Kita Regenbogen' }, 'isUuid'],
    ['description', { description: undefined }, 'required'],
    ['description', { description: '   ' }, 'minLength'],
    ['description', { description: 'x'.repeat(10_001) }, 'maxLength'],
    ['description', { description: 'Text\u0000' }, 'controlCharacters'],
    ['patterns', { patterns: ['sent_home'] }, 'isIn'],
    ['patterns', { patterns: 'absence_exclusion' }, 'isArray'],
    ['guardian', { guardian: undefined }, 'required'],
    ['guardian.name', { guardian: { email: 'a@example.org' } }, 'required'],
    ['guardian.name', { guardian: { name: 'x'.repeat(201), email: 'a@example.org' } }, 'maxLength'],
    ['guardian.email', { guardian: { name: 'A B' } }, 'required'],
    ['guardian.phone', { guardian: { name: 'A B' } }, 'required'],
    ['guardian.email', { guardian: { name: 'A B', email: 'a@' } }, 'isEmail'],
    ['guardian.phone', { guardian: { name: 'A B', phone: 'bitte anrufen' } }, 'matches'],
    [
      'guardian.address',
      { guardian: { name: 'A B', phone: '0228 1', address: {} } },
      'unknown_field',
    ],
    ['child.initials', { child: { initials: 'Ben', birthYear: 2018 } }, 'matches'],
    ['child.birthYear', { child: { initials: 'B', birthYear: 1990 } }, 'inRange'],
    ['child.birthYear', { child: { initials: 'B', birthYear: '2018' } }, 'isInt'],
    [
      'child.disability',
      { child: { initials: 'B', birthYear: 2018, disability: 'x'.repeat(501) } },
      'maxLength',
    ],
    [
      'child.assistance',
      { child: { initials: 'B', birthYear: 2018, assistance: {} } },
      'unknown_field',
    ],
    ['contactConsent', { contactConsent: undefined }, 'required'],
    ['contactConsent', { contactConsent: false }, 'equals'],
    ['contactConsent', { contactConsent: 'ja' }, 'isBoolean'],
    ['website', { website: 'x'.repeat(501) }, 'maxLength'],
    ['channel', { channel: 'phone' }, 'unknown_field'],
    ['receivedAt', { receivedAt: '2020-01-01' }, 'unknown_field'],
    ['status', { status: 'resolved' }, 'unknown_field'],
    ['consentToInvolveOthers', { consentToInvolveOthers: true }, 'unknown_field'],
  ];
  it.each(bad)(
    'refuses a bad %s with a German message naming it, writing nothing',
    async (field, overrides, code) => {
      const before = await written(t);
      const error = expectFieldError(await file(makeComplaint(facilityId, overrides)), field, code);
      expect(error.message).toMatch(/^(fehlt|muss|darf|ist|enthält)/);
      expect(await written(t)).toEqual(before);
    },
  );

  it('asks for an e-mail address or a phone number, at both fields', async () => {
    const res = await file(makeComplaint(facilityId, { guardian: { name: 'Aylin Demir' } }));
    expect(res.status).toBe(400);
    const messages = (res.body.errors as { field: string; message: string }[]).map(
      (e) => `${e.field}: ${e.message}`,
    );
    expect(messages).toEqual([
      'guardian.email: fehlt: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit das Landesjugendamt Sie erreichen kann.',
      'guardian.phone: fehlt: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit das Landesjugendamt Sie erreichen kann.',
    ]);
  });

  it('asks for the consent to be contacted in German', async () => {
    const error = expectFieldError(
      await file(makeComplaint(facilityId, { contactConsent: false })),
      'contactConsent',
    );
    expect(error.message).toBe(
      'muss erteilt sein: Ohne Ihr Einverständnis kann das Landesjugendamt Sie nicht kontaktieren.',
    );
  });

  it('refuses an unknown facility with 400 naming it, writing nothing', async () => {
    const before = await written(t);
    expectFieldError(await file(makeComplaint(UNKNOWN)), 'facilityId', 'unknown_reference');
    expect(await written(t)).toEqual(before);
  });

  it('refuses a filled-in honeypot openly, storing nothing', async () => {
    const before = await written(t);
    const res = await file(makeComplaint(facilityId, { website: 'https://example.com' }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('honeypot');
    expect(res.body.message).toContain('Ihre Beschwerde wurde nicht gespeichert');
    expect(res.body.message).toContain('noch einmal');
    expect(await written(t)).toEqual(before);
  });

  it('leaves nothing half-written when the create fails midway, and gives its number back', async () => {
    const first = (await file(makeComplaint(facilityId)).expect(201)).body.reference as string;
    const undo = await failCreatesMidway(t.dataSource);
    const before = await written(t);
    try {
      const body = makeComplaint(facilityId, {
        child: { initials: 'B. D.', birthYear: FAIL_BIRTH_YEAR },
      });
      const res = await file(body);
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/simulated|cases|trigger/);
      expect(await written(t)).toEqual(before);
    } finally {
      await undo();
    }
    const next = (await file(makeComplaint(facilityId)).expect(201)).body.reference as string;
    expect(Number(next.slice(-6))).toBe(Number(first.slice(-6)) + 1);
  });

  it('creates one case however often a request with the same Idempotency-Key is sent', async () => {
    const key = randomUUID();
    const body = makeComplaint(bonnFacility);
    const address = newAddress();
    const first = await from(t, address).post(COMPLAINTS).set('Idempotency-Key', key).send(body);
    expect(first.status).toBe(201);
    const before = await countRows(t, 'cases');
    const again = await from(t, address).post(COMPLAINTS).set('Idempotency-Key', key).send(body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await countRows(t, 'cases')).toBe(before);
  });

  it('reveals nothing about other cases', async () => {
    // A caseworker's case, created with an Idempotency-Key that a stranger then also sends.
    const key = randomUUID();
    const staff = await t
      .api()
      .post('/api/v1/cases')
      .set('Idempotency-Key', key)
      .send({
        facilityId: bonnFacility,
        receivedAt: todayInBerlin(),
        channel: 'phone',
        guardian: { name: 'Jonas Becker' },
        child: { initials: 'L. B.', birthYear: 2020 },
        description: 'Telefonische Beschwerde.',
      })
      .expect(201);
    const stranger = await from(t, newAddress())
      .post(COMPLAINTS)
      .set('Idempotency-Key', key)
      .send(makeComplaint(bonnFacility));
    expect(stranger.status).toBe(201);
    expect(Object.keys(stranger.body)).toEqual(['reference']);
    expect(stranger.body.reference).not.toBe(staff.body.reference);
    expect(JSON.stringify(stranger.body)).not.toContain('Becker');

    // No public route reads a case; the case routes need a signed-in user.
    const anonymous = from(t, newAddress());
    await anonymous.get(`${COMPLAINTS}/${staff.body.id}`).expect(404);
    await anonymous.get(COMPLAINTS).expect(404);
    await anonymous.get(`/api/v1/cases/${staff.body.id}`).expect(401);
    await anonymous.get('/api/v1/cases').expect(401);
    const found = await anonymous.get(`${SEARCH}?q=Rheinaue`).expect(200);
    expect(JSON.stringify(found.body)).not.toMatch(/42\.22|Becker|received|case/i);
  });

  it('takes ten complaints a day from one address, then answers 429 with Retry-After', async () => {
    const address = newAddress();
    for (let i = 0; i < 10; i++) await file(makeComplaint(facilityId), address).expect(201);
    const before = await written(t);
    const res = await file(makeComplaint(facilityId), address);
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('rate_limited');
    expect(res.body.message).toMatch(
      /^Von Ihrem Internetanschluss wurden schon sehr viele Beschwerden gesendet\. Bitte versuchen Sie es in (2[34]|1?\d) Stunden erneut, oder wenden Sie sich per Telefon, E-Mail oder Brief an das Landesjugendamt\.$/,
    );
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(23 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect(await written(t)).toEqual(before);
    // A honeypot counts as a complaint: it does not open a way around the limit.
    const trap = await file(makeComplaint(facilityId, { website: 'x' }), address);
    expect(trap.status).toBe(429);
    await file(makeComplaint(facilityId)).expect(201);
  });

  it('answers 429 after 30 sendings an hour from one address, valid or not', async () => {
    const address = newAddress();
    for (let i = 0; i < 30; i++) {
      await file(makeComplaint(facilityId, { contactConsent: false }), address).expect(400);
    }
    const before = await written(t);
    const res = await file(makeComplaint(facilityId), address);
    expect(res.status).toBe(429);
    expect(res.body.message).toContain('das Formular in kurzer Zeit sehr oft gesendet');
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(await written(t)).toEqual(before);
  });
});

describe('rate limits of the public form', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counters = () =>
    t.dataSource.query<{ bucket: string; client: string; hits: number }[]>(
      'SELECT bucket, client, hits FROM rate_limit_counters ORDER BY bucket, client',
    );

  it('keep a keyed hash of the address, never the address', async () => {
    await from(t, '203.0.113.77').get(`${SEARCH}?q=Kita`).expect(200);
    const rows = await counters();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ bucket: 'public.facility-search', hits: 1 });
    expect(rows[0].client).toMatch(/^[0-9a-f]{64}$/);
    expect(
      JSON.stringify(await t.dataSource.query('SELECT * FROM rate_limit_counters')),
    ).not.toMatch(/203\.0\.113/);
  });

  it('hold across API replicas sharing the database', async () => {
    const replica = await startTestApp({ DATABASE_URL: t.config.database.DATABASE_URL });
    try {
      const address = newAddress();
      for (let i = 0; i < 120; i++) {
        await from(i % 2 ? t : replica, address)
          .get(`${SEARCH}?q=Kita`)
          .expect(200);
      }
      await from(t, address).get(`${SEARCH}?q=Kita`).expect(429);
      await from(replica, address).get(`${SEARCH}?q=Kita`).expect(429);
    } finally {
      await replica.close();
    }
  });

  it('count parallel requests exactly', async () => {
    const address = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 130 }, () => from(t, address).get(`${SEARCH}?q=Kita`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(120);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('open a new window once the old one is over, and the purge job deletes closed windows', async () => {
    const address = newAddress();
    for (let i = 0; i < 121; i++) await from(t, address).get(`${SEARCH}?q=Kita`);
    await from(t, address).get(`${SEARCH}?q=Kita`).expect(429);
    const open = await countRows(t, 'rate_limit_counters');
    // Every window ends now: the next request opens a new one.
    await t.dataSource.query(
      `UPDATE rate_limit_counters SET window_ends_at = now() - interval '1 second'`,
    );
    await from(t, address).get(`${SEARCH}?q=Kita`).expect(200);
    await t.app.get(JobsService).enqueue({ name: JobName.RateLimitPurge, data: {} });
    await runJobs(t);
    const left = await counters();
    expect(left).toHaveLength(1);
    expect(left[0].hits).toBe(1);
    expect(open).toBeGreaterThan(1);
  });

  it('cannot be dodged with a forged X-Forwarded-For when no proxy is trusted', async () => {
    const direct = await startTestApp({ TRUST_PROXY: 'false' });
    try {
      for (let i = 0; i < 120; i++) {
        await from(direct, `192.0.2.${i}`).get(`${SEARCH}?q=Kita`).expect(200);
      }
      await from(direct, '192.0.2.200').get(`${SEARCH}?q=Kita`).expect(429);
    } finally {
      await direct.close();
    }
  });
});

describe('the public form on the embedded database (the README’s start command)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      PGLITE_DATA_DIR: 'memory://',
    });
  });
  afterAll(() => t?.close());

  it('finds a facility, files a complaint and counts both', async () => {
    const provider = (await t.api().post('/api/v1/providers').send(makeProvider()).expect(201)).body
      .id as string;
    const id = await facility(t, provider, 'Kreis Düren', { name: 'Kita Rurtal', city: 'Jülich' });
    const address = newAddress();
    const found = await from(t, address).get(`${SEARCH}?q=jülich`).expect(200);
    expect(found.body).toEqual([
      { id, name: 'Kita Rurtal', kind: 'kita', city: 'Jülich', district: 'Kreis Düren' },
    ]);
    const res = await from(t, address).post(COMPLAINTS).send(makeComplaint(id)).expect(201);
    expect(res.body.reference).toMatch(/^42\.22-\d{4}-000001$/);
    const counters = await t.dataSource.query<{ bucket: string; hits: number }[]>(
      'SELECT bucket, hits FROM rate_limit_counters ORDER BY bucket',
    );
    expect(counters).toEqual([
      { bucket: 'public.complaint-requests', hits: 1 },
      { bucket: 'public.complaints', hits: 1 },
      { bucket: 'public.facility-search', hits: 1 },
    ]);
  });
});
