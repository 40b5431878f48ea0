import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RedisConfig } from '@teilhabe/config';
import { type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JOB_QUEUES, type JobName, QueueName } from './job-names';
import { everyMinute, PollingLoop } from './polling-loop';
import { ScheduledJobs } from './scheduled-jobs';

const BATCH = 500;

/**
 * With Redis: delivers due outbox rows to their queue, with the row id as the job id, so a
 * row delivered twice is one job. It is also the reconciler: it delivers every due row again
 * on each pass, which BullMQ ignores while the job exists and takes up when Redis lost it
 * (a Redis that keeps nothing on disk, FLUSHALL), and rows whose worker died mid-job.
 */
@Injectable()
export class JobRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop = new PollingLoop(new Logger('JobRelay'), () => this.relay());
  private readonly schedulesDue = everyMinute();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Background) private readonly background: Queue,
    private readonly schedules: ScheduledJobs,
    private readonly redis: RedisConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** One pass: schedules due, then every due row delivered. Returns how many were sent. */
  async relay(): Promise<number> {
    if (this.schedulesDue()) await this.schedules.ensure();
    const lease = this.redis.JOB_LOCK_SECONDS * 4;
    const due = await this.dataSource.query<{ id: string; name: JobName }[]>(
      `SELECT id, name FROM job_outbox
        WHERE (status = 'pending' AND run_after <= now())
           OR (status = 'running' AND updated_at < now() - make_interval(secs => $1))
        ORDER BY run_after LIMIT ${BATCH}`,
      [lease],
    );
    const queues = { [QueueName.Background]: this.background };
    for (const queue of Object.values(QueueName)) {
      const jobs = due.filter((row) => JOB_QUEUES[row.name] === queue);
      if (jobs.length === 0) continue;
      await queues[queue].addBulk(
        jobs.map((row) => ({
          name: row.name,
          data: {},
          // Retries are the row's business (its run_after): BullMQ delivers each try once. A
          // job that failed for good stays in Redis for the dashboard (the newest thousand).
          opts: { jobId: row.id, removeOnComplete: true, removeOnFail: { count: 1000 } },
        })),
      );
    }
    return due.length;
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
