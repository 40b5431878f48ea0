import { createFacility, makeCase } from './support/builders';
import { startTestApp, type TestApp } from './support/test-app';

describe('hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends security headers on every answer', async () => {
    const res = await t.api().get('/api/v1/districts').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('gives browsers on other sites no CORS permission by default', async () => {
    const res = await t
      .anonymous()
      .options('/api/v1/cases')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('shows neither a stack trace nor SQL in an error', async () => {
    const facilityId = await createFacility(t);
    await t.dataSource.query(
      `CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'secret internal detail'; END $$;
       CREATE TRIGGER boom BEFORE INSERT ON case_events FOR EACH ROW EXECUTE FUNCTION boom();`,
    );
    try {
      const res = await t.api().post('/api/v1/cases').send(makeCase(facilityId)).expect(500);
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/secret internal detail|INSERT|at .*\.ts|stack/i);
    } finally {
      await t.dataSource.query('DROP TRIGGER boom ON case_events; DROP FUNCTION boom();');
    }
  });
});

describe('CORS for a configured web origin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://teilhabe.lvr.example' });
  });
  afterAll(() => t.close());

  it('allows exactly the configured origin', async () => {
    const allowed = await t
      .anonymous()
      .options('/api/v1/cases')
      .set('Origin', 'https://teilhabe.lvr.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://teilhabe.lvr.example');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const other = await t
      .anonymous()
      .options('/api/v1/cases')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
