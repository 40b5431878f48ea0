import { Client } from 'pg';
import { TEST_CRYPTO_ENV } from './support/environment';
import { startProcess, waitFor } from './support/process';
import { freshDatabase } from './support/test-app';

const SEED = 'dist/apps/cli/src/seed-demo.js';

describe('npm run seed:demo', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let client: Client;

  beforeAll(async () => {
    db = await freshDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);

  it('refuses to run in production', async () => {
    const seed = startProcess(SEED, {
      ...TEST_CRYPTO_ENV,
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
    });
    expect(await seed.exited).toBe(1);
    expect(seed.stderr()).toContain('Refusing to load demo data with NODE_ENV=production.');
    expect(await count('SELECT count(*) AS n FROM providers')).toBe(0);
  });

  it('keeps nothing of a run that was interrupted', async () => {
    const seed = startProcess(SEED, { ...TEST_CRYPTO_ENV, DATABASE_URL: db.url });
    await waitFor(
      () => (seed.stderr().includes('Beschwerden:') ? true : undefined),
      'cases to load',
    );
    seed.child.kill('SIGINT');
    expect(await seed.exited).toBe(1);
    expect(seed.stderr()).toContain('Interrupted by SIGINT; nothing was kept.');
    expect(await count('SELECT count(*) AS n FROM providers')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(0);
  });

  it('loads a living data set and shows its progress', async () => {
    const seed = startProcess(SEED, { ...TEST_CRYPTO_ENV, DATABASE_URL: db.url });
    expect(await seed.exited).toBe(0);
    expect(seed.stderr()).toContain('Beschwerden: 320/320');
    expect(seed.stdout()).toMatch(
      /^Demo data loaded: \d+ providers, \d+ facilities in 10 districts, 320 cases/,
    );

    expect(await count('SELECT count(*) AS n FROM cases')).toBe(320);
    expect(await count('SELECT count(DISTINCT status) AS n FROM cases')).toBe(7);
    expect(await count('SELECT count(DISTINCT p) AS n FROM cases, unnest(patterns) p')).toBe(7);
    expect(await count('SELECT count(DISTINCT f.district_id) AS n FROM facilities f')).toBe(10);
    // The funding demo (seed 000): five pool models, Bonn's 68 of 102 schools, the settlement.
    expect(await count('SELECT count(*) AS n FROM funding_pool_models')).toBe(5);
    expect(
      await count(
        `SELECT count(*) AS n FROM funding_pool_model_schools WHERE school_year = '2019/2020'`,
      ),
    ).toBe(68);
    expect(
      await count(
        `SELECT count(*) AS n FROM funding_allocations
          WHERE amount_cents = 89193168 AND deemed_properly_used_cents = 42236200`,
      ),
    ).toBe(1);
    // Timelines are dated over the school years, in order, and closed cases have a closing date.
    expect(
      await count(
        `SELECT count(*) AS n FROM cases c WHERE c.created_at > (SELECT min(occurred_at) FROM case_events e WHERE e.case_id = c.id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM cases WHERE (status IN ('resolved','requirement_imposed','closed_unresolved','withdrawn')) <> (closed_at IS NOT NULL)`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(DISTINCT date_trunc('month', created_at)) AS n FROM cases`),
    ).toBeGreaterThanOrEqual(12);
    // Open cases are worked by the demo caseworker and team lead, some wait for someone.
    const worked = `SELECT count(*) AS n FROM cases c JOIN users u ON u.id = c.assignee_id
                     WHERE c.closed_at IS NULL AND u.email = `;
    expect(await count(`${worked}'caseworker@demo.local'`)).toBeGreaterThan(5);
    expect(await count(`${worked}'team-lead@demo.local'`)).toBeGreaterThan(2);
    expect(
      await count(
        'SELECT count(*) AS n FROM cases WHERE closed_at IS NULL AND assignee_id IS NULL',
      ),
    ).toBeGreaterThan(2);
    // The whole demo data set is written by a child process; on a busy CI machine this
    // takes longer than a minute.
  }, 180_000);

  it('leaves a database that holds data alone, so it can run before every start', async () => {
    const seed = startProcess(SEED, { ...TEST_CRYPTO_ENV, DATABASE_URL: db.url });
    expect(await seed.exited).toBe(0);
    expect(seed.stdout()).toContain('demo data is only loaded into an empty one. Nothing changed.');
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(320);
  });
});
