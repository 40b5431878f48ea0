import { hashPassword } from '@teilhabe/auth';
import type { Response } from 'supertest';
import {
  createCase,
  createFacility,
  districtId,
  makeCase,
  makeComplaint,
  makeFacility,
  makeProvider,
} from './support/builders';
import { followUpOf } from './support/follow-ups';
import { type Api, startTestApp, TEST_USER, type TestApp } from './support/test-app';

type Role = 'admin' | 'team_lead' | 'caseworker' | 'committee' | 'funding_controller';
type Where = 'own' | 'foreign';
const ROLES: Role[] = ['admin', 'team_lead', 'caseworker', 'committee', 'funding_controller'];
const FUNDING: Role[] = ['admin', 'funding_controller'];
const STAFF: Role[] = ['admin', 'team_lead', 'caseworker'];
const CASE_ROLES: Role[] = ['team_lead', 'caseworker'];
const REPORT_ROLES: Role[] = ['committee', 'team_lead', 'caseworker'];

interface Fixture {
  facility: Record<Where, string>;
  case: Record<Where, string>;
  contract: Record<Where, string>;
  district: Record<Where, string>;
  provider: string;
  user: string;
  allocation: Record<Where, string>;
  school: Record<Where, string>;
  poolModel: Record<Where, string>;
  letter: Record<Where, string>;
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
  /** For `list` routes other than cases and facilities: the records the list must (not) hold. */
  listed?: (f: Fixture) => Record<Where, string>;
}

let n = 0;

/** A draft letter to the provider (by post) on a case, made by the test's team lead. */
async function letter(t: TestApp, caseId: string): Promise<string> {
  const res = await t
    .api()
    .post(`/api/v1/cases/${caseId}/letters`)
    .send({ template: 'advisory', delivery: 'post' });
  if (res.status !== 201) throw new Error(`no letter: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

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
    route: 'GET /api/v1/public/facilities',
    roles: 'public',
    scope: 'none',
    run: (_a, _f, _w, t) => t.anonymous().get('/api/v1/public/facilities?q=Kita'),
  },
  {
    route: 'POST /api/v1/public/complaints',
    roles: 'public',
    scope: 'none',
    status: 201,
    run: (_a, f, _w, t) =>
      t.anonymous().post('/api/v1/public/complaints').send(makeComplaint(f.facility.own)),
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
    route: 'GET /api/v1/cases/count',
    roles: CASE_ROLES,
    scope: 'none',
    run: (a, f, w) => a.get(`/api/v1/cases/count?facilityId=${f.facility[w]}`),
  },
  {
    route: 'GET /api/v1/cases/facility-counts',
    roles: CASE_ROLES,
    scope: 'none',
    run: (a, f, w) => a.get(`/api/v1/cases/facility-counts?facilityId=${f.facility[w]}`),
  },
  {
    route: 'POST /api/v1/cases/{id}/notes',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.post(`/api/v1/cases/${f.case[w]}/notes`).send({ text: `Notiz ${++n}` }),
  },
  {
    route: 'GET /api/v1/cases/{id}/assignees',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/assignees`),
  },
  {
    route: 'PUT /api/v1/cases/{id}/assignee',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => {
      // Taking a case nobody works yet: what a caseworker may do, too.
      const fresh = await createCase(t, f.facility[w]);
      const me = await a.get('/api/v1/auth/me');
      return a.put(`/api/v1/cases/${fresh.id}/assignee`).send({ assigneeId: me.body.id });
    },
  },
  {
    route: 'POST /api/v1/cases/{id}/reopen',
    roles: ['team_lead'],
    scope: 'path',
    run: async (a, f, w, t) => {
      const fresh = await createCase(t, f.facility[w]);
      for (const to of ['assessing', 'provider_contacted', 'resolved']) {
        await t.api().post(`/api/v1/cases/${fresh.id}/transitions`).send({ to, reason: 'Weiter' });
      }
      return a.post(`/api/v1/cases/${fresh.id}/reopen`).send({ reason: 'Neue Beschwerde' });
    },
  },
  {
    route: 'GET /api/v1/cases/{id}/assessment',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/assessment`),
  },
  {
    route: 'GET /api/v1/follow-ups',
    roles: CASE_ROLES,
    scope: 'none',
    run: (a) => a.get('/api/v1/follow-ups'),
  },
  {
    route: 'GET /api/v1/cases/{id}/follow-ups',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/follow-ups`),
  },
  {
    route: 'POST /api/v1/follow-ups/{id}/pause',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => {
      const id = await followUpOf(t, f.case[w]);
      return a.post(`/api/v1/follow-ups/${id}/pause`).send({ reason: 'Warten auf das Jugendamt.' });
    },
  },
  {
    route: 'POST /api/v1/follow-ups/{id}/resume',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => {
      const id = await followUpOf(t, f.case[w]);
      await t.api().post(`/api/v1/follow-ups/${id}/pause`).send({ reason: 'Warten.' });
      return a.post(`/api/v1/follow-ups/${id}/resume`);
    },
  },
  {
    route: 'GET /api/v1/escalations',
    roles: ['team_lead'],
    scope: 'none',
    run: (a) => a.get('/api/v1/escalations'),
  },
  {
    route: 'POST /api/v1/escalations/{id}/acknowledge',
    roles: ['team_lead'],
    scope: 'path',
    run: async (a, f, w, t) => {
      // A second complaint about the facility's provider: an escalation of its district.
      const fresh = await createCase(t, f.facility[w]);
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM escalations WHERE case_id = $1`,
        [fresh.id],
      );
      return a.post(`/api/v1/escalations/${row.id}/acknowledge`);
    },
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
    route: 'POST /api/v1/cases/{id}/contracts/{contractId}/withdraw',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => {
      const contract = await t
        .api()
        .post(`/api/v1/cases/${f.case[w]}/contracts`)
        .send({ text: CLAUSE });
      return a
        .post(`/api/v1/cases/${f.case[w]}/contracts/${contract.body.id}/withdraw`)
        .send({ reason: 'Versehentlich hochgeladen.' });
    },
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
    route: 'POST /api/v1/cases/{id}/consents',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => {
      const fresh = await createCase(t, f.facility[w]);
      return a
        .post(`/api/v1/cases/${fresh.id}/consents`)
        .send({ recipient: 'provider', givenAt: '2026-03-01' });
    },
  },
  {
    route: 'POST /api/v1/cases/{id}/consents/{consentId}/withdraw',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => {
      const fresh = await createCase(t, f.facility[w]);
      const consent = await t
        .api()
        .post(`/api/v1/cases/${fresh.id}/consents`)
        .send({ recipient: 'provider', givenAt: '2026-03-01' });
      return a
        .post(`/api/v1/cases/${fresh.id}/consents/${consent.body.id}/withdraw`)
        .send({ withdrawnAt: '2026-03-02' });
    },
  },
  {
    route: 'POST /api/v1/cases/{id}/letters',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) =>
      a.post(`/api/v1/cases/${f.case[w]}/letters`).send({ template: 'advisory', delivery: 'post' }),
  },
  {
    route: 'GET /api/v1/cases/{id}/letters',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/letters`),
  },
  {
    route: 'GET /api/v1/letters/{id}',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => a.get(`/api/v1/letters/${await letter(t, f.case[w])}`),
  },
  {
    route: 'PATCH /api/v1/letters/{id}',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) =>
      a.patch(`/api/v1/letters/${await letter(t, f.case[w])}`).send({ delivery: 'email' }),
  },
  {
    route: 'GET /api/v1/reports/case-counts',
    roles: REPORT_ROLES,
    scope: 'none',
    run: (a) => a.get('/api/v1/reports/case-counts?groupBy=district,pattern'),
  },
  {
    route: 'GET /api/v1/reports/inquiry-answer',
    roles: REPORT_ROLES,
    scope: 'none',
    run: (a) => a.get('/api/v1/reports/inquiry-answer?format=docx'),
  },
  {
    route: 'GET /api/v1/reports/reference-populations',
    roles: [...REPORT_ROLES, 'admin'],
    scope: 'none',
    run: (a) => a.get('/api/v1/reports/reference-populations'),
  },
  {
    route: 'POST /api/v1/reports/reference-populations',
    roles: ['admin'],
    scope: 'none',
    run: (a) =>
      a
        .post('/api/v1/reports/reference-populations')
        .set('Content-Type', 'text/csv')
        .send('Bezirk;Jahr;Kinder\nkoeln;1999;100000\n'),
  },
  {
    route: 'DELETE /api/v1/reports/reference-populations/{year}',
    roles: ['admin'],
    scope: 'none',
    run: async (a, _f, _w, t) => {
      // A year to remove, loaded by an administrator before each attempt.
      await (
        await t.as('admin')
      )
        .post('/api/v1/reports/reference-populations')
        .set('Content-Type', 'text/csv')
        .send('Bezirk;Jahr;Kinder\nkoeln;1998;100000\n')
        .expect(201);
      return a.delete('/api/v1/reports/reference-populations/1998');
    },
  },
  {
    route: 'GET /api/v1/letters/{id}/pdf',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => a.get(`/api/v1/letters/${await letter(t, f.case[w])}/pdf`),
  },
  {
    route: 'POST /api/v1/letters/{id}/send',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => a.post(`/api/v1/letters/${await letter(t, f.case[w])}/send`),
  },
  {
    route: 'POST /api/v1/letters/{id}/discard',
    roles: CASE_ROLES,
    scope: 'path',
    run: async (a, f, w, t) => a.post(`/api/v1/letters/${await letter(t, f.case[w])}/discard`),
  },
  {
    route: 'GET /api/v1/public/answers/{token}',
    roles: 'public',
    scope: 'none',
    // Anyone reaches it; a link that does not exist answers 404 (a real one: provider-answers).
    status: 404,
    run: (_a, _f, _w, t) => t.anonymous().get(`/api/v1/public/answers/${'c'.repeat(26)}`),
  },
  {
    route: 'POST /api/v1/public/answers/{token}',
    roles: 'public',
    scope: 'none',
    status: 404,
    run: (_a, _f, _w, t) =>
      t
        .anonymous()
        .post(`/api/v1/public/answers/${'c'.repeat(26)}`)
        .send({ text: 'Antwort' }),
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
  {
    route: 'POST /api/v1/funding/allocations',
    roles: FUNDING,
    scope: 'body',
    run: (a, f, w) =>
      a.post('/api/v1/funding/allocations').send({
        districtId: f.district[w],
        schoolYear: `${2100 + ++n}/${2101 + n}`,
        amount: '1000.00',
        decidedAt: '2020-11-02',
        paidAt: '2021-01-15',
      }),
  },
  {
    route: 'GET /api/v1/funding/allocations',
    roles: FUNDING,
    scope: 'list',
    listed: (f) => f.allocation,
    run: (a) => a.get('/api/v1/funding/allocations?limit=100'),
  },
  {
    route: 'GET /api/v1/funding/allocations/{id}',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/funding/allocations/${f.allocation[w]}`),
  },
  {
    route: 'POST /api/v1/funding/allocations/{id}/expenditures',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) =>
      a
        .post(`/api/v1/funding/allocations/${f.allocation[w]}/expenditures`)
        .send({ category: 'supervision', amount: '10.00', description: 'Supervision' }),
  },
  {
    route: 'GET /api/v1/funding/allocations/{id}/expenditures',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/funding/allocations/${f.allocation[w]}/expenditures`),
  },
  {
    route: 'POST /api/v1/funding/allocations/{id}/expenditures/import',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) =>
      a
        .post(`/api/v1/funding/allocations/${f.allocation[w]}/expenditures/import`)
        .set('Content-Type', 'text/csv')
        .send('Datum;Kategorie;Betrag;Beschreibung\n31.07.2021;Supervision;10,00;Supervision\n'),
  },
  {
    route: 'POST /api/v1/funding/allocations/{id}/settlement',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) =>
      a
        .post(`/api/v1/funding/allocations/${f.allocation[w]}/settlement`)
        .send({ deemedProperlyUsed: '500.00', agreedAt: '2022-03-15' }),
  },
  {
    route: 'GET /api/v1/funding/allocations/{id}/assessment',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/funding/allocations/${f.allocation[w]}/assessment`),
  },
  {
    route: 'POST /api/v1/funding/allocations/{id}/ministry-notice',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.post(`/api/v1/funding/allocations/${f.allocation[w]}/ministry-notice`),
  },
  {
    route: 'GET /api/v1/funding/allocations/{id}/letters',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/funding/allocations/${f.allocation[w]}/letters`),
  },
  {
    route: 'GET /api/v1/funding/allocations/{id}/letters/{letterId}/pdf',
    roles: FUNDING,
    scope: 'path',
    run: async (a, f, w) =>
      a.get(`/api/v1/funding/allocations/${f.allocation[w]}/letters/${f.letter[w]}/pdf`),
  },
  {
    route: 'GET /api/v1/funding/reminders',
    roles: FUNDING,
    scope: 'none',
    run: (a) => a.get('/api/v1/funding/reminders'),
  },
  {
    route: 'POST /api/v1/funding/schools',
    roles: FUNDING,
    scope: 'body',
    run: (a, f, w) =>
      a.post('/api/v1/funding/schools').send({
        name: `Grundschule ${++n}`,
        level: 'primary',
        commonLearning: true,
        schoolAuthority: 'Stadt Köln',
        districtId: f.district[w],
      }),
  },
  {
    route: 'GET /api/v1/funding/schools',
    roles: FUNDING,
    scope: 'list',
    listed: (f) => f.school,
    run: (a) => a.get('/api/v1/funding/schools?limit=100'),
  },
  {
    route: 'GET /api/v1/funding/schools/{id}',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/funding/schools/${f.school[w]}`),
  },
  {
    route: 'PATCH /api/v1/funding/schools/{id}',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) =>
      a.patch(`/api/v1/funding/schools/${f.school[w]}`).send({ commonLearning: true }),
  },
  {
    route: 'POST /api/v1/funding/pool-models',
    roles: FUNDING,
    scope: 'body',
    run: (a, f, w) =>
      a
        .post('/api/v1/funding/pool-models')
        .send({ name: `Pool ${++n}`, districtId: f.district[w] }),
  },
  {
    route: 'GET /api/v1/funding/pool-models',
    roles: FUNDING,
    scope: 'list',
    listed: (f) => f.poolModel,
    run: (a) => a.get('/api/v1/funding/pool-models?limit=100'),
  },
  {
    route: 'GET /api/v1/funding/pool-models/{id}',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/funding/pool-models/${f.poolModel[w]}`),
  },
  {
    route: 'PATCH /api/v1/funding/pool-models/{id}',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) =>
      a.patch(`/api/v1/funding/pool-models/${f.poolModel[w]}`).send({ hoursPerWeek: '35' }),
  },
  {
    route: 'GET /api/v1/funding/districts/{id}/overview',
    roles: FUNDING,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/funding/districts/${f.district[w]}/overview`),
  },
  {
    route: 'GET /api/v1/cases/{id}/pool-model',
    roles: CASE_ROLES,
    scope: 'path',
    run: (a, f, w) => a.get(`/api/v1/cases/${f.case[w]}/pool-model`),
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
    const funding = async (path: string, body: (d: string) => Record<string, unknown>) => ({
      own: (await admin.post(path).send(body(fixture.district.own)).expect(201)).body.id,
      foreign: (await admin.post(path).send(body(fixture.district.foreign)).expect(201)).body.id,
    });
    fixture.allocation = await funding('/api/v1/funding/allocations', (districtId) => ({
      districtId,
      schoolYear: '2020/2021',
      amount: '1000.00',
      decidedAt: '2020-11-02',
      paidAt: '2021-01-15',
    }));
    // Nothing is spent: all of it is to be repaid, and the ministry notified.
    fixture.letter = {
      own: (
        await admin
          .post(`/api/v1/funding/allocations/${fixture.allocation.own}/ministry-notice`)
          .expect(201)
      ).body.id,
      foreign: (
        await admin
          .post(`/api/v1/funding/allocations/${fixture.allocation.foreign}/ministry-notice`)
          .expect(201)
      ).body.id,
    };
    fixture.school = await funding('/api/v1/funding/schools', (districtId) => ({
      name: 'Gesamtschule',
      level: 'secondary',
      commonLearning: true,
      schoolAuthority: 'Stadt',
      districtId,
    }));
    fixture.poolModel = await funding('/api/v1/funding/pool-models', (districtId) => ({
      name: 'Pool',
      districtId,
    }));
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

  it('keeps committees from every case, contract, letter, consent, follow-up and answer route', async () => {
    const caseData = PROBES.filter(
      (p) =>
        p.roles !== 'public' &&
        /cases|contracts|letters|consents|follow-ups|escalations|answers|guardians|rules\/check/.test(
          p.route,
        ),
    );
    expect(caseData.length).toBeGreaterThan(30);
    const committee = await t.as('committee');
    for (const probe of caseData) {
      expect({
        route: probe.route,
        committee: (probe.roles as Role[]).includes('committee'),
      }).toEqual({ route: probe.route, committee: false });
      const res = await probe.run(committee, fixture, 'own', t, 'committee');
      expect({ route: probe.route, status: res.status }).toEqual({
        route: probe.route,
        status: 403,
      });
    }
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
      const bound = role === 'team_lead' || role === 'caseworker' || role === 'funding_controller';
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
          const kind =
            probe.listed?.(fixture) ??
            (probe.route.includes('cases') ? fixture.case : fixture.facility);
          expect(ids).toContain(kind.own);
          if (bound) expect(ids).not.toContain(kind.foreign);
          else expect(ids).toContain(kind.foreign);
        }
      }
    });
  });
});
