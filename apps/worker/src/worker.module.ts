import { type DynamicModule, Module } from '@nestjs/common';
import { LoggingModule } from '@teilhabe/common';
import { type Config, ConfigModule } from '@teilhabe/config';
import { DatabaseModule } from '@teilhabe/database';
import { JobsModule } from '@teilhabe/jobs';
import { RedisModule } from '@teilhabe/redis';
// One list of the job modules for the worker, the API and the commands (an app, not a library).
// eslint-disable-next-line no-restricted-imports
import { JOB_MODULES } from '../../cli/src/job-modules';

/** The background process: no HTTP, the same libraries as the API, running the jobs from Redis. */
@Module({})
export class WorkerModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot(),
        RedisModule.forRoot('worker'),
        JobsModule.worker(),
        ...JOB_MODULES,
      ],
    };
  }
}
