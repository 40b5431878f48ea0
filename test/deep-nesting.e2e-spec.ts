import { startTestApp, type TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const DEPTH = 100_000;

/** `{"email":{"a":{"a":…1…}}}`: an object nested `depth` deep inside a field. */
function deepObject(depth: number): string {
  return `{"email":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
}

/** `{"email":[[[…]]]}`: an array nested `depth` deep inside a field. */
function deepArray(depth: number): string {
  return `{"email":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** The methods a client sends a body with (the catch-all route answers every other one too). */
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the running application serves, read from its router, with ids filled in. */
function servedRoutes(t: TestApp): { method: string; url: string }[] {
  const express = t.app.getHttpAdapter().getInstance() as unknown as {
    router: { stack: RouteLayer[] };
  };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => METHODS.has(method))
          .map((method) => ({
            method,
            url: layer.route!.path.replace(/:\w+/g, UNKNOWN).replace('{/*splat}', '/unbekannt'),
          }))
      : [],
  );
}

describe('deeply nested request bodies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds the routes of the application', () => {
    const routes = servedRoutes(t).map((r) => `${r.method} ${r.url}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'post /api/v1/auth/login',
        'post /api/v1/auth/refresh',
        'post /api/v1/cases',
        'post /api/v1/rules/check',
      ]),
    );
    expect(routes.length).toBeGreaterThan(30);
  });

  it.each([
    ['an object', deepObject(DEPTH)],
    ['an array', deepArray(DEPTH)],
  ])(
    'refuses %s nested 100,000 deep on every route without signing in, naming the limit',
    async (_kind, body) => {
      const answers: string[] = [];
      for (const { method, url } of servedRoutes(t)) {
        const res = await t
          .anonymous()
          [method as 'post'](url)
          .set('Content-Type', 'application/json')
          .send(body);
        answers.push(`${method} ${url} ${res.status} ${res.body?.code}`);
      }
      expect(answers.filter((a) => !a.endsWith(' 400 nested_too_deep'))).toEqual([]);
    },
  );

  it.each(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/cases', '/api/v1/rules/check'])(
    'answers 400 on POST %s with a message that names the limit',
    async (url) => {
      for (const body of [deepObject(DEPTH), deepArray(DEPTH), deepObject(33)]) {
        const res = await t.api().post(url).set('Content-Type', 'application/json').send(body);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({
          code: 'nested_too_deep',
          message: 'Der Anfragetext ist zu tief verschachtelt (höchstens 32 Ebenen).',
          requestId: expect.any(String),
        });
      }
    },
  );

  it('lets a body through that nests 32 deep, and counts no brackets inside strings', async () => {
    // 32 levels: the body itself and 31 below it; refused by validation, not by the parser.
    const deep = await t
      .api()
      .post('/api/v1/rules/check')
      .set('Content-Type', 'application/json')
      .send(`{"text":"x","extra":${'{"a":'.repeat(30)}1${'}'.repeat(30)}}`);
    expect(deep.status).toBe(400);
    expect(deep.body.code).toBe('validation_failed');

    const brackets = await t
      .api()
      .post('/api/v1/rules/check')
      .send({ text: `Der Vertrag {${'['.repeat(5000)}\\" endet.`, setting: 'kita' });
    expect(brackets.status).toBe(200);
  });
});
