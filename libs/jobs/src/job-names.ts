/*
 * Every background job of the system, with the payload it carries. A job is named once here;
 * its payload type makes a wrong payload a compile error at `enqueue()`, and the boot check
 * makes a job without exactly one handler an error before the first job runs.
 *
 * Payloads carry ids and parameters only, never data of children and families: they are
 * stored in clear text in `job_outbox` and pass through Redis.
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
  /** Check again every contract an older rule set judged, in the requester's districts. */
  ContractsRecheck = 'contracts.recheck',
  /** Re-encrypt every stored personal value with the current key (crypto:rotate). */
  KeyRotation = 'crypto.rotate',
}

/** Who asked for a job, so that it acts with their rights and is recorded in their name. */
export interface JobActor {
  id: string;
  name: string;
  role: string;
  districtIds: string[];
}

type NoPayload = Record<string, never>;

export interface JobPayloads {
  [JobName.Retention]: NoPayload;
  [JobName.IdempotencyPurge]: NoPayload;
  [JobName.ContractsRecheck]: { actor: JobActor };
  [JobName.KeyRotation]: NoPayload;
}

/** One job as `enqueue()` takes it: a name and the payload of exactly that name. */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

export const JOB_QUEUES: Record<JobName, QueueName> = {
  [JobName.Retention]: QueueName.Background,
  [JobName.IdempotencyPurge]: QueueName.Background,
  [JobName.ContractsRecheck]: QueueName.Background,
  [JobName.KeyRotation]: QueueName.Background,
};

export interface Schedule {
  item: JobItem;
  every: 'day' | 'hour';
}

/** Recurring jobs: one row per period, whatever the number of processes that see it due. */
export const SCHEDULES: Schedule[] = [
  { item: { name: JobName.Retention, data: {} }, every: 'day' },
  { item: { name: JobName.IdempotencyPurge, data: {} }, every: 'hour' },
];

/** Tries before a job counts as failed (shown to administrators), with exponential back-off. */
export const MAX_ATTEMPTS = 5;
export const BACKOFF_MS = 2_000;
