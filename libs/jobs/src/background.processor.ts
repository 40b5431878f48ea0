import { Processor, WorkerHost } from '@nestjs/bullmq';
import {
  type BeforeApplicationShutdown,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { RedisConfig } from '@teilhabe/config';
import { type Job, UnrecoverableError } from 'bullmq';
import { JobRunner, type RunOutcome } from './job-runner';
import { QueueName } from './job-names';
import { JobsService } from './jobs.service';

/** Thin: the job id is the outbox row's id, and the runner does the rest. */
@Processor(QueueName.Background, { autorun: false, concurrency: 1 })
export class BackgroundProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  constructor(
    private readonly runner: JobRunner,
    private readonly jobs: JobsService,
    private readonly config: RedisConfig,
  ) {
    super();
  }

  /** Starts taking jobs once the lock time from the configuration is set. */
  onApplicationBootstrap(): void {
    const lockMs = this.config.JOB_LOCK_SECONDS * 1000;
    Object.assign(this.worker.opts, { lockDuration: lockMs, stalledInterval: lockMs });
    this.worker.concurrency = this.config.JOB_CONCURRENCY;
    void this.worker.run();
  }

  /** Before the database closes: take no new job, wait for the running ones. */
  async beforeApplicationShutdown(): Promise<void> {
    const closed = this.worker.close();
    // close() stops the fetching at once; from this line on no new job is taken.
    new Logger('Jobs').log('taking no new jobs; finishing the running ones');
    await closed;
  }

  async process(job: Job): Promise<RunOutcome> {
    const outcome = await this.runner.runById(job.id!, this.config.JOB_LOCK_SECONDS * 4);
    if (outcome === 'failed') {
      // Out of tries: failed in BullMQ too, so that the queue dashboard shows it with its error.
      const row = await this.jobs.get(job.id!);
      throw new UnrecoverableError(row?.lastError ?? 'failed');
    }
    return outcome;
  }
}
