import { IsOptional, Matches } from 'class-validator';
import { Secret } from './secret.decorator';

export class RedisConfig {
  /** Absent: no Redis; due jobs run in-process from the database outbox. */
  @Secret()
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]*$/, {
    message: 'must be a Redis connection URL such as redis://127.0.0.1:6379',
  })
  REDIS_URL?: string;
}
