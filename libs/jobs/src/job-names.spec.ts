import { type JobsService } from './jobs.service';
import {
  type JobActor,
  type JobItem,
  JOB_QUEUES,
  JobName,
  QueueName,
  SCHEDULES,
} from './job-names';

const actor: JobActor = { id: 'u1', name: 'Team Lead', role: 'team_lead', districtIds: [] };

/*
 * Compile-time tests of the job map, checked by `npm run lint` (tsc over the specs too): each
 * `@ts-expect-error` line must fail to compile, or tsc fails on the unused directive. Never
 * called: the calls are there to be type-checked against the real `enqueue()`.
 */
export function enqueueTypeChecks(jobs: JobsService): Promise<string>[] {
  return [
    jobs.enqueue({ name: JobName.Retention, data: {} }),
    jobs.enqueue({ name: JobName.ContractsRecheck, data: { actor } }),
    // @ts-expect-error -- a payload the job does not take is a compile error
    jobs.enqueue({ name: JobName.Retention, data: { caseId: 'a' } }),
    // @ts-expect-error -- a payload that lacks what the job needs is a compile error
    jobs.enqueue({ name: JobName.ContractsRecheck, data: {} }),
    // @ts-expect-error -- another job's payload is a compile error
    jobs.enqueue({ name: JobName.KeyRotation, data: { actor } }),
    // @ts-expect-error -- a job name that does not exist is a compile error
    jobs.enqueue({ name: 'letters.send', data: {} }),
    // @ts-expect-error -- the payload is required
    jobs.enqueue({ name: JobName.IdempotencyPurge }),
  ];
}

describe('the job map', () => {
  it('pairs each job name with its own payload', () => {
    const items: JobItem[] = [
      { name: JobName.ContractsRecheck, data: { actor } },
      // @ts-expect-error -- a job item with the payload of another job is a compile error
      { name: JobName.Retention, data: { actor } },
    ];
    expect(items.map((item) => item.name)).toEqual([JobName.ContractsRecheck, JobName.Retention]);
  });

  it('puts every job on a queue that exists', () => {
    for (const name of Object.values(JobName)) {
      expect(Object.values(QueueName)).toContain(JOB_QUEUES[name]);
    }
  });

  it('runs retention daily, forgets idempotency keys and closed rate-limit windows hourly, nothing else on a schedule', () => {
    expect(SCHEDULES.map((s) => [s.item.name, s.every])).toEqual([
      [JobName.Retention, 'day'],
      [JobName.IdempotencyPurge, 'hour'],
      [JobName.RateLimitPurge, 'hour'],
    ]);
  });
});
