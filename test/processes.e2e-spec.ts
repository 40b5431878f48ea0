import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCase, makeFacility, makeProvider } from './support/builders';
import { TEST_CRYPTO_ENV, TEST_REDIS_URL } from './support/environment';
import { freePort, startProcess, waitFor } from './support/process';
import { freshDatabase } from './support/test-app';

const API = 'dist/apps/api/src/main.js';
const WORKER = 'dist/apps/worker/src/main.js';

const PASSWORD = 'Ein-langes-Passwort-2026';
let token = '';

async function json(url: string, init?: RequestInit) {
  const res = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init?.headers ?? {}),
    },
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** The README's start command, as a newcomer runs it: no environment, embedded database. */
describe('the API process with no environment set', () => {
  let dir: string;
  let port: number;
  let api: ReturnType<typeof startProcess>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teilhabe-start-'));
    port = await freePort();
    // The first administrator, as an office would create it, then the API with no environment.
    const create = startProcess(
      'dist/apps/cli/src/user-create.js',
      { USER_PASSWORD: PASSWORD },
      dir,
      ['--email', 'admin@lvr.example', '--role', 'team_lead', '--districts', 'koeln,bonn'],
    );
    expect(await create.exited).toBe(0);
    expect(create.stdout()).toContain('Created team_lead admin@lvr.example for 2 district(s).');
    api = startProcess(API, { PORT: String(port) }, dir);
    await waitFor(
      async () => ((await fetch(`http://127.0.0.1:${port}/health`)).ok ? true : undefined),
      'the API to answer /health',
    );
  });
  afterAll(async () => {
    if (api.child.exitCode === null) {
      api.child.kill('SIGKILL');
      await api.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /health on the embedded database', async () => {
    const health = await json(`http://127.0.0.1:${port}/health`);
    expect(health).toEqual({
      status: 200,
      body: {
        status: 'ok',
        database: { status: 'up', kind: 'embedded' },
        redis: { status: 'not_configured' },
      },
    });
    expect(existsSync(join(dir, 'data/pglite'))).toBe(true);
  });

  it('creates a case and reads it back', async () => {
    const base = `http://127.0.0.1:${port}/api/v1`;
    expect((await json(`${base}/districts`)).status).toBe(401);
    const login = await json(`${base}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@lvr.example', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    token = login.body.accessToken;
    const districts = await json(`${base}/districts`);
    const koeln = (districts.body as unknown as { id: string; name: string }[]).find(
      (d) => d.name === 'Köln',
    )!;
    const provider = await json(`${base}/providers`, {
      method: 'POST',
      body: JSON.stringify(makeProvider()),
    });
    const facility = await json(`${base}/facilities`, {
      method: 'POST',
      body: JSON.stringify(makeFacility(provider.body.id, koeln.id)),
    });
    const created = await json(`${base}/cases`, {
      method: 'POST',
      body: JSON.stringify(makeCase(facility.body.id)),
    });
    expect(created.status).toBe(201);
    const read = await json(`${base}/cases/${created.body.id}`);
    expect(read.body.reference).toBe(created.body.reference);
  });

  it('writes JSON log lines that carry the request id', async () => {
    const parse = () =>
      api
        .stdout()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // login, districts, providers, facilities, cases (POST), cases/:id; /health is not logged.
    const requests = await waitFor(() => {
      const found = parse().filter((line) => line.msg === 'request completed');
      return found.length >= 5 ? found : undefined;
    }, 'five request log lines');
    const lines = parse();
    for (const line of requests) expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((line) => String(line.msg).startsWith('Teilhabe API listening on'))).toBe(
      true,
    );
  });

  it('warns once in the log when requests come through a proxy that is not trusted', async () => {
    for (let i = 0; i < 2; i++) {
      await fetch(`http://127.0.0.1:${port}/api/v1/districts`, {
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
    }
    const warning = (l: Record<string, unknown>) => String(l.msg).includes('TRUST_PROXY');
    await waitFor(
      () =>
        api
          .stdout()
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .find(warning),
      'the warning',
    );
    const lines = api
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter(warning);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, msg: expect.stringContaining('X-Forwarded-For') });
  });

  it('logs a body it could not parse with the request id', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/providers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    const requestId = res.headers.get('x-request-id');
    const line = await waitFor(
      () =>
        api
          .stdout()
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .find((l) => l.msg === 'request body rejected'),
      'the log line',
    );
    expect(line).toMatchObject({
      reqId: requestId,
      method: 'POST',
      path: '/api/v1/providers',
      statusCode: 400,
      code: 'malformed_json',
    });
  });

  it('stops cleanly on SIGTERM and releases the embedded database', async () => {
    api.child.kill('SIGTERM');
    // Nest closes the application, then re-raises the signal to end the process.
    expect(await api.exited).toBe('SIGTERM');
    expect(existsSync(join(dir, 'data/pglite.lock'))).toBe(false);
  });
});

describe('configuration errors', () => {
  it('stop the API with one line naming the variable', async () => {
    const api = startProcess(API, { PORT: 'eighty' });
    expect(await api.exited).toBe(1);
    expect(api.stderr().trim()).toBe(
      'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "eighty")',
    );
  });

  it('never print a secret', async () => {
    const api = startProcess(API, { DATABASE_URL: 'mysql://root:s3cret@db/teilhabe' });
    expect(await api.exited).toBe(1);
    expect(api.stderr()).toContain('DATABASE_URL must be a PostgreSQL connection URL');
    expect(api.stderr()).not.toContain('s3cret');
  });
});

describe('the worker process', () => {
  it('refuses to run without PostgreSQL and Redis and says why', async () => {
    const worker = startProcess(WORKER, {});
    expect(await worker.exited).toBe(1);
    expect(worker.stderr().trim()).toBe(
      'Invalid configuration: the worker needs DATABASE_URL and REDIS_URL; without them the API runs due jobs itself',
    );
  });

  it('boots on PostgreSQL and Redis and stops on SIGTERM', async () => {
    const db = await freshDatabase();
    try {
      const worker = startProcess(WORKER, {
        ...TEST_CRYPTO_ENV,
        DATABASE_URL: db.url,
        REDIS_URL: TEST_REDIS_URL,
      });
      await waitFor(
        () => (worker.stdout().includes('Teilhabe worker ready') ? true : undefined),
        'the worker',
      );
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    } finally {
      await db.drop();
    }
  });
});
