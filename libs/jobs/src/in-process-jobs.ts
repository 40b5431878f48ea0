import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { JobRunner } from './job-runner';
import { everyMinute, PollingLoop } from './polling-loop';
import { ScheduledJobs } from './scheduled-jobs';

/**
 * Without Redis (the embedded default) the API process runs the jobs itself, from the same
 * outbox rows and with the same handlers as the worker. On shutdown it finishes the job it is
 * running and takes no other.
 */
@Injectable()
export class InProcessJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop = new PollingLoop(new Logger('Jobs'), () => this.drain());
  private readonly schedulesDue = everyMinute();

  constructor(
    private readonly runner: JobRunner,
    private readonly schedules: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Runs every due job, one after the other; returns how many. */
  async drain(): Promise<number> {
    if (this.schedulesDue()) await this.schedules.ensure();
    let ran = 0;
    while (!this.loop.isStopped && (await this.runner.runNext()) !== null) ran++;
    return ran;
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
