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
  /** Delete the rate-limit counters whose window is over. */
  RateLimitPurge = 'rate-limits.purge',
  /** Check again every contract an older rule set judged, in the requester's districts. */
  ContractsRecheck = 'contracts.recheck',
  /** Re-encrypt every stored personal value with the current key (crypto:rotate). */
  KeyRotation = 'crypto.rotate',
  /** Mail one letter (its PDF attached); the letter's row makes sure it goes out once. */
  LetterSend = 'letters.send',
  /** Tell the office that a provider answered through its link (assignee or team leads). */
  AnswerNotice = 'letters.answer-notice',
  /** A deadline (Wiedervorlage) falls due: remind the provider, or escalate. */
  FollowUpDue = 'follow-ups.due',
  /** Tell the district's team leads of an escalation by e-mail (once). */
  EscalationNotify = 'escalations.notify',
  /** Remind the funding controllers that an allocation's 1 April repayment date is near. */
  FundingRepaymentReminder = 'funding.repayment-reminder',
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
  [JobName.RateLimitPurge]: NoPayload;
  [JobName.ContractsRecheck]: { actor: JobActor };
  [JobName.KeyRotation]: NoPayload;
  [JobName.LetterSend]: { letterId: string };
  [JobName.AnswerNotice]: { answerId: string };
  /** `dueAt`: the deadline this job was set for; a paused and resumed deadline has a new one. */
  [JobName.FollowUpDue]: { followUpId: string; dueAt: string };
  [JobName.EscalationNotify]: { escalationId: string };
  /** `dueBy`: the repayment date this job was set for; a changed assessment sets a new one. */
  [JobName.FundingRepaymentReminder]: { reminderId: string; dueBy: string };
}

/** One job as `enqueue()` takes it: a name and the payload of exactly that name. */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

export const JOB_QUEUES: Record<JobName, QueueName> = {
  [JobName.Retention]: QueueName.Background,
  [JobName.IdempotencyPurge]: QueueName.Background,
  [JobName.RateLimitPurge]: QueueName.Background,
  [JobName.ContractsRecheck]: QueueName.Background,
  [JobName.KeyRotation]: QueueName.Background,
  [JobName.LetterSend]: QueueName.Background,
  [JobName.AnswerNotice]: QueueName.Background,
  [JobName.FollowUpDue]: QueueName.Background,
  [JobName.EscalationNotify]: QueueName.Background,
  [JobName.FundingRepaymentReminder]: QueueName.Background,
};

export interface Schedule {
  item: JobItem;
  every: 'day' | 'hour';
}

/** Recurring jobs: one row per period, whatever the number of processes that see it due. */
export const SCHEDULES: Schedule[] = [
  { item: { name: JobName.Retention, data: {} }, every: 'day' },
  { item: { name: JobName.IdempotencyPurge, data: {} }, every: 'hour' },
  { item: { name: JobName.RateLimitPurge, data: {} }, every: 'hour' },
];

/** Tries before a job counts as failed (shown to administrators), with exponential back-off. */
export const MAX_ATTEMPTS = 5;
export const BACKOFF_MS = 2_000;
