// npm run seed:demo: loads a realistic demo data set into an empty database.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type Actor, toFieldErrors, todayInBerlin } from '@teilhabe/common';
import { AuthModule, type UserRole, UsersService } from '@teilhabe/auth';
import { CasesModule, CasesService, CreateCaseDto, TransitionDto } from '@teilhabe/cases';
import {
  type Config,
  ConfigError,
  ConfigModule,
  loadConfig,
  loadDevToolsConfig,
} from '@teilhabe/config';
import { DatabaseModule } from '@teilhabe/database';
import { DistrictsModule, DistrictsService } from '@teilhabe/districts';
import { FacilitiesService, ProvidersModule, ProvidersService } from '@teilhabe/providers';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type DataSource } from 'typeorm';
import { DEMO_DISTRICTS } from './demo/demo-catalog';
import { type DemoPlan, planDemo } from './demo/demo-plan';
import { progress } from './progress';

const ACTOR: Actor = { id: null, name: 'Demo-Sachbearbeitung' };

function appModule(config: Config) {
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(),
      DistrictsModule,
      ProvidersModule,
      CasesModule,
      AuthModule,
    ],
  })
  class SeedModule {}
  return SeedModule;
}

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
  } catch (error) {
    // The database held no providers, hence no facilities and cases: all of it is ours.
    await dataSource.query(
      'TRUNCATE care_contracts, case_events, cases, case_reference_counters, idempotency_keys, facilities, providers',
    );
    await dataSource.query('DELETE FROM users WHERE email = ANY($1)', [
      DEMO_USERS.map((u) => u.email),
    ]);
    throw error;
  }
  return true;
}

/** One user per role; caseworkers and team leads work for the first demo districts. */
export const DEMO_USERS: { email: string; role: UserRole; districts: number }[] = [
  { email: 'admin@demo.local', role: 'admin', districts: 0 },
  { email: 'team-lead@demo.local', role: 'team_lead', districts: 3 },
  { email: 'caseworker@demo.local', role: 'caseworker', districts: 2 },
  { email: 'committee@demo.local', role: 'committee', districts: 0 },
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
        districtIds: demoDistricts.slice(0, user.districts),
      },
      ACTOR,
    );
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

async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
  const config = loadConfig(process.env);
  if (config.app.isProduction) {
    throw new ConfigError('Refusing to load demo data with NODE_ENV=production.');
  }
  const app = await NestFactory.createApplicationContext(appModule(config), {
    logger: ['error', 'warn'],
  });
  try {
    const plan = planDemo(todayInBerlin());
    const abort = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () =>
        abort.abort(new Error(`Interrupted by ${signal}; nothing was kept.`)),
      );
    }
    // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
    const { DEMO_PASSWORD } = loadDevToolsConfig(process.env);
    if (!(await seedDemo(app, plan, DEMO_PASSWORD, abort.signal))) {
      console.log(
        'The database already holds data; demo data is only loaded into an empty one. Nothing changed.',
      );
      return;
    }
    console.log(
      `Demo data loaded: ${plan.providers.length} providers, ${plan.facilities.length} facilities in ` +
        `${new Set(plan.facilities.map((f) => f.district)).size} districts, ${plan.cases.length} cases ` +
        `over the school years ${plan.schoolYears.join(' and ')}. Demo users: ` +
        `${DEMO_USERS.map((u) => u.email).join(', ')}.`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
