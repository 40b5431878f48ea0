// npm run bench:search: what the free-text search `q` costs now that descriptions are
// encrypted. Loads 100,000 cases (BENCH_CASES) of one district into a scratch database on the
// PostgreSQL of ADMIN_DATABASE_URL, then times GET /cases through CasesService as a caseworker
// of that district would list them: without `q` (the reference, one indexed page), with a word
// that many descriptions hold, with one that few hold, and with one that none holds (every case
// of the district is read and decrypted). Prints median and p95 per query and the ratio to the
// reference. The scratch database is dropped at the end.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Case, CasesModule, CasesService, formatCaseReference } from '@teilhabe/cases';
import { ConfigModule, loadConfig, loadDevToolsConfig } from '@teilhabe/config';
import { createDatabase, DatabaseModule, databaseUrl, dropDatabase } from '@teilhabe/database';
import { FacilitiesService, ProvidersModule, ProvidersService } from '@teilhabe/providers';
import { type DataSource } from 'typeorm';
import { progress } from '../apps/cli/src/progress';

/* eslint-disable no-restricted-properties -- a bench script's one entry point to the environment */
const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const { ADMIN_DATABASE_URL } = loadDevToolsConfig(process.env);
/* eslint-enable no-restricted-properties */

const WORDS = (
  'Kita Assistenz krank Mutter Vater Gruppe Leitung Gespräch Vertrag Nebenabrede Betreuung ' +
  'Stunden abholen Ausflug Mittagessen Förderung Integrationskraft Schulbegleitung Antrag ' +
  'Bescheid Jugendamt Eingliederungshilfe Woche Montag Freitag Morgenkreis Turnen Garten'
).split(' ');

/** A description of about 300 characters; a few carry the rare word, none the absent one. */
function description(i: number): string {
  const words: string[] = [];
  for (let k = 0; words.join(' ').length < 300; k++) {
    words.push(WORDS[(i * 7 + k * 13 + ((i * k) % 11)) % WORDS.length]);
  }
  if (i % 10_000 === 4_321) words.push('Reittherapie');
  return `${words.join(' ')}.`;
}

async function main(): Promise<void> {
  const scratch = `teilhabe_bench_search_${process.pid}`;
  await createDatabase(ADMIN_DATABASE_URL, scratch);
  const config = loadConfig({
    DATABASE_URL: databaseUrl(ADMIN_DATABASE_URL, scratch),
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  });
  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), ProvidersModule, CasesModule],
  })
  class BenchModule {}
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const system = { id: null, name: 'Bench' };
    const [{ id: districtId }] = await dataSource.query<{ id: string }[]>(
      `SELECT id FROM districts WHERE name = 'Köln'`,
    );
    const provider = await app.get(ProvidersService).create(
      {
        name: 'Bench-Träger e.V.',
        type: 'free',
        email: 'bench@example.org',
        address: { street: 'Benchweg 1', postalCode: '50667', city: 'Köln' },
      },
      system,
    );
    const facility = await app
      .get(FacilitiesService)
      .create({ name: 'Kita Bench', kind: 'kita', providerId: provider.id, districtId }, system);

    const step = progress(`${CASES} Fälle anlegen (verschlüsselt)`, CASES);
    const batch = 1000;
    for (let start = 0; start < CASES; start += batch) {
      const values = [];
      for (let i = start; i < Math.min(CASES, start + batch); i++) {
        const day = new Date(Date.UTC(2020, 0, 1) + (i % 2500) * 86_400_000);
        values.push({
          reference: formatCaseReference(2000 + (i % 25), i + 1),
          referenceYear: 2000 + (i % 25),
          referenceNumber: i + 1,
          facilityId: facility.id,
          receivedAt: day.toISOString().slice(0, 10),
          channel: 'email' as const,
          status: 'received' as const,
          guardian: { name: `Elternteil ${i}`, email: null, emailHash: null, phone: null },
          child: { initials: 'A. B.', birthYear: 2020, disability: 'Autismus' },
          patterns: ['absence_exclusion' as const],
          description: description(i),
        });
      }
      await dataSource.createQueryBuilder().insert().into(Case).values(values).execute();
      step(Math.min(CASES, start + batch));
    }
    await dataSource.query('ANALYZE');

    const cases = app.get(CasesService);
    const caseworker = { id: null, name: 'Bench', role: 'caseworker', districtIds: [districtId] };
    const time = async (q: string | undefined) => {
      const ms: number[] = [];
      let found = 0;
      for (let r = 0; r < ROUNDS + 1; r++) {
        const t0 = performance.now();
        const page = await cases.list({ q, limit: 25 }, caseworker);
        const elapsed = performance.now() - t0;
        if (r > 0) ms.push(elapsed); // the first round warms caches
        found = page.items.length;
      }
      ms.sort((a, b) => a - b);
      return {
        median: ms[Math.floor(ms.length / 2)],
        p95: ms[Math.ceil(ms.length * 0.95) - 1],
        found,
      };
    };
    const reference = await time(undefined);
    const rows: [string, Awaited<ReturnType<typeof time>>][] = [
      ['ohne q (Referenz: eine Seite über den Index)', reference],
      ['q=Assistenz (steht in vielen Beschreibungen)', await time('Assistenz')],
      ['q=Reittherapie (steht in 10 Beschreibungen)', await time('Reittherapie')],
      ['q=Delfintherapie (steht in keiner)', await time('Delfintherapie')],
    ];
    console.log(
      `\nGET /cases?limit=25 als Sachbearbeitung eines Bezirks mit ${CASES} Fällen, ${ROUNDS} Runden:`,
    );
    for (const [label, r] of rows) {
      console.log(
        `  ${label.padEnd(48)} Median ${r.median.toFixed(1).padStart(7)} ms  p95 ${r.p95
          .toFixed(1)
          .padStart(
            7,
          )} ms  ${(r.median / reference.median).toFixed(1).padStart(6)}× Referenz  (${r.found} Treffer)`,
      );
    }
  } finally {
    await app.close();
    await dropDatabase(ADMIN_DATABASE_URL, scratch);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
