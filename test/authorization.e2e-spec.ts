import { hashPassword } from '@teilhabe/auth';
import type { Response } from 'supertest';
import {
  createCase,
  createFacility,
  districtId,
  makeCase,
  makeFacility,
  makeProvider,
} from './support/builders';
import { type Api, startTestApp, TEST_USER, type TestApp } from './support/test-app';

type Role = 'admin' | 'team_lead' | 'caseworker' | 'committee';
type Where = 'own' | 'foreign';
const ROLES: Role[] = ['admin', 'team_lead', 'caseworker', 'committee'];
const STAFF: Role[] = ['admin', 'team_lead', 'caseworker'];
const CASE_ROLES: Role[] = ['team_lead', 'caseworker'];

interface Fixture {
  facility: Record<Where, string>;
  case: Record<Where, string>;
  contract: Record<Where, string>;
  district: Record<Where, string>;
  provider: string;
  user: string;
}

/**
 * How a route is reached (`run`), who may (`roles`) and how districts limit it (`scope`):
 * `path` — a record of another district answers 404; `body` — a reference to one answers 400;
 * `list` — a list holds only the own district's records; `none` — districts do not matter.
 * Administrators are not bound to districts where they have access at all.
 */
interface Probe {
  route: string;
  roles: Role[] | 'public';
  scope: 'path' | 'body' | 'list' | 'none';
  run: (api: Api, f: Fixture, where: Where, t: TestApp, role: Role) => Promise<Response>;
  /** For public routes: the status anyone gets (single sign-on is not set up here). */
  status?: number;
}

let n = 0;
const CLAUSE = 'Fehlt die Integrationskraft, bleibt das Kind zu Hause.';
const PROBES: Probe[] = [
  {
    route: 'GET /health',
    roles: 'public',
    scope: 'none',
    run: (_a, _f, _w, t) => t.anonymous().get('/health'),
  },
  {
    route: 'POST /api/v1/auth/login',
    roles: 'public',
    scope: 'none',
    run: (_a, _f, _w, t) => t.anonymous().post('/api/v1/auth/login').send(TEST_USER),
  },
  {
    route: 'POST /api/v1/auth/refresh',
    roles: 'public',
    scope: 'none',
    run: async (_a, _f, _w, t) => {
      const login = await t.anonymous().post('/api/v1/auth/login').send(TEST_USER);
      return t
        .anonymous()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: login.body.refreshToken });
    },
  },
  {
    route: 'POST /api/v1/auth/password',
    roles: 'public',
    scope: 'none',
    status: 204,
    run: async (_a, _f, _w, t) => {
      const email = `wechsel-${++n}@teilhabe.test`;
      await t.dataSource.query(
        `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'caseworker')`,
        [email, await hashPassword(TEST_USER.password)],
      );
      return t
        .anonymous()
        .post('/api/v1/auth/password')
        .send({ email, password: TEST_USER.password, newPassword: 'Ein-neues-Passwort-2026' });
    },
  },
  {
    route: 'GET /api/v1/auth/oidc/login',
    roles: 'public',
    scope: 'none',
    status: 404,
    run: (_a, _f, _w, t) => t.anonymous().get('/api/v1/auth/oidc/login'),
  },
  {
    route: 'GET /api/v1/auth/oidc/callback',
    roles: 'public',
    scope: 'none',
    status: 404,
    run: (_a, _f, _w, t) => t.anonymous().get('/api/v1/auth/oidc/callback'),
  },
  {
    route: 'GET /api/v1/auth/me',
    roles: ROLES,
    scope: 'none',
    run: (a) => a.get('/api/v1/auth/me'),
  },
  {
    route: 'POST /api/v1/auth/logout',
    roles: ROLES,
    scope: 'none',
    // A session of its own each time, since signing out ends it.
    run: async (_a, _f, _w, t, role) => (await t.as(role)).post('/api/v1/auth/logout'),
  },
  {
    route: 'GET /api/v1/districts',
    roles: ROLES,
    scope: 'none',
    run: (a) => a.get('/api/v1/districts'),
  },
  {
    route: 'GET /api/v1/districts/{id}',
    roles: ROLES,
    scope: 'none',
    run: (a, f, w) => a.get(`/api/v1/districts/${f.district[w]}`),
  },
  {
    route: 'GET /api/v1/providers',
    roles: STAFF,
    scope: 'none',
    run: (a) => a.get('/api/v1/providers'),
  },
  {
    route: 'POST /api/v1/providers',
    roles: STAFF,
    scope: 'none',
    run: (a) => a.post('/api/v1/providers').send(makeProvider()),
  },
  {
    route: 'GET /api/v1/providers/{id}',
    roles: STAFF,
    scope: 'none',
    run: (a, f) => a.get(`/api/v1/providers/${f.provider}`),
  },
  {
    route: 'PATCH /api/v1/providers/{id}',
    roles: STAFF,
    scope: 'none',
    run: (a, f) =>
      a.patch(`/api/v1/providers/${f.provider}`).send({ email: 'neu@traeger.example' }),
  },
  {
    route: 'GET /api/v1/facilities',
    roles: STAFF,
    scope: 'list',
    run: (a) => a.get('/api/v1/facilities?limit=200'),
  },
  {
    route: 'POST /api/v1/facilities',
    roles: STAFF,
    scope: 'body',
    run: (a, f, w) => a.post('/api/v1/facilities').send(makeFacility(f.provider, f.district[w])),
  },
  {
    route: 'GET /api/v1/facilities/{id}',
    roles: STAFF,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/facilities/${f.facility[w]}`),
  },
  {
    route: 'PATCH /api/v1/facilities/{id}',
    roles: STAFF,
    scope: 'path',
    run: (a, f, w) =>
      a.patch(`/api/v1/facilities/${f.facility[w]}`).send({ name: `Kita Umbenannt ${++n}` }),
  },
  {
    route: 'GET /api/v1/cases',
    roles: CASE_ROLES,
    scope: 'list',
    run: (a) => a.get('/api/v1/cases?limit=200'),
  },
  {
    route: 'POST /api/v1/cases',
    roles: CASE_ROLES,
    scope: 'body',
    run: (a, f, w) => a.post('/api/v1/cases').send(makeCase(f.facility[w])),
  },
  {
    route: 'GET /api/v1/cases/{id}',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}`),
  },
  {
    route: 'PATCH /api/v1/cases/{id}',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.patch(`/api/v1/cases/${f.case[w]}`).send({ description: `Ergänzt ${++n}` }),
  },
  {
    route: 'POST /api/v1/cases/{id}/transitions',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => {
      const fresh = await createCase(t, f.facility[w]);
      return a
        .post(`/api/v1/cases/${fresh.id}/transitions`)
        .send({ to: 'assessing', reason: 'Prüfung' });
    },
  },
  {
    route: 'GET /api/v1/cases/{id}/assessment',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/assessment`),
  },
  {
    route: 'GET /api/v1/rules',
    roles: ROLES,
    scope: 'none',
    run: (a) => a.get('/api/v1/rules'),
  },
  {
    route: 'POST /api/v1/rules/check',
    roles: CASE_ROLES,
    scope: 'none',
    run: (a) => a.post('/api/v1/rules/check').send({ text: CLAUSE, setting: 'kita' }),
  },
  {
    route: 'POST /api/v1/cases/{id}/contracts',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.post(`/api/v1/cases/${f.case[w]}/contracts`).send({ text: CLAUSE }),
  },
  {
    route: 'GET /api/v1/cases/{id}/contracts',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/contracts`),
  },
  {
    route: 'GET /api/v1/cases/{id}/contracts/{contractId}',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/contracts/${f.contract[w]}`),
  },
  {
    route: 'GET /api/v1/cases/{id}/contracts/{contractId}/document',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/contracts/${f.contract[w]}/document`),
  },
  {
    route: 'POST /api/v1/cases/{id}/contracts/{contractId}/recheck',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.post(`/api/v1/cases/${f.case[w]}/contracts/${f.contract[w]}/recheck`),
  },
  {
    route: 'POST /api/v1/contracts/recheck',
    roles: ['team_lead'],
    scope: 'none',
    run: (a) => a.post('/api/v1/contracts/recheck'),
  },
  {
    route: 'GET /api/v1/contracts/recheck/{jobId}',
    roles: ['team_lead'],
    scope: 'none',
    run: async (a) => {
      const job = await a.post('/api/v1/contracts/recheck');
      const id = (job.body as { id?: string }).id ?? '00000000-0000-4000-8000-000000000000';
      return a.get(`/api/v1/contracts/recheck/${id}`);
    },
  },
  {
    route: 'GET /api/v1/users',
    roles: ['admin'],
    scope: 'none',
    run: (a) => a.get('/api/v1/users'),
  },
  {
    route: 'GET /api/v1/audit',
    roles: ['admin'],
    scope: 'none',
    run: (a) => a.get('/api/v1/audit'),
  },
  {
    route: 'POST /api/v1/guardians/access-export',
    roles: ['admin'],
    scope: 'none',
    run: (a) => a.post('/api/v1/guardians/access-export').send({ email: 'x@example.org' }),
  },
  {
    route: 'GET /api/v1/audit/export.csv',
    roles: ['admin'],
    scope: 'none',
    run: (a) => a.get('/api/v1/audit/export.csv?action=none'),
  },
  {
    route: 'POST /api/v1/users',
    roles: ['admin'],
    scope: 'none',
    run: (a, f) =>
      a.post('/api/v1/users').send({
        email: `neu${++n}@lvr.example`,
        password: 'Ein-langes-Passwort-1',
        role: 'caseworker',
        districtIds: [f.district.own],
      }),
  },
  {
    route: 'GET /api/v1/users/{id}',
    roles: ['admin'],
    scope: 'none',
    run: (a, f) => a.get(`/api/v1/users/${f.user}`),
  },
  {
    route: 'PATCH /api/v1/users/{id}',
    roles: ['admin'],
    scope: 'none',
    run: (a, f) => a.patch(`/api/v1/users/${f.user}`).send({ districtIds: [f.district.own] }),
  },
];

describe('who may do what: every route × every role × own and foreign district', () => {
  let t: TestApp;
  const fixture = {} as Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    fixture.district = { own: await districtId(t, 'Köln'), foreign: await districtId(t, 'Bonn') };
    fixture.facility = {
      own: await createFacility(t, { district: 'Köln' }),
      foreign: await createFacility(t, { district: 'Bonn' }),
    };
    fixture.case = {
      own: (await createCase(t, fixture.facility.own)).id,
      foreign: (await createCase(t, fixture.facility.foreign)).id,
    };
    const contract = async (caseId: string) =>
      (await t.api().post(`/api/v1/cases/${caseId}/contracts`).send({ text: CLAUSE }).expect(201))
        .body.id as string;
    fixture.contract = {
      own: await contract(fixture.case.own),
      foreign: await contract(fixture.case.foreign),
    };
    fixture.provider = (
      await t.api().post('/api/v1/providers').send(makeProvider()).expect(201)
    ).body.id;
    const admin = await t.as('admin');
    fixture.user = (
      await admin
        .post('/api/v1/users')
        .send({
          email: 'ziel@lvr.example',
          password: 'Ein-langes-Passwort-1',
          role: 'caseworker',
          districtIds: [],
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('has a rule for every route of the API', async () => {
    const doc = await t.api().get('/api/docs-json').expect(200);
    const routes = Object.entries(doc.body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(PROBES.map((p) => p.route).sort());
  });

  it.each(PROBES.filter((p) => p.roles === 'public').map((p) => [p.route, p] as const))(
    '%s is open to anyone',
    async (_route, probe) => {
      const res = await probe.run(t.api(), fixture, 'own', t, 'team_lead');
      expect(res.status).toBe(probe.status ?? 200);
    },
  );

  describe.each(ROLES)('as %s of Köln', (role) => {
    let api: Api;
    beforeAll(async () => {
      api = await t.as(role, role === 'admin' || role === 'committee' ? [] : ['Köln']);
    });

    const probes = PROBES.filter((p) => p.roles !== 'public');

    it.each(probes.map((p) => [p.route, p] as const))('%s', async (_route, probe) => {
      const allowed = (probe.roles as Role[]).includes(role);
      const bound = role === 'team_lead' || role === 'caseworker';
      for (const where of ['own', 'foreign'] as const) {
        const res = await probe.run(api, fixture, where, t, role);
        const context = `${probe.route} as ${role} (${where}): ${res.status} ${JSON.stringify(res.body)}`;
        if (!allowed) {
          expect({ context, status: res.status }).toEqual({ context, status: 403 });
          expect(res.body.message).toBe('Dafür fehlt Ihnen die Berechtigung.');
          continue;
        }
        const blocked = bound && where === 'foreign';
        if (blocked && probe.scope === 'path') {
          expect({ context, status: res.status }).toEqual({ context, status: 404 });
        } else if (blocked && probe.scope === 'body') {
          expect({ context, status: res.status }).toEqual({ context, status: 400 });
        } else {
          expect({ context, ok: res.status >= 200 && res.status < 300 }).toEqual({
            context,
            ok: true,
          });
        }
        if (probe.scope === 'list') {
          const ids = (res.body.items as { id: string }[]).map((i) => i.id);
          const kind = probe.route.includes('cases') ? fixture.case : fixture.facility;
          expect(ids).toContain(kind.own);
          if (bound) expect(ids).not.toContain(kind.foreign);
          else expect(ids).toContain(kind.foreign);
        }
      }
    });
  });
});
