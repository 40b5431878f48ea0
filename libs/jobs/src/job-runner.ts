import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobHandlers } from './job-handler';
import { BACKOFF_MS, type JobName } from './job-names';

interface ClaimedRow {
  id: string;
  name: JobName;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

export type RunOutcome = 'done' | 'retry' | 'failed' | 'skipped';

/**
 * After the `attempts`-th try of a job failed: how long until the next one (exponential
 * back-off: 2 s, 4 s, 8 s, …), or null when that was the last try and the job has failed.
 */
export function retryDelayMs(attempts: number, maxAttempts: number): number | null {
  return attempts >= maxAttempts ? null : BACKOFF_MS * 2 ** (attempts - 1);
}

/** A running job's row counts as abandoned (its process died) after this long without news. */
export const DEFAULT_LEASE_SECONDS = 120;

const CLAIMED = 'id, name, payload, attempts, max_attempts';

/**
 * Runs outbox rows: claims a row, calls its handler, records the outcome. The row decides:
 * a job delivered twice, or again after a crash, finds its row done and does nothing.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: JobHandlers,
  ) {}

  /**
   * Runs the row that Redis delivered (its id is the job id). A row that another process is
   * running (its lease is fresh) is left alone: a job never runs twice at the same time.
   */
  async runById(id: string, leaseSeconds = DEFAULT_LEASE_SECONDS): Promise<RunOutcome> {
    const row = firstRow<ClaimedRow>(
      await this.bookkeeping(
        `UPDATE job_outbox SET status = 'running', attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND (status = 'pending'
           OR (status = 'running' AND updated_at < now() - make_interval(secs => $2)))
        RETURNING ${CLAIMED}`,
        [id, leaseSeconds],
      ),
    );
    return row ? this.execute(row, leaseSeconds) : 'skipped';
  }

  /** Without Redis: claims the next due row (or one abandoned by a dead process) and runs it. */
  async runNext(leaseSeconds = DEFAULT_LEASE_SECONDS): Promise<RunOutcome | null> {
    const row = firstRow<ClaimedRow>(
      await this.bookkeeping(
        `UPDATE job_outbox SET status = 'running', attempts = attempts + 1, updated_at = now()
        WHERE id = (
          SELECT id FROM job_outbox
           WHERE (status = 'pending' AND run_after <= now())
              OR (status = 'running' AND updated_at < now() - make_interval(secs => $1))
           ORDER BY run_after LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING ${CLAIMED}`,
        [leaseSeconds],
      ),
    );
    return row ? this.execute(row, leaseSeconds) : null;
  }

  private async execute(row: ClaimedRow, leaseSeconds: number): Promise<RunOutcome> {
    const progress = async (value: Record<string, unknown>) => {
      await this.dataSource.query(
        `UPDATE job_outbox SET progress = $2, updated_at = now() WHERE id = $1`,
        [row.id, JSON.stringify(value)],
      );
    };
    // The lease is renewed while the job runs, so only a dead process's job counts as abandoned.
    const heartbeat = setInterval(
      () => {
        this.dataSource
          .query(`UPDATE job_outbox SET updated_at = now() WHERE id = $1 AND status = 'running'`, [
            row.id,
          ])
          .catch((error: unknown) => this.logger.warn(`lease of job ${row.id}: ${String(error)}`));
      },
      Math.max(250, (leaseSeconds * 1000) / 4),
    );
    try {
      const result = await this.handlers.get(row.name)(row.payload as never, progress);
      await this.bookkeeping(
        `UPDATE job_outbox SET status = 'done', result = $2, last_error = NULL, finished_at = now(),
                updated_at = now() WHERE id = $1`,
        [row.id, result ? JSON.stringify(result) : null],
      );
      return 'done';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const delayMs = retryDelayMs(row.attempts, row.max_attempts);
      const failed = delayMs === null;
      this.logger.error(
        `job ${row.name} ${row.id} failed (attempt ${row.attempts} of ${row.max_attempts}): ${message}`,
      );
      await this.bookkeeping(
        `UPDATE job_outbox
            SET status = $2, last_error = $3, updated_at = now(),
                run_after = now() + make_interval(secs => $4),
                finished_at = CASE WHEN $2 = 'failed' THEN now() END
          WHERE id = $1`,
        [row.id, failed ? 'failed' : 'pending', message.slice(0, 2000), (delayMs ?? 0) / 1000],
      );
      return failed ? 'failed' : 'retry';
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * A change to a row's state that need not wait for the disk: lost in a crash, the row is
   * claimed or finished once more, and its handler, which checks its own rows in a transaction
   * that does wait, does nothing twice. Saves two of the three disk flushes of every job.
   */
  private bookkeeping(sql: string, params: unknown[]): Promise<unknown> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL synchronous_commit = off`);
      return m.query<unknown>(sql, params);
    });
  }
}

/** TypeORM answers an UPDATE … RETURNING with `[rows, count]`. */
function firstRow<T>(result: unknown): T | undefined {
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
  return rows[0];
}
