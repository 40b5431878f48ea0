// npm run seed:demo: loads a realistic demo data set into an empty database.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type Actor, toFieldErrors, todayInBerlin } from '@teilhabe/common';
import { AuthModule, type UserRole, UsersService } from '@teilhabe/auth';
import { CasesModule, CasesService, CreateCaseDto, TransitionDto } from '@teilhabe/cases';
import { ConfigError, loadDevToolsConfig } from '@teilhabe/config';
import { DistrictsModule, DistrictsService } from '@teilhabe/districts';
import { JobsModule } from '@teilhabe/jobs';
import { FacilitiesService, ProvidersModule, ProvidersService } from '@teilhabe/providers';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type DataSource } from 'typeorm';
import { DEMO_DISTRICTS } from './demo/demo-catalog';
import { DEMO_POOLS, DEMO_SETTLEMENT, seedFunding } from './demo/demo-funding';
import { type DemoPlan, planDemo } from './demo/demo-plan';
import { cliConfig, runCli, withApp } from './cli';
import { JOB_MODULES } from './job-modules';
import { progress } from './progress';

const ACTOR: Actor = { id: null, name: 'Demo-Sachbearbeitung' };

/**
 * Loads the plan; returns false, touching nothing, when the database already holds data. A
 * failed or interrupted run removes what it loaded, so that the next run starts afresh.
 */
export async function seedDemo(
  app: INestApplicationContext,
  plan: DemoPlan,
  demoPassword: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ n: existing }] = await dataSource.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM providers',
  );
  if (existing > 0) return false;
  try {
    await load(app, dataSource, plan, signal);
    await createDemoUsers(app, demoPassword);
    await assignDemoCases(app);
  } catch (error) {
    await forgetDemo(dataSource);
    throw error;
  }
  return true;
}

/** Removes what the demo loaded (after a failed or interrupted run). */
async function forgetDemo(dataSource: DataSource): Promise<void> {
  // The database held no providers, hence no facilities and cases: all of it is ours, and so
  // is what other libraries keep about the cases (CASCADE: letters, consents, …).
  await dataSource.query(
    'TRUNCATE care_contracts, case_events, cases, case_reference_counters, idempotency_keys, facilities, providers CASCADE',
  );
  // The funding demo: allocations, schools and pool models are all the demo’s, too (an
  // orphaned reminder job finds nothing to do).
  await dataSource.query(
    'TRUNCATE funding_allocations, funding_schools, funding_pool_models CASCADE',
  );
  await dataSource.query('DELETE FROM users WHERE email = ANY($1)', [
    DEMO_USERS.map((u) => u.email),
  ]);
}

/**
 * The funding demo, in an application with the job layer (a repayment reminder is a job) and
 * every job module, as the job layer wants them all; apart from the cases, whose listeners
 * would write more timeline entries than the demo dates. A failure removes all of the demo.
 */
export async function seedFundingDemo(app: INestApplicationContext): Promise<void> {
  try {
    await seedFunding(app, ACTOR);
  } catch (error) {
    await forgetDemo(app.get<DataSource>(getDataSourceToken()));
    throw error;
  }
}

/** One user per role; caseworkers and team leads work for the first demo districts. */
export const DEMO_USERS: {
  email: string;
  role: UserRole;
  districts: number;
  /** Districts by name, where the first demo districts are not the ones (funding). */
  districtNames?: string[];
}[] = [
  { email: 'admin@demo.local', role: 'admin', districts: 0 },
  { email: 'team-lead@demo.local', role: 'team_lead', districts: 3 },
  { email: 'caseworker@demo.local', role: 'caseworker', districts: 2 },
  { email: 'committee@demo.local', role: 'committee', districts: 0 },
  {
    email: 'funding-controller@demo.local',
    role: 'funding_controller',
    districts: 0,
    districtNames: [DEMO_SETTLEMENT.district, ...DEMO_POOLS.map((p) => p.district)],
  },
];

async function createDemoUsers(app: INestApplicationContext, password: string): Promise<void> {
  const byName = new Map((await app.get(DistrictsService).list()).map((d) => [d.name, d.id]));
  const demoDistricts = DEMO_DISTRICTS.map((d) => byName.get(d.name)!);
  const users = app.get(UsersService);
  for (const user of DEMO_USERS) {
    if (await users.exists(user.email)) continue;
    await users.create(
      {
        email: user.email,
        password,
        ownPassword: true,
        role: user.role,
        districtIds: user.districtNames
          ? user.districtNames.map((name) => byName.get(name)!)
          : demoDistricts.slice(0, user.districts),
      },
      ACTOR,
    );
  }
}

/**
 * Open cases are worked by someone, as in an office: of the team lead's districts, most go
 * to the demo caseworker, some to the team lead, a few wait for someone to take them.
 */
async function assignDemoCases(app: INestApplicationContext): Promise<void> {
  const users = app.get(UsersService);
  const cases = app.get(CasesService);
  const lead = (await users.list({ role: 'team_lead' })).items.find(
    (u) => u.email === 'team-lead@demo.local',
  )!;
  const worker = (await users.list({ role: 'caseworker' })).items.find(
    (u) => u.email === 'caseworker@demo.local',
  )!;
  const actor: Actor = {
    id: lead.id,
    name: lead.email,
    role: lead.role,
    districtIds: lead.districtIds,
  };
  const open = await cases.list(
    { status: ['received', 'assessing', 'provider_contacted'], limit: 200 },
    actor,
  );
  for (const [i, c] of open.items.entries()) {
    const assignee =
      i % 4 === 3
        ? null
        : i % 4 === 2 || !worker.districtIds.includes(c.district.id)
          ? lead
          : worker;
    if (assignee) await cases.assign(c.id, { assigneeId: assignee.id }, actor);
  }
}

async function load(
  app: INestApplicationContext,
  dataSource: DataSource,
  plan: DemoPlan,
  signal?: AbortSignal,
): Promise<void> {
  const districts = new Map((await app.get(DistrictsService).list()).map((d) => [d.name, d.id]));
  const providers = app.get(ProvidersService);
  const facilities = app.get(FacilitiesService);
  const cases = app.get(CasesService);

  const facilityIds: string[] = [];
  const stepProviders = progress('Träger und Einrichtungen', plan.providers.length);
  for (const [i, p] of plan.providers.entries()) {
    const provider = await providers.create(
      { name: p.name, type: p.type, email: p.email, address: p.address },
      ACTOR,
    );
    for (const f of p.facilities) {
      const districtId = districts.get(p.district);
      if (!districtId) throw new Error(`unknown district ${p.district}`);
      facilityIds.push(
        (
          await facilities.create(
            {
              name: f.name,
              kind: f.kind,
              providerId: provider.id,
              districtId,
              postalCode: f.postalCode,
              city: f.city,
            },
            ACTOR,
          )
        ).id,
      );
    }
    stepProviders(i + 1);
  }

  const now = new Date().toISOString();
  const clamp = (at: string) => (at > now ? now : at);
  const stepCases = progress('Beschwerden', plan.cases.length);
  for (const [i, planned] of plan.cases.entries()) {
    signal?.throwIfAborted();
    const dto = plainToInstance(CreateCaseDto, {
      ...planned,
      facilityId: facilityIds[planned.facility],
      steps: undefined,
      facility: undefined,
      createdAt: undefined,
    });
    const errors = validateSync(dto, { whitelist: true });
    if (errors.length > 0) {
      throw new Error(`demo case ${i} is invalid: ${JSON.stringify(toFieldErrors(errors))}`);
    }
    const { case: created } = await cases.create(dto, ACTOR);
    for (const step of planned.steps) {
      await cases.transition(
        created.id,
        plainToInstance(TransitionDto, { to: step.to, reason: step.reason }),
        ACTOR,
      );
    }
    // Date the record as if it had been kept over the past two school years.
    const times = [planned.createdAt, ...planned.steps.map((s) => s.at)].map(clamp);
    const last = times[times.length - 1];
    const closed =
      planned.steps.length > 0 &&
      ['resolved', 'requirement_imposed', 'closed_unresolved', 'withdrawn'].includes(
        planned.steps[planned.steps.length - 1].to,
      );
    await dataSource.query(
      'UPDATE cases SET created_at = $2, updated_at = $3, closed_at = $4 WHERE id = $1',
      [created.id, times[0], last, closed ? last : null],
    );
    await dataSource.query(
      `UPDATE case_events e SET occurred_at = (CAST($2 AS timestamptz[]))[o.n]
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM case_events WHERE case_id = $1) o
        WHERE e.id = o.id`,
      [created.id, times],
    );
    stepCases(i + 1);
  }
}

runCli({
  usage: 'npm run seed:demo',
  description:
    'Loads a realistic demo data set (providers, facilities, cases over two school years and ' +
    'one demo user per role, password DEMO_PASSWORD) into an empty database; a database that ' +
    'holds data is left alone. Refused with NODE_ENV=production. Interrupted, it keeps nothing.',
  options: {},
  run: async () => {
    const config = cliConfig();
    if (config.app.isProduction) {
      throw new ConfigError('Refusing to load demo data with NODE_ENV=production.');
    }
    // eslint-disable-next-line no-restricted-properties -- the tool's one entry point to the environment
    const { DEMO_PASSWORD } = loadDevToolsConfig(process.env);
    const loaded = await withApp(
      config,
      [DistrictsModule, ProvidersModule, CasesModule, AuthModule],
      async (app) => {
        const plan = planDemo(todayInBerlin());
        const abort = new AbortController();
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.once(signal, () =>
            abort.abort(new Error(`Interrupted by ${signal}; nothing was kept.`)),
          );
        }
        if (!(await seedDemo(app, plan, DEMO_PASSWORD, abort.signal))) {
          console.log(
            'The database already holds data; demo data is only loaded into an empty one. Nothing changed.',
          );
          return null;
        }
        return (
          `Demo data loaded: ${plan.providers.length} providers, ${plan.facilities.length} facilities in ` +
          `${new Set(plan.facilities.map((f) => f.district)).size} districts, ${plan.cases.length} cases ` +
          `over the school years ${plan.schoolYears.join(' and ')}, the pool models of seed 000 and ` +
          `the Rhein-Sieg-Kreis settlement. Demo users: ${DEMO_USERS.map((u) => u.email).join(', ')}.`
        );
      },
    );
    if (!loaded) return;
    await withApp(config, [JobsModule.forRoot(), ...JOB_MODULES], seedFundingDemo);
    console.log(loaded);
  },
});
