/*
 * Every background job of the system, with the payload it carries. A job is named once here;
 * its payload type makes a wrong payload a compile error at `enqueue()`, and the boot check
 * makes a job without exactly one handler an error before the first job runs.
 *
 * Payloads carry ids and parameters only, never personal data: they are stored in clear text
 * in `job_outbox` and pass through Redis.
 */

export enum QueueName {
  /** Housekeeping and long work that no user waits for. */
  Background = 'background',
}

export enum JobName {
  /** Pseudonymise the cases closed longer ago than RETENTION_YEARS. */
  Retention = 'retention.run',
  /** Forget idempotency keys (and the answers they keep) after their window. */
  IdempotencyPurge = 'idempotency.purge',
}

type NoPayload = Record<string, never>;

export interface JobPayloads {
  [JobName.Retention]: NoPayload;
  [JobName.IdempotencyPurge]: NoPayload;
}

/** One job as `enqueue()` takes it: a name and the payload of exactly that name. */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

export const JOB_QUEUES: Record<JobName, QueueName> = {
  [JobName.Retention]: QueueName.Background,
  [JobName.IdempotencyPurge]: QueueName.Background,
};

export interface Schedule {
  name: JobName;
  every: 'day' | 'hour';
}

/** Recurring jobs: one row per period, whatever the number of processes that see it due. */
export const SCHEDULES: Schedule[] = [
  { name: JobName.Retention, every: 'day' },
  { name: JobName.IdempotencyPurge, every: 'hour' },
];

/** Tries before a job counts as failed (shown to administrators), with exponential back-off. */
export const MAX_ATTEMPTS = 5;
export const BACKOFF_MS = 2_000;
