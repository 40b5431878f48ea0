import { type Server } from 'node:http';
import { freePort } from './support/process';
import { startTestApp, type TestApp } from './support/test-app';

const CLIENT = { id: 'teilhabe', secret: 'teilhabe-test-secret' };
const REDIRECT = 'http://127.0.0.1:3999/api/v1/auth/oidc/callback';

/** A real OpenID provider (oidc-provider) on this machine, with its development login pages. */
async function startProvider(port: number): Promise<Server> {
  // oidc-provider is ESM-only; Node 24 loads it from CommonJS with require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: Provider } = require('oidc-provider') as {
    default: new (...args: any[]) => any;
  };
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [REDIRECT],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true }),
    }),
    features: { devInteractions: { enabled: true } },
  });
  return new Promise((resolve) => {
    const server: Server = provider.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Follows a browser through the provider's pages: sign in as `login`, consent, come back. */
async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const send = async (url: string, body?: URLSearchParams) => {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair.split('=');
      jar.set(name, value);
    }
    return res;
  };
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    const res = await send(url);
    const location = res.headers.get('location');
    if (location?.startsWith(REDIRECT)) return location;
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    const action = new URL(/action="([^"]+)"/.exec(html)![1], url).href;
    const prompt = /name="prompt" value="(\w+)"/.exec(html)![1];
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', login);
      form.set('password', 'egal');
    }
    const posted = await send(action, form);
    url = new URL(posted.headers.get('location')!, action).href;
  }
  throw new Error('the provider did not send the browser back');
}

describe('single sign-on over OpenID Connect', () => {
  let provider: Server;
  let t: TestApp;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startProvider(port);
    t = await startTestApp({
      OIDC_ISSUER_URL: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      OIDC_REDIRECT_URL: REDIRECT,
    });
    const admin = await t.as('admin');
    await admin
      .post('/api/v1/users')
      .send({
        email: 'sso.user@lvr.example',
        password: 'Nur-fuer-den-Notfall-1',
        role: 'caseworker',
        districtIds: [],
      })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => provider.close(resolve));
  });

  async function flow(login: string) {
    const start = await t.anonymous().get('/api/v1/auth/oidc/login').expect(302);
    const flowCookie = (start.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('teilhabe_oidc='),
    )!;
    expect(flowCookie).toMatch(/HttpOnly/);
    expect(start.headers.location).toContain('code_challenge_method=S256');
    const back = await signInAtProvider(start.headers.location, login);
    return t
      .anonymous()
      .get(back.slice(back.indexOf('/api/v1/')))
      .set('Cookie', flowCookie.split(';')[0]);
  }

  it('signs in a user who has an account, with a session cookie, and audits it', async () => {
    const res = await flow('sso.user@lvr.example');
    expect(res.status).toBe(303);
    const cookies = (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]);
    const session = cookies.find((c) => c.startsWith('teilhabe_session='))!;
    const me = await t.anonymous().get('/api/v1/auth/me').set('Cookie', session).expect(200);
    expect(me.body).toMatchObject({ email: 'sso.user@lvr.example', role: 'caseworker' });
    const [entry] = await t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'auth.login' AND actor_name = 'sso.user@lvr.example'`,
    );
    expect(entry.details).toMatchObject({ method: 'oidc' });
  });

  it('refuses someone the provider knows but Teilhabe has no account for', async () => {
    const res = await flow('fremd@example.org');
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('Für diese Anmeldung gibt es kein Konto in Teilhabe.');
  });

  it('refuses a callback that was not started here', async () => {
    const res = await t
      .anonymous()
      .get('/api/v1/auth/oidc/callback?code=abc&state=xyz')
      .expect(401);
    expect(res.body.code).toBe('sso_failed');
  });
});

describe('single sign-on not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 404', async () => {
    const res = await t.anonymous().get('/api/v1/auth/oidc/login').expect(404);
    expect(res.body.message).toBe('Die zentrale Anmeldung ist nicht eingerichtet.');
  });
});
