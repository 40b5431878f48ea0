// npm run bench:followups: how late deadlines fire when many fall due at once. Schedules
// 10,000 follow-ups (BENCH_FOLLOW_UPS) due within the same minute in a scratch database on the
// PostgreSQL of ADMIN_DATABASE_URL, each as the application writes it (the deadline row and its
// job in the outbox), starts BENCH_WORKERS worker processes on the Redis of BENCH_REDIS_URL
// and waits until every deadline has fired (its reminder letter created and the next deadline
// set, each in the deadline's transaction).
// Prints how late each fired after its due time: p50, p99 and max, with progress while it runs.
// Target: p99 under 2 s. The scratch database and the Redis keys are dropped at the end.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { loadConfig, loadDevToolsConfig } from '@teilhabe/config';
import {
  createDatabase,
  databaseUrl,
  dataSourceOptions,
  dropDatabase,
  openDataSource,
} from '@teilhabe/database';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { progress } from '../apps/cli/src/progress';

/* eslint-disable no-restricted-properties -- a bench script's one entry point to the environment */
const COUNT = Number(process.env.BENCH_FOLLOW_UPS ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/13';
const { ADMIN_DATABASE_URL } = loadDevToolsConfig(process.env);
/* eslint-enable no-restricted-properties */

/** Seconds from now until the first deadline: time to load and to start the workers. */
const LEAD_SECONDS = 30;

const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const scratch = `teilhabe_bench_followups_${process.pid}`;
  const url = databaseUrl(ADMIN_DATABASE_URL, scratch);
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const keys = {
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };
  await createDatabase(ADMIN_DATABASE_URL, scratch);
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', ...keys });
  const db = await openDataSource(dataSourceOptions(config.database));
  const workers: ChildProcess[] = [];
  const redis = new Redis(REDIS_URL);
  try {
    const load = progress(`${COUNT} Fristen anlegen`, 3);
    const [{ id: districtId }] = await db.query<{ id: string }[]>(
      `SELECT id FROM districts WHERE name = 'Köln'`,
    );
    const [{ id: providerId }] = await db.query<{ id: string }[]>(
      `INSERT INTO providers (name, type, email, address_street, address_postal_code, address_city)
       VALUES ('Bench-Träger e.V.', 'free', 'bench@example.org', 'Benchweg 1', '50667', 'Köln')
       RETURNING id`,
    );
    const [{ id: facilityId }] = await db.query<{ id: string }[]>(
      `INSERT INTO facilities (name, kind, provider_id, district_id)
       VALUES ('Kita Bench', 'kita', $1, $2) RETURNING id`,
      [providerId, districtId],
    );
    // The cases (no personal data needed: the deadlines only name them).
    await db.query(
      `INSERT INTO cases (reference, reference_year, reference_number, facility_id, received_at,
                          channel, guardian_name, child_initials, child_birth_year, description)
       SELECT '42.22-2026-' || lpad(i::text, 6, '0'), 2026, i, $1, '2026-03-02', 'email',
              NULL, NULL, 2021, 'Bench'
         FROM generate_series(1, $2) i`,
      [facilityId, COUNT],
    );
    load(1);
    // The advisory letter each case's deadline waits on, sent by post, and one deadline per
    // letter, due spread over one minute from LEAD_SECONDS on, and its job.
    await db.query(
      `INSERT INTO letters (case_id, template, recipient, delivery, status, created_by_name,
                            letter_date, answer_due, subject, sent_at, sent_by_name)
       SELECT id, 'advisory', 'provider', 'post', 'sent', 'Bench', current_date,
              current_date + 14, 'Beratungsschreiben', now(), 'Bench'
         FROM cases`,
    );
    await db.query(
      `INSERT INTO follow_ups (case_id, letter_id, stage, status, period, due_at)
       SELECT case_id, id, 'answer', 'pending', 'P14D',
              now() + make_interval(secs => $1 + 60.0 * row_number() OVER (ORDER BY id) / $2)
         FROM letters`,
      [LEAD_SECONDS, COUNT],
    );
    load(2);
    await db.query(
      `INSERT INTO job_outbox (name, payload, max_attempts, run_after)
       SELECT 'follow-ups.due',
              jsonb_build_object('followUpId', id,
                'dueAt', to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
              5, due_at
         FROM follow_ups`,
    );
    load(3);

    for (let i = 0; i < WORKERS; i++) {
      const child = spawn(
        process.execPath,
        [join(__dirname, '..', 'apps', 'worker', 'src', 'main.js')],
        {
          env: {
            PATH: process.env.PATH ?? '', // eslint-disable-line no-restricted-properties
            ...keys,
            DATABASE_URL: url,
            REDIS_URL,
            JOB_QUEUE_PREFIX: prefix,
            LOG_LEVEL: 'warn',
            FOLLOW_UP_PERIOD: 'P14D',
            REMINDER_PERIOD: 'P7D',
            // No mail server: each reminder is a letter left for the post, as in production
            // without SMTP_URL (no 10,000 mails written to disk).
            NODE_ENV: 'production',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      workers.push(child);
    }
    console.error(
      `${WORKERS} worker(s) started; the first deadline falls due in ${LEAD_SECONDS} s, the last a minute later.`,
    );

    const fired = progress('Fristen ausgelöst', COUNT);
    for (;;) {
      const [{ n }] = await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM follow_ups WHERE stage = 'answer' AND status <> 'pending'`,
      );
      fired(n);
      if (n >= COUNT) break;
      // A deadline whose job gave up will never fire: stop with its reason, not wait forever.
      const failed = await db.query<{ n: number; error: string | null }[]>(
        `SELECT count(*)::int AS n, max(last_error) AS error FROM job_outbox WHERE status = 'failed'`,
      );
      if (failed[0].n > 0) {
        throw new Error(`${failed[0].n} job(s) failed, e.g.: ${failed[0].error ?? 'unknown'}`);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    const rows = await db.query<{ late: number }[]>(
      `SELECT extract(epoch FROM resolved_at - due_at) * 1000 AS late
         FROM follow_ups WHERE stage = 'answer'`,
    );
    const late = rows.map((r) => Number(r.late)).sort((a, b) => a - b);
    const early = late.filter((l) => l < 0).length;
    console.log(
      `${COUNT} deadlines due within one minute, ${WORKERS} worker(s): ` +
        `late by p50 ${ms(percentile(late, 50))}, p99 ${ms(percentile(late, 99))}, ` +
        `max ${ms(late[late.length - 1])}; fired early: ${early}. Target: p99 under 2,000 ms.`,
    );
  } finally {
    for (const child of workers) child.kill('SIGTERM');
    await Promise.all(
      workers.map(
        (child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r))),
      ),
    );
    const stale = await redis.keys(`${prefix}:*`);
    if (stale.length > 0) await redis.del(...stale);
    redis.disconnect();
    await db.destroy();
    await dropDatabase(ADMIN_DATABASE_URL, scratch);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
