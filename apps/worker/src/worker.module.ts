import { type DynamicModule, Module } from '@nestjs/common';
import { CasesModule } from '@teilhabe/cases';
import { ContractsModule } from '@teilhabe/contracts';
import { IdempotencyModule, LoggingModule } from '@teilhabe/common';
import { type Config, ConfigModule } from '@teilhabe/config';
import { KeyRotationModule } from '@teilhabe/crypto';
import { DatabaseModule } from '@teilhabe/database';
import { JobsModule } from '@teilhabe/jobs';
import { RedisModule } from '@teilhabe/redis';

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
        CasesModule,
        ContractsModule,
        IdempotencyModule,
        KeyRotationModule,
      ],
    };
  }
}
