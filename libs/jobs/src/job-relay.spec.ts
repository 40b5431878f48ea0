import { Logger } from '@nestjs/common';
import { type RedisConfig } from '@teilhabe/config';
import { type JobState, type Queue } from 'bullmq';
import { type DataSource } from 'typeorm';
import { JobName } from './job-names';
import { JobRelay } from './job-relay';
import { type ScheduledJobs } from './scheduled-jobs';

/** Due rows named by the state of their job in Redis; `locked` ones cannot be removed. */
function relayOver(jobs: Record<string, JobState | 'unknown'>, locked: string[] = []) {
  const removed: string[] = [];
  const added: string[] = [];
  const dataSource = {
    query: () =>
      Promise.resolve(Object.keys(jobs).map((id) => ({ id, name: JobName.IdempotencyPurge }))),
  };
  const queue = {
    getJobState: (id: string) => Promise.resolve(jobs[id]),
    remove: (id: string) => {
      if (locked.includes(id)) return Promise.resolve(0);
      removed.push(id);
      return Promise.resolve(1);
    },
    addBulk: (bulk: { opts: { jobId: string } }[]) => {
      added.push(...bulk.map((job) => job.opts.jobId));
      return Promise.resolve([]);
    },
  };
  const relay = new JobRelay(
    dataSource as unknown as DataSource,
    queue as unknown as Queue,
    { ensure: () => Promise.resolve() } as unknown as ScheduledJobs,
    { JOB_LOCK_SECONDS: 30 } as RedisConfig,
  );
  return { relay, removed, added };
}

describe('the relay', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('delivers a due row whose job Redis does not know, and leaves waiting and running jobs', async () => {
    const { relay, removed, added } = relayOver({
      lost: 'unknown',
      waiting: 'waiting',
      running: 'active',
      later: 'delayed',
      prioritized: 'prioritized',
    });
    expect(await relay.relay()).toBe(1);
    expect(added).toEqual(['lost']);
    expect(removed).toEqual([]);
  });

  it('delivers again a due row whose job ended in Redis, removing the old job first', async () => {
    const { relay, removed, added } = relayOver({ failed: 'failed', completed: 'completed' });
    expect(await relay.relay()).toBe(2);
    expect(removed).toEqual(['failed', 'completed']);
    expect(added).toEqual(['failed', 'completed']);
  });

  it('leaves a finished job that is locked again, as another relay was quicker', async () => {
    const { relay, added } = relayOver({ taken: 'failed' }, ['taken']);
    expect(await relay.relay()).toBe(0);
    expect(added).toEqual([]);
  });
});
