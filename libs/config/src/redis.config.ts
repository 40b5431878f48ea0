import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Secret } from './secret.decorator';

export class RedisConfig {
  /** Absent: no Redis; due jobs run in-process from the database outbox. */
  @Secret()
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]*$/, {
    message: 'must be a Redis connection URL such as redis://127.0.0.1:6379',
  })
  REDIS_URL?: string;

  /**
   * Seconds a worker holds a job before others take it for dead (its process was killed):
   * the job then runs again, and its row makes sure nothing is done twice.
   */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of seconds from 2 to 600' })
  @Min(2, { message: 'must be a whole number of seconds from 2 to 600' })
  @Max(600, { message: 'must be a whole number of seconds from 2 to 600' })
  JOB_LOCK_SECONDS = 30;

  /**
   * Jobs one worker process runs at the same time. Jobs wait mostly on PostgreSQL, so several
   * at once keep a deadline from waiting behind a long re-check; each locks its own rows.
   */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 1 to 64' })
  @Min(1, { message: 'must be a whole number from 1 to 64' })
  @Max(64, { message: 'must be a whole number from 1 to 64' })
  JOB_CONCURRENCY = 8;

  /** Prefix of the queues' keys in Redis: installations (or test runs) sharing a Redis differ. */
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'must be 1 to 40 of a-z, 0-9, _ and -' })
  JOB_QUEUE_PREFIX = 'teilhabe';
}
