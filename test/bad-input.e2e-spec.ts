import { createCase, createFacility, makeProvider } from './support/builders';
import { expectFieldError } from './support/expectations';
import { followUpOf } from './support/follow-ups';
import { type Api, startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Ids = {
  followUp: string;
  provider: string;
  facility: string;
  case: string;
  contract: string;
  consent: string;
  letter: string;
  district: string;
  user: string;
  allocation: string;
  school: string;
  poolModel: string;
  allocationLetter: string;
};

interface Route {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  /** The path with real ids filled in. */
  url: (ids: Ids) => string;
  /** `command`: a POST without a body (sign-out). */
  kind: 'list' | 'item' | 'write' | 'command';
  /** A text field of the body, for the control-character test (writes without one skip it). */
  text?: string;
  /** A body that passes validation, so that only the id can be wrong. */
  valid?: Record<string, unknown>;
  /** Callable without signing in. */
  public?: boolean;
  /** Only for administrators. */
  admin?: boolean;
  /** A list that is not paged (no limit or cursor). */
  unpaged?: boolean;
}

/*
 * Every route of the API. The first test compares this table with the OpenAPI document, so a
 * new route fails the build until it is added here and so covered by the bad-input tests.
 */
const ROUTES: Route[] = [
  {
    method: 'get',
    path: '/api/v1/districts',
    url: () => '/api/v1/districts',
    kind: 'list',
    unpaged: true,
  },
  {
    method: 'get',
    path: '/api/v1/districts/{id}',
    url: (i) => `/api/v1/districts/${i.district}`,
    kind: 'item',
  },
  { method: 'get', path: '/api/v1/providers', url: () => '/api/v1/providers', kind: 'list' },
  {
    method: 'post',
    path: '/api/v1/providers',
    url: () => '/api/v1/providers',
    kind: 'write',
    text: 'name',
  },
  {
    method: 'get',
    path: '/api/v1/providers/{id}',
    url: (i) => `/api/v1/providers/${i.provider}`,
    kind: 'item',
  },
  {
    method: 'patch',
    path: '/api/v1/providers/{id}',
    url: (i) => `/api/v1/providers/${i.provider}`,
    kind: 'write',
    text: 'name',
  },
  { method: 'get', path: '/api/v1/facilities', url: () => '/api/v1/facilities', kind: 'list' },
  {
    method: 'post',
    path: '/api/v1/facilities',
    url: () => '/api/v1/facilities',
    kind: 'write',
    text: 'name',
  },
  {
    method: 'get',
    path: '/api/v1/facilities/{id}',
    url: (i) => `/api/v1/facilities/${i.facility}`,
    kind: 'item',
  },
  {
    method: 'patch',
    path: '/api/v1/facilities/{id}',
    url: (i) => `/api/v1/facilities/${i.facility}`,
    kind: 'write',
    text: 'name',
  },
  { method: 'get', path: '/api/v1/cases', url: () => '/api/v1/cases', kind: 'list' },
  {
    method: 'post',
    path: '/api/v1/cases',
    url: () => '/api/v1/cases',
    kind: 'write',
    text: 'description',
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}',
    url: (i) => `/api/v1/cases/${i.case}`,
    kind: 'item',
  },
  {
    method: 'patch',
    path: '/api/v1/cases/{id}',
    url: (i) => `/api/v1/cases/${i.case}`,
    kind: 'write',
    text: 'description',
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/transitions',
    url: (i) => `/api/v1/cases/${i.case}/transitions`,
    kind: 'write',
    text: 'reason',
  },
  {
    method: 'get',
    path: '/api/v1/cases/count',
    url: () => '/api/v1/cases/count',
    kind: 'item',
  },
  {
    method: 'get',
    path: '/api/v1/cases/facility-counts',
    url: (i) => `/api/v1/cases/facility-counts?facilityId=${i.facility}`,
    kind: 'item',
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/notes',
    url: (i) => `/api/v1/cases/${i.case}/notes`,
    kind: 'write',
    text: 'text',
    valid: { text: 'Telefonat mit der Mutter.' },
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/assignees',
    url: (i) => `/api/v1/cases/${i.case}/assignees`,
    kind: 'item',
  },
  {
    method: 'put',
    path: '/api/v1/cases/{id}/assignee',
    url: (i) => `/api/v1/cases/${i.case}/assignee`,
    kind: 'write',
    valid: { assigneeId: null },
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/reopen',
    url: (i) => `/api/v1/cases/${i.case}/reopen`,
    kind: 'write',
    text: 'reason',
    valid: { reason: 'Neue Beschwerde der Eltern.' },
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/contracts/{contractId}/withdraw',
    url: (i) => `/api/v1/cases/${i.case}/contracts/${i.contract}/withdraw`,
    kind: 'write',
    text: 'reason',
    valid: { reason: 'Versehentlich hochgeladen.' },
  },
  {
    method: 'get',
    path: '/api/v1/follow-ups',
    url: () => '/api/v1/follow-ups',
    kind: 'list',
    unpaged: true,
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/follow-ups',
    url: (i) => `/api/v1/cases/${i.case}/follow-ups`,
    kind: 'item',
  },
  {
    method: 'post',
    path: '/api/v1/follow-ups/{id}/pause',
    url: (i) => `/api/v1/follow-ups/${i.followUp}/pause`,
    kind: 'write',
    text: 'reason',
    valid: { reason: 'Warten auf das Jugendamt.' },
  },
  {
    method: 'post',
    path: '/api/v1/follow-ups/{id}/resume',
    url: (i) => `/api/v1/follow-ups/${i.followUp}/resume`,
    kind: 'command',
  },
  {
    method: 'get',
    path: '/api/v1/escalations',
    url: () => '/api/v1/escalations',
    kind: 'list',
    unpaged: true,
  },
  {
    method: 'post',
    path: '/api/v1/escalations/{id}/acknowledge',
    url: () => `/api/v1/escalations/${UNKNOWN}/acknowledge`,
    kind: 'command',
  },
  { method: 'get', path: '/api/v1/rules', url: () => '/api/v1/rules', kind: 'item' },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/assessment',
    url: (i) => `/api/v1/cases/${i.case}/assessment`,
    kind: 'item',
  },
  {
    method: 'post',
    path: '/api/v1/rules/check',
    url: () => '/api/v1/rules/check',
    kind: 'write',
    text: 'text',
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/contracts',
    url: (i) => `/api/v1/cases/${i.case}/contracts`,
    kind: 'write',
    text: 'text',
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/contracts',
    url: (i) => `/api/v1/cases/${i.case}/contracts`,
    kind: 'item',
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/contracts/{contractId}',
    url: (i) => `/api/v1/cases/${i.case}/contracts/${i.contract}`,
    kind: 'item',
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/contracts/{contractId}/document',
    url: (i) => `/api/v1/cases/${i.case}/contracts/${i.contract}/document`,
    kind: 'item',
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/contracts/{contractId}/recheck',
    url: (i) => `/api/v1/cases/${i.case}/contracts/${i.contract}/recheck`,
    kind: 'command',
  },
  {
    method: 'post',
    path: '/api/v1/contracts/recheck',
    url: () => '/api/v1/contracts/recheck',
    kind: 'command',
  },
  {
    method: 'get',
    path: '/api/v1/contracts/recheck/{jobId}',
    url: () => `/api/v1/contracts/recheck/${UNKNOWN}`,
    kind: 'item',
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/consents',
    url: (i) => `/api/v1/cases/${i.case}/consents`,
    kind: 'write',
    valid: { recipient: 'provider', givenAt: '2026-03-01' },
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/consents/{consentId}/withdraw',
    url: (i) => `/api/v1/cases/${i.case}/consents/${i.consent}/withdraw`,
    kind: 'write',
    valid: { withdrawnAt: '2026-03-02' },
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/letters',
    url: (i) => `/api/v1/cases/${i.case}/letters`,
    kind: 'write',
    valid: { template: 'advisory', delivery: 'post' },
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/letters',
    url: (i) => `/api/v1/cases/${i.case}/letters`,
    kind: 'item',
  },
  {
    method: 'get',
    path: '/api/v1/letters/{id}',
    url: (i) => `/api/v1/letters/${i.letter}`,
    kind: 'item',
  },
  {
    method: 'patch',
    path: '/api/v1/letters/{id}',
    url: (i) => `/api/v1/letters/${i.letter}`,
    kind: 'write',
    valid: { delivery: 'post' },
  },
  {
    method: 'get',
    path: '/api/v1/letters/{id}/pdf',
    url: (i) => `/api/v1/letters/${i.letter}/pdf`,
    kind: 'item',
  },
  {
    method: 'post',
    path: '/api/v1/letters/{id}/send',
    url: (i) => `/api/v1/letters/${i.letter}/send`,
    kind: 'command',
  },
  {
    method: 'post',
    path: '/api/v1/letters/{id}/discard',
    url: (i) => `/api/v1/letters/${i.letter}/discard`,
    kind: 'command',
  },
  {
    method: 'get',
    path: '/api/v1/public/answers/{token}',
    url: () => `/api/v1/public/answers/${'a'.repeat(26)}`,
    kind: 'item',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/public/answers/{token}',
    url: () => `/api/v1/public/answers/${'a'.repeat(26)}`,
    kind: 'write',
    text: 'text',
    public: true,
  },
  { method: 'get', path: '/health', url: () => '/health', kind: 'item', public: true },
  {
    method: 'get',
    path: '/api/v1/public/facilities',
    url: () => '/api/v1/public/facilities',
    kind: 'list',
    public: true,
    unpaged: true,
  },
  {
    method: 'post',
    path: '/api/v1/public/complaints',
    url: () => '/api/v1/public/complaints',
    kind: 'write',
    text: 'description',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/login',
    url: () => '/api/v1/auth/login',
    kind: 'write',
    text: 'password',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/refresh',
    url: () => '/api/v1/auth/refresh',
    kind: 'write',
    text: 'refreshToken',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/password',
    url: () => '/api/v1/auth/password',
    kind: 'write',
    text: 'newPassword',
    public: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/logout',
    url: () => '/api/v1/auth/logout',
    kind: 'command',
  },
  { method: 'get', path: '/api/v1/auth/me', url: () => '/api/v1/auth/me', kind: 'item' },
  {
    method: 'get',
    path: '/api/v1/auth/oidc/login',
    url: () => '/api/v1/auth/oidc/login',
    kind: 'item',
    public: true,
  },
  {
    method: 'get',
    path: '/api/v1/auth/oidc/callback',
    url: () => '/api/v1/auth/oidc/callback',
    kind: 'item',
    public: true,
  },
  { method: 'get', path: '/api/v1/users', url: () => '/api/v1/users', kind: 'list', admin: true },
  { method: 'get', path: '/api/v1/audit', url: () => '/api/v1/audit', kind: 'list', admin: true },
  {
    method: 'post',
    path: '/api/v1/guardians/access-export',
    url: () => '/api/v1/guardians/access-export',
    kind: 'write',
    text: 'email',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/reports/case-counts',
    url: () => '/api/v1/reports/case-counts',
    kind: 'list',
    unpaged: true,
  },
  {
    method: 'get',
    path: '/api/v1/reports/inquiry-answer',
    url: () => '/api/v1/reports/inquiry-answer',
    kind: 'list',
    unpaged: true,
  },
  {
    method: 'get',
    path: '/api/v1/reports/reference-populations',
    url: () => '/api/v1/reports/reference-populations',
    kind: 'list',
    unpaged: true,
  },
  {
    method: 'post',
    path: '/api/v1/reports/reference-populations',
    url: () => '/api/v1/reports/reference-populations',
    kind: 'write',
    admin: true,
  },
  {
    // Its year in the path: test/reference-populations.e2e-spec.ts names a bad and an unknown one.
    method: 'delete',
    path: '/api/v1/reports/reference-populations/{year}',
    url: () => '/api/v1/reports/reference-populations/2025',
    kind: 'item',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/audit/export.csv',
    url: () => '/api/v1/audit/export.csv',
    kind: 'item',
    admin: true,
  },
  {
    method: 'post',
    path: '/api/v1/users',
    url: () => '/api/v1/users',
    kind: 'write',
    text: 'password',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/users/{id}',
    url: (i) => `/api/v1/users/${i.user}`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'patch',
    path: '/api/v1/users/{id}',
    url: (i) => `/api/v1/users/${i.user}`,
    kind: 'write',
    text: 'password',
    admin: true,
  },
  {
    method: 'post',
    path: '/api/v1/funding/allocations',
    url: () => '/api/v1/funding/allocations',
    kind: 'write',
    text: 'amount',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/allocations',
    url: () => '/api/v1/funding/allocations',
    kind: 'list',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/allocations/{id}',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'post',
    path: '/api/v1/funding/allocations/{id}/expenditures',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/expenditures`,
    kind: 'write',
    text: 'description',
    admin: true,
    valid: { category: 'supervision', amount: '1.00', description: 'Supervision' },
  },
  {
    method: 'get',
    path: '/api/v1/funding/allocations/{id}/expenditures',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/expenditures`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'post',
    path: '/api/v1/funding/allocations/{id}/expenditures/import',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/expenditures/import`,
    kind: 'write',
    admin: true,
  },
  {
    method: 'post',
    path: '/api/v1/funding/allocations/{id}/settlement',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/settlement`,
    kind: 'write',
    text: 'deemedProperlyUsed',
    admin: true,
    valid: { deemedProperlyUsed: '1.00', agreedAt: '2022-03-15' },
  },
  {
    method: 'get',
    path: '/api/v1/funding/allocations/{id}/assessment',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/assessment`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'post',
    path: '/api/v1/funding/allocations/{id}/ministry-notice',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/ministry-notice`,
    kind: 'command',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/allocations/{id}/letters',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/letters`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/allocations/{id}/letters/{letterId}/pdf',
    url: (i) => `/api/v1/funding/allocations/${i.allocation}/letters/${i.allocationLetter}/pdf`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/reminders',
    url: () => '/api/v1/funding/reminders',
    kind: 'list',
    admin: true,
    unpaged: true,
  },
  {
    method: 'post',
    path: '/api/v1/funding/schools',
    url: () => '/api/v1/funding/schools',
    kind: 'write',
    text: 'name',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/schools',
    url: () => '/api/v1/funding/schools',
    kind: 'list',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/schools/{id}',
    url: (i) => `/api/v1/funding/schools/${i.school}`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'patch',
    path: '/api/v1/funding/schools/{id}',
    url: (i) => `/api/v1/funding/schools/${i.school}`,
    kind: 'write',
    text: 'name',
    admin: true,
  },
  {
    method: 'post',
    path: '/api/v1/funding/pool-models',
    url: () => '/api/v1/funding/pool-models',
    kind: 'write',
    text: 'name',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/pool-models',
    url: () => '/api/v1/funding/pool-models',
    kind: 'list',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/pool-models/{id}',
    url: (i) => `/api/v1/funding/pool-models/${i.poolModel}`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'patch',
    path: '/api/v1/funding/pool-models/{id}',
    url: (i) => `/api/v1/funding/pool-models/${i.poolModel}`,
    kind: 'write',
    text: 'notes',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/funding/districts/{id}/overview',
    url: (i) => `/api/v1/funding/districts/${i.district}/overview`,
    kind: 'item',
    admin: true,
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/pool-model',
    url: (i) => `/api/v1/cases/${i.case}/pool-model`,
    kind: 'item',
  },
];

const label = (r: Route) => `${r.method.toUpperCase()} ${r.path}`;
const writes = ROUTES.filter((r) => r.kind === 'write').map((r) => [label(r), r] as const);
const guarded = ROUTES.filter((r) => !r.public).map((r) => [label(r), r] as const);
const commands = ROUTES.filter((r) => r.kind === 'command').map((r) => [label(r), r] as const);
const withId = ROUTES.filter((r) => r.path.includes('{id}')).map((r) => [label(r), r] as const);
const lists = ROUTES.filter((r) => r.kind === 'list').map((r) => [label(r), r] as const);

describe('bad input on every route', () => {
  let t: TestApp;
  let admin: Api;
  const ids = {} as Ids;
  /** Requests as someone the route is meant for. */
  const caller = (route: Route) => (route.admin ? admin : t.api());

  beforeAll(async () => {
    t = await startTestApp();
    ids.facility = await createFacility(t);
    ids.case = (await createCase(t, ids.facility)).id;
    ids.contract = (
      await t
        .api()
        .post(`/api/v1/cases/${ids.case}/contracts`)
        .send({ text: 'Fehlt die Assistenz, bleibt das Kind zu Hause.' })
        .expect(201)
    ).body.id;
    ids.provider = (
      await t.api().post('/api/v1/providers').send(makeProvider()).expect(201)
    ).body.id;
    ids.consent = (
      await t
        .api()
        .post(`/api/v1/cases/${ids.case}/consents`)
        .send({ recipient: 'provider', givenAt: '2026-03-01' })
        .expect(201)
    ).body.id;
    ids.letter = (
      await t
        .api()
        .post(`/api/v1/cases/${ids.case}/letters`)
        .send({ template: 'advisory', delivery: 'post' })
        .expect(201)
    ).body.id;
    ids.followUp = await followUpOf(t, ids.case);
    ids.district = (await t.api().get('/api/v1/districts').expect(200)).body[0].id;
    admin = await t.as('admin');
    ids.user = (await admin.get('/api/v1/users').expect(200)).body.items[0].id;
    ids.allocation = (
      await admin
        .post('/api/v1/funding/allocations')
        .send({
          districtId: ids.district,
          schoolYear: '2020/2021',
          amount: '100.00',
          decidedAt: '2020-11-02',
          paidAt: '2021-01-15',
        })
        .expect(201)
    ).body.id;
    ids.allocationLetter = (
      await admin.post(`/api/v1/funding/allocations/${ids.allocation}/ministry-notice`).expect(201)
    ).body.id;
    ids.school = (
      await admin
        .post('/api/v1/funding/schools')
        .send({
          name: 'Grundschule',
          level: 'primary',
          commonLearning: true,
          schoolAuthority: 'Stadt',
          districtId: ids.district,
        })
        .expect(201)
    ).body.id;
    ids.poolModel = (
      await admin
        .post('/api/v1/funding/pool-models')
        .send({ name: 'Pool', districtId: ids.district })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('covers every route of the OpenAPI document', async () => {
    const doc = await t.api().get('/api/docs-json').expect(200);
    const documented = Object.entries(doc.body.paths as Record<string, object>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(ROUTES.map(label).sort());
  });

  const count = async () =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT (SELECT count(*) FROM providers) + (SELECT count(*) FROM facilities)
            + (SELECT count(*) FROM cases) + (SELECT count(*) FROM case_events)
            + (SELECT count(*) FROM funding_allocations) + (SELECT count(*) FROM funding_expenditures)
            + (SELECT count(*) FROM funding_schools) + (SELECT count(*) FROM funding_pool_models) AS n`,
      )
    )[0].n;

  describe.each(writes)('%s', (_name, route) => {
    const send = () => caller(route)[route.method](route.url(ids));

    it('answers malformed JSON with 400', async () => {
      const before = await count();
      const res = await send().set('Content-Type', 'application/json').send('{"name": ');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('malformed_json');
      expect(await count()).toBe(before);
    });

    it('answers a body over 1 MB with 413', async () => {
      const res = await send().send({ description: 'x'.repeat(1024 * 1024 + 10) });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('payload_too_large');
    });

    it('answers a body that is not JSON with 415', async () => {
      const res = await send()
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send('name=x');
      expect(res.status).toBe(415);
    });

    it('answers a JSON array with 400', async () => {
      const res = await send().send([{}]);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'body', code: 'not_an_object' });
    });

    // Only bodies with a text field: the others have nothing to hold a NUL.
    if (route.text) {
      it('names a text field holding a NUL character', async () => {
        const error = expectFieldError(
          await send().send({ [route.text!]: 'a\u0000b' }),
          route.text!,
        );
        expect(error.code).toBe('controlCharacters');
      });
    }

    it('names an unknown field and writes nothing', async () => {
      const before = await count();
      expectFieldError(await send().send({ surprise: true }), 'surprise', 'unknown_field');
      expect(await count()).toBe(before);
    });
  });

  describe.each(guarded)('%s', (_name, route) => {
    it('answers 401 without credentials and with a forged token', async () => {
      const bare = await t.anonymous()[route.method](route.url(ids));
      expect(bare.status).toBe(401);
      expect(bare.body).toMatchObject({
        code: 'not_signed_in',
        message: 'Bitte melden Sie sich an.',
      });
      const forged = await t
        .anonymous()
        [route.method](route.url(ids))
        .set('Authorization', `Bearer ${t.accessToken.slice(0, -2)}xx`);
      expect(forged.status).toBe(401);
    });
  });

  describe.each(commands)('%s', (_name, route) => {
    it('answers malformed JSON with 400 and a body over 1 MB with 413, doing nothing', async () => {
      const bad = await t
        .api()
        [route.method](route.url(ids))
        .set('Content-Type', 'application/json')
        .send('{"x": ');
      expect(bad.status).toBe(400);
      const big = await t
        .api()
        [route.method](route.url(ids))
        .send({ x: 'x'.repeat(1024 * 1024 + 10) });
      expect(big.status).toBe(413);
      await t.api().get('/api/v1/auth/me').expect(200);
    });
  });

  describe.each(withId)('%s', (_name, route) => {
    // A body that passes validation, so that only the id can be wrong.
    const valid =
      route.valid ??
      (route.path.endsWith('/transitions')
        ? { to: 'assessing', reason: 'Prüfung' }
        : route.path.endsWith('/contracts')
          ? { text: 'Der Vertrag gilt ab dem 1. August.' }
          : {});
    const call = (url: string) => {
      const request = caller(route)[route.method](url);
      return route.method === 'get' ? request : request.send(valid);
    };

    it('answers an id that is not a UUID with 400 naming it', async () => {
      expectFieldError(await call(route.url(ids).replace(/[0-9a-f-]{36}/, 'abc')), 'id', 'isUuid');
    });

    it('answers an unknown id with 404', async () => {
      const res = await call(route.url(ids).replace(/[0-9a-f-]{36}/, UNKNOWN));
      expect(res.status).toBe(404);
      expect(res.body.message).toMatch(/^Diese[nrs]? .* gibt es nicht\.$/);
    });
  });

  describe.each(lists)('%s', (_name, route) => {
    it('names an unknown query parameter', async () => {
      expectFieldError(
        await caller(route).get(`${route.url(ids)}?orderBy=name`),
        'orderBy',
        'unknown_field',
      );
    });

    it('names a bad page size and a forged cursor', async () => {
      if (route.unpaged) return; // a short list
      expectFieldError(await caller(route).get(`${route.url(ids)}?limit=-1`), 'limit');
      expectFieldError(
        await caller(route).get(`${route.url(ids)}?cursor=WzEsMiwzXQ`),
        'cursor',
        'invalid_cursor',
      );
    });
  });
});
