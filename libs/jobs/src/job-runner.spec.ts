import { Logger } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { type JobHandlers } from './job-handler';
import { JobName, MAX_ATTEMPTS } from './job-names';
import { JobRunner, retryDelayMs } from './job-runner';

/**
 * One outbox row in memory, behind the statements the runner sends: enough to follow a job
 * through its tries without a database (the real SQL is tested end to end).
 */
function oneRow(handler: () => Promise<void>) {
  const row = { status: 'pending', attempts: 0 };
  /** For each failed try: the pause before the next one in seconds, or 'failed'. */
  const tries: (number | 'failed')[] = [];
  const dataSource: {
    query: (sql: string, params: unknown[]) => Promise<unknown>;
    transaction: unknown;
  } = {
    query: (sql: string, params: unknown[]) => {
      if (sql.includes(`SET status = 'running'`)) {
        if (row.status !== 'pending') return Promise.resolve([[], 0]);
        row.status = 'running';
        row.attempts++;
        const claimed = { id: 'job-1', name: JobName.IdempotencyPurge, payload: {} };
        return Promise.resolve([
          [{ ...claimed, attempts: row.attempts, max_attempts: MAX_ATTEMPTS }],
          1,
        ]);
      }
      if (sql.includes(`SET status = 'done'`)) row.status = 'done';
      if (sql.includes('SET status = $2')) {
        row.status = params[1] as string;
        tries.push(row.status === 'failed' ? 'failed' : (params[3] as number));
      }
      return Promise.resolve([[], 1]);
    },
    // The row's bookkeeping runs in a transaction of its own (with a setting before it).
    transaction: <T>(work: (m: { query: typeof dataSource.query }) => Promise<T>) =>
      work({ query: (sql, params) => dataSource.query(sql, params) }),
  };
  const handlers = { get: () => handler };
  const runner = new JobRunner(
    dataSource as unknown as DataSource,
    handlers as unknown as JobHandlers,
  );
  return { row, tries, run: () => runner.runById('job-1') };
}

describe('the retries of a failing job', () => {
  // The runner logs every failed try; the test needs no log.
  beforeAll(() => Logger.overrideLogger(false));

  it('waits 2, 4, 8 and 16 s between tries and gives up after the fifth', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, 5))).toEqual([
      2_000,
      4_000,
      8_000,
      16_000,
      null,
    ]);
  });

  it('puts a job that failed back with the growing pause, and marks it failed after five tries', async () => {
    const job = oneRow(() => Promise.reject(new Error('database gone')));
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await job.run());
    expect(outcomes).toEqual(['retry', 'retry', 'retry', 'retry', 'failed']);
    expect(job.tries).toEqual([2, 4, 8, 16, 'failed']);
    expect(job.row).toEqual({ status: 'failed', attempts: 5 });
    // Delivered once more, a failed job does not run again.
    expect(await job.run()).toBe('skipped');
    expect(job.row.attempts).toBe(5);
  });

  it('counts a job done when a later try succeeds', async () => {
    let calls = 0;
    const job = oneRow(() => (++calls < 3 ? Promise.reject(new Error('busy')) : Promise.resolve()));
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await job.run());
    expect(outcomes).toEqual(['retry', 'retry', 'done']);
    expect(job.tries).toEqual([2, 4]);
    expect(job.row).toEqual({ status: 'done', attempts: 3 });
  });
});
