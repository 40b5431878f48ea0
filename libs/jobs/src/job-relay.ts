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

interface DueRow {
  id: string;
  name: JobName;
}

/**
 * With Redis: delivers due outbox rows to their queue, with the row id as the job id, so a
 * row delivered twice is one job. It is also the reconciler: on each pass it delivers again
 * every due row whose job Redis no longer holds alive. That is a job Redis lost (a Redis that
 * keeps nothing on disk, FLUSHALL), and a job that ended in Redis while its row stayed due: a
 * try that broke before the row was updated (a database error in the claim) or a job BullMQ
 * gave up on (stalled too often). The row's claim makes sure that it runs once all the same.
 */
@Injectable()
export class JobRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobRelay');
  private readonly loop = new PollingLoop(this.logger, () => this.relay());
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

  /** One pass: schedules due, then every due row that Redis holds no live job for. */
  async relay(): Promise<number> {
    if (this.schedulesDue()) await this.schedules.ensure();
    const lease = this.redis.JOB_LOCK_SECONDS * 4;
    const due = await this.dataSource.query<DueRow[]>(
      `SELECT id, name FROM job_outbox
        WHERE (status = 'pending' AND run_after <= now())
           OR (status = 'running' AND updated_at < now() - make_interval(secs => $1))
        ORDER BY run_after LIMIT ${BATCH}`,
      [lease],
    );
    const queues = { [QueueName.Background]: this.background };
    let sent = 0;
    for (const name of Object.values(QueueName)) {
      const queue = queues[name];
      const rows = await this.undelivered(
        queue,
        due.filter((row) => JOB_QUEUES[row.name] === name),
      );
      if (rows.length === 0) continue;
      await queue.addBulk(
        rows.map((row) => ({
          name: row.name,
          data: {},
          // Retries are the row's business (its run_after): BullMQ delivers each try once. A
          // job that failed for good stays in Redis for the dashboard (the newest thousand).
          opts: { jobId: row.id, removeOnComplete: true, removeOnFail: { count: 1000 } },
        })),
      );
      sent += rows.length;
    }
    return sent;
  }

  /**
   * The due rows that need a delivery: those whose job Redis does not know, and those whose
   * job Redis holds as finished (removed first: BullMQ ignores an id it still holds). A job
   * that waits or runs is left alone; a worker that died holding one loses it to BullMQ's
   * stalled check, and should BullMQ give up on it, it is failed and delivered again here.
   */
  private async undelivered(queue: Queue, due: DueRow[]): Promise<DueRow[]> {
    const states = await Promise.all(due.map((row) => queue.getJobState(row.id)));
    const rows: DueRow[] = [];
    for (const [i, row] of due.entries()) {
      const state = states[i];
      if (state === 'completed' || state === 'failed') {
        // 0: the job is locked, i.e. it runs again already (another relay was quicker).
        if ((await queue.remove(row.id)) !== 1) continue;
        this.logger.warn(`job ${row.name} ${row.id} ended in Redis (${state}) but is still due`);
      } else if (state !== 'unknown') continue;
      rows.push(row);
    }
    return rows;
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
