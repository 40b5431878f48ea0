import { createCase, createFacility, makeProvider } from './support/builders';
import { expectFieldError } from './support/expectations';
import { type Api, startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Ids = {
  provider: string;
  facility: string;
  case: string;
  contract: string;
  district: string;
  user: string;
};

interface Route {
  method: 'get' | 'post' | 'patch';
  path: string;
  /** The path with real ids filled in. */
  url: (ids: Ids) => string;
  /** `command`: a POST without a body (sign-out). */
  kind: 'list' | 'item' | 'write' | 'command';
  /** A text field of the body, for the control-character test. */
  text?: string;
  /** Callable without signing in. */
  public?: boolean;
  /** Only for administrators. */
  admin?: boolean;
}

/*
 * Every route of the API. The first test compares this table with the OpenAPI document, so a
 * new route fails the build until it is added here and so covered by the bad-input tests.
 */
const ROUTES: Route[] = [
  { method: 'get', path: '/api/v1/districts', url: () => '/api/v1/districts', kind: 'list' },
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
  { method: 'get', path: '/health', url: () => '/health', kind: 'item', public: true },
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
    ids.district = (await t.api().get('/api/v1/districts').expect(200)).body[0].id;
    admin = await t.as('admin');
    ids.user = (await admin.get('/api/v1/users').expect(200)).body.items[0].id;
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
            + (SELECT count(*) FROM cases) + (SELECT count(*) FROM case_events) AS n`,
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

    it('names a text field holding a NUL character', async () => {
      const error = expectFieldError(await send().send({ [route.text!]: 'a\u0000b' }), route.text!);
      expect(error.code).toBe('controlCharacters');
    });

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
    const valid = route.path.endsWith('/transitions')
      ? { to: 'assessing', reason: 'Prüfung' }
      : route.path.endsWith('/contracts')
        ? { text: 'Der Vertrag gilt ab dem 1. August.' }
        : {};
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
      if (route.path === '/api/v1/districts') return; // one short list, not paged
      expectFieldError(await caller(route).get(`${route.url(ids)}?limit=-1`), 'limit');
      expectFieldError(
        await caller(route).get(`${route.url(ids)}?cursor=WzEsMiwzXQ`),
        'cursor',
        'invalid_cursor',
      );
    });
  });
});
