// npm run bench:reports: how long a committee report takes on 1,000,000 cases (BENCH_CASES).
// Fills a scratch database on the PostgreSQL of ADMIN_DATABASE_URL with generated cases across
// every district, setting and provider type (in SQL, with progress; their summary rows as the
// cases library keeps them), then times ReportsService.build (protected counts, every district,
// five years) for each grouping. Prints median and p95 per grouping against the target of
// 300 ms. The scratch database is dropped at the end.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  CasesModule,
  MONTHLY_FROM_SUMMARY_SQL,
  STATISTIC_CODES,
  type StatisticDimension,
} from '@teilhabe/cases';
import { ConfigModule, loadConfig, loadDevToolsConfig } from '@teilhabe/config';
import { createDatabase, DatabaseModule, databaseUrl, dropDatabase } from '@teilhabe/database';
import { FacilitiesService, ProvidersModule, ProvidersService } from '@teilhabe/providers';
import { ReportsModule, ReportsService } from '@teilhabe/reports';
import { type DataSource } from 'typeorm';
import { progress } from '../apps/cli/src/progress';

/* eslint-disable no-restricted-properties -- a bench script's one entry point to the environment */
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const { ADMIN_DATABASE_URL } = loadDevToolsConfig(process.env);
/* eslint-enable no-restricted-properties */

const TARGET_MS = 300;
const GROUPINGS: StatisticDimension[][] = [
  ['district'],
  ['pattern'],
  ['quarter'],
  ['month'],
  ['year'],
  ['schoolYear'],
  ['setting'],
  ['providerType'],
  ['status'],
  ['channel'],
  ['district', 'pattern'],
  ['district', 'quarter'],
  ['pattern', 'quarter'],
  ['district', 'month'],
  ['setting', 'providerType'],
  ['status', 'setting'],
];

async function main(): Promise<void> {
  const scratch = `teilhabe_bench_reports_${process.pid}`;
  await createDatabase(ADMIN_DATABASE_URL, scratch);
  const config = loadConfig({
    DATABASE_URL: databaseUrl(ADMIN_DATABASE_URL, scratch),
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  });
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(),
      ProvidersModule,
      CasesModule,
      ReportsModule,
    ],
  })
  class BenchModule {}
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const system = { id: null, name: 'Bench' };
    const districts = await dataSource.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM districts ORDER BY name',
    );
    const facilities: string[] = [];
    const types = ['free', 'municipal', 'church'] as const;
    const kinds = ['kita', 'ogs', 'ogs_foerderschule'] as const;
    for (const type of types) {
      const provider = await app.get(ProvidersService).create(
        {
          name: `Bench-Träger ${type}`,
          type,
          email: `bench-${type}@example.org`,
          address: { street: 'Benchweg 1', postalCode: '50667', city: 'Köln' },
        },
        system,
      );
      for (const d of districts) {
        for (const kind of kinds) {
          const f = await app
            .get(FacilitiesService)
            .create(
              { name: `${kind} ${d.name}`, kind, providerId: provider.id, districtId: d.id },
              system,
            );
          facilities.push(f.id);
        }
      }
    }

    // Cases in SQL (the reports read only the summary; descriptions need no real encryption
    // here), spread over five years, every facility, channel, status and pattern.
    const step = progress(`${CASES} Fälle anlegen`, CASES);
    const batch = 50_000;
    for (let start = 1; start <= CASES; start += batch) {
      const end = Math.min(CASES, start + batch - 1);
      await dataSource.query(
        `WITH g AS (SELECT i, (i * 2654435761::bigint) % 4294967291 AS h FROM generate_series($1::int, $2::int) i)
         INSERT INTO cases (reference, reference_year, reference_number, facility_id, received_at,
                            channel, status, child_birth_year, patterns, description, contract_terminated)
         SELECT '42.22-B-' || i, 2000 + i % 25, i, ($3::uuid[])[1 + h % cardinality($3::uuid[])],
                DATE '2022-01-01' + CAST((h / 7) % 1826 AS int),
                CAST((ARRAY['phone','email','letter','web','in_person'])[1 + (h / 11) % 5] AS case_channel),
                CAST((ARRAY['received','assessing','provider_contacted','resolved','requirement_imposed','closed_unresolved','withdrawn'])[1 + (h / 13) % 7] AS case_status),
                2018,
                CASE WHEN (h / 17) % 3 = 0
                  THEN ARRAY[p[1 + (h / 19) % 6], p[1 + ((h / 19) % 6 + 1 + (h / 23) % 5) % 6]]
                  ELSE ARRAY[p[1 + (h / 19) % 6]] END,
                'bench', (h / 29) % 9 = 0
         FROM g, (SELECT ARRAY['admission_conditional_on_assistance','hours_capped_to_assistance','absence_exclusion',
                               'activity_exclusion','termination_for_missing_assistance','parent_must_substitute'] AS p) ps`,
        [start, end, facilities],
      );
      step(end);
    }
    const summary = progress('Zusammenfassung (case_statistics) füllen', 1);
    // As the migration fills it for existing cases, with the codes of the cases library.
    const codes = (map: Record<string, number>) =>
      `ARRAY[${Object.entries(map)
        .sort((a, b) => a[1] - b[1])
        .map(([v]) => `'${v}'`)
        .join(',')}]`;
    await dataSource.query(
      `INSERT INTO case_statistics (case_id, received_at, received_month, district_id, setting,
                                    provider_type, status, channel, patterns, contract_terminated, record_key)
       SELECT c.id, c.received_at,
              CAST(extract(year FROM c.received_at) * 12 + extract(month FROM c.received_at) - 1 AS smallint),
              f.district_id,
              array_position(${codes(STATISTIC_CODES.setting)}, CAST(f.kind AS text)) - 1,
              array_position(${codes(STATISTIC_CODES.providerType)}, CAST(p.type AS text)) - 1,
              array_position(${codes(STATISTIC_CODES.status)}, CAST(c.status AS text)) - 1,
              array_position(${codes(STATISTIC_CODES.channel)}, CAST(c.channel AS text)) - 1,
              CAST(coalesce((SELECT sum(1 << (array_position(${codes(STATISTIC_CODES.patternBit)}, x) - 1))
                             FROM unnest(c.patterns) AS x), 0) AS smallint),
              c.contract_terminated, CAST(floor(random() * 2147483648) AS integer)
       FROM cases c JOIN facilities f ON f.id = c.facility_id JOIN providers p ON p.id = f.provider_id`,
    );
    await dataSource.query(MONTHLY_FROM_SUMMARY_SQL);
    summary(1);
    await dataSource.query('VACUUM ANALYZE case_statistics');
    await dataSource.query('VACUUM ANALYZE case_statistics_monthly');

    const reports = app.get(ReportsService);
    const committee = { id: null, name: 'Bench', role: 'committee' };
    console.log(
      `\nBerichte als Ausschuss (geschützt, alle Bezirke, 2022–2026) über ${CASES} Fälle, ${ROUNDS} Runden:`,
    );
    let worst = 0;
    for (const groupBy of GROUPINGS) {
      const ms: number[] = [];
      let cells = 0;
      for (let r = 0; r < ROUNDS + 1; r++) {
        const t0 = performance.now();
        const report = await reports.build(
          { groupBy, from: '2022-01-01', to: '2026-12-31' },
          committee,
        );
        const elapsed = performance.now() - t0;
        if (r > 0) ms.push(elapsed); // the first round warms caches
        cells = report.rows.length + report.totals.length;
      }
      ms.sort((a, b) => a - b);
      const median = ms[Math.floor(ms.length / 2)];
      const p95 = ms[Math.ceil(ms.length * 0.95) - 1];
      worst = Math.max(worst, median);
      console.log(
        `  ${groupBy.join(',').padEnd(22)} Median ${median.toFixed(1).padStart(7)} ms  p95 ${p95
          .toFixed(1)
          .padStart(
            7,
          )} ms  ${String(cells).padStart(5)} Zellen  ${median <= TARGET_MS ? 'ok' : `über ${TARGET_MS} ms`}`,
      );
    }
    console.log(
      `\nLangsamster Bericht (Median): ${worst.toFixed(1)} ms (Ziel: unter ${TARGET_MS} ms).`,
    );
  } finally {
    await app.close();
    await dropDatabase(ADMIN_DATABASE_URL, scratch);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
