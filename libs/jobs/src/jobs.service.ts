import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type JobItem, MAX_ATTEMPTS } from './job-names';
import { JOB_STATUSES, JobOutbox, type JobStatus } from './job-outbox.entity';

export interface EnqueueOptions {
  /**
   * The transaction of the change that causes the job: the job exists if and only if the
   * change was committed.
   */
  manager?: EntityManager;
  /** At most one job with this key, ever (a second enqueue returns the first one's id). */
  key?: string;
  runAfter?: Date;
}

/** A background job as its requester follows it. */
export class JobView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: JOB_STATUSES, enumName: 'JobStatus' }) status!: JobStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'e.g. {done, total}',
  })
  progress!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  result!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}

/** The one way into the background: `enqueue(item)` writes an outbox row. */
@Injectable()
export class JobsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async enqueue(item: JobItem, options: EnqueueOptions = {}): Promise<string> {
    const m = options.manager ?? this.dataSource.manager;
    const rows = await m.query<{ id: string }[]>(
      `INSERT INTO job_outbox (name, payload, key, max_attempts, run_after)
       VALUES ($1, $2, $3, $4, coalesce($5, now()))
       ON CONFLICT (key) DO NOTHING
       RETURNING id`,
      [
        item.name,
        JSON.stringify(item.data),
        options.key ?? null,
        MAX_ATTEMPTS,
        options.runAfter ?? null,
      ],
    );
    if (rows[0]) return rows[0].id;
    const [existing] = await m.query<{ id: string }[]>('SELECT id FROM job_outbox WHERE key = $1', [
      options.key,
    ]);
    return existing.id;
  }

  async get(id: string): Promise<JobView | null> {
    const row = await this.dataSource.getRepository(JobOutbox).findOneBy({ id });
    return row && toJobView(row);
  }

  /** A job of `name` that `actorId` asked for, or null (someone else's is not shown). */
  async getOwn(id: string, name: JobItem['name'], actorId: string): Promise<JobView | null> {
    const row = await this.dataSource
      .getRepository(JobOutbox)
      .createQueryBuilder('j')
      .where('j.id = :id AND j.name = :name', { id, name })
      .andWhere(`j.payload -> 'actor' ->> 'id' = :actorId`, { actorId })
      .getOne();
    return row && toJobView(row);
  }
}

export function toJobView(row: JobOutbox): JobView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    attempts: row.attempts,
    progress: row.progress,
    result: row.result,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
