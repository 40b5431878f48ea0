import { startTestApp, type TestApp } from './support/test-app';

describe('health, API documentation and request ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database and Redis as up', async () => {
    const res = await t.api().get('/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: { status: 'up', kind: 'postgres' },
      redis: { status: 'up' },
    });
  });

  it('serves the OpenAPI document with every route of the slice', async () => {
    const res = await t.api().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/districts',
        '/api/v1/providers',
        '/api/v1/providers/{id}',
        '/api/v1/facilities',
        '/api/v1/facilities/{id}',
        '/api/v1/cases',
        '/api/v1/cases/{id}',
        '/api/v1/cases/{id}/transitions',
        '/health',
      ]),
    );
    expect(res.body.components.schemas.CreateCaseDto.required).toEqual(
      expect.arrayContaining(['facilityId', 'receivedAt', 'channel', 'guardian', 'child']),
    );
  });

  it('serves the OpenAPI UI', async () => {
    const res = await t.api().get('/api/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger-ui');
  });

  it('gives every answer a request id and keeps a well-formed one from the caller', async () => {
    const own = await t.api().get('/health').set('X-Request-Id', 'lb-4711').expect(200);
    expect(own.headers['x-request-id']).toBe('lb-4711');
    const generated = await t.api().get('/health').set('X-Request-Id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown address with a German 404 in the error shape', async () => {
    const res = await t.api().get('/api/v1/nothing-here').expect(404);
    expect(res.body).toMatchObject({
      statusCode: 404,
      code: 'not_found',
      message: 'Diese Adresse gibt es nicht: GET /api/v1/nothing-here',
    });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });
});

describe('health when Redis is down', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Port 1 is never a Redis; the API must still start and say what is wrong.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('answers 503 and names Redis', async () => {
    const res = await t.api().get('/health').expect(503);
    expect(res.body.status).toBe('error');
    expect(res.body.database.status).toBe('up');
    expect(res.body.redis.status).toBe('down');
    expect(res.body.redis.error).toEqual(expect.any(String));
  });
});
