import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RedisConfig } from '@teilhabe/config';
import { BackgroundProcessor } from './background.processor';
import { InProcessJobs } from './in-process-jobs';
import { JobHandlers } from './job-handler';
import { QueueName } from './job-names';
import { JobOutbox } from './job-outbox.entity';
import { JobRelay } from './job-relay';
import { JobRunner } from './job-runner';
import { JobsService } from './jobs.service';
import { ScheduledJobs } from './scheduled-jobs';

const CORE = [JobsService, JobHandlers, JobRunner, ScheduledJobs];

/** BullMQ's connection options from a redis:// URL; workers must wait, not fail, on Redis. */
export function bullConnection(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/** The BullMQ connection and queues: for the worker, and for the API's queue dashboard. */
export function bullQueues(): DynamicModule[] {
  return [
    BullModule.forRootAsync({
      inject: [RedisConfig],
      useFactory: (config: RedisConfig) => ({
        connection: bullConnection(config.REDIS_URL!),
        prefix: config.JOB_QUEUE_PREFIX,
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ];
}

/**
 * Background jobs. Every process can enqueue (an outbox row). Who runs them:
 * - `JobsModule.worker()`: the worker process, from Redis (BullMQ), with the relay;
 * - `JobsModule.inProcess()`: the API process when there is no Redis (the embedded default);
 * - `JobsModule.forRoot()`: enqueue only (the API next to a worker).
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([JobOutbox])],
      providers: CORE,
      exports: [JobsService, JobRunner, ScheduledJobs],
    };
  }

  static inProcess(): DynamicModule {
    const root = JobsModule.forRoot();
    return {
      ...root,
      providers: [...CORE, InProcessJobs],
      exports: [...root.exports!, InProcessJobs],
    };
  }

  static worker(): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([JobOutbox]), ...bullQueues()],
      providers: [...CORE, JobRelay, BackgroundProcessor],
      exports: [JobsService, JobRunner, ScheduledJobs, JobRelay],
    };
  }
}
