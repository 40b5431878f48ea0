import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuditModule } from '@teilhabe/audit';
import { AuthGuard, AuthModule, RolesGuard } from '@teilhabe/auth';
import { CasesModule } from '@teilhabe/cases';
import { ContractsModule } from '@teilhabe/contracts';
import { FollowUpsModule } from '@teilhabe/follow-ups';
import { FundingModule } from '@teilhabe/funding';
import {
  ContentTypeGuard,
  DomainExceptionFilter,
  IdempotencyModule,
  LoggingModule,
  RateLimitModule,
  StrictValidationPipe,
} from '@teilhabe/common';
import { type Config, ConfigModule } from '@teilhabe/config';
import { KeyRotationModule } from '@teilhabe/crypto';
import { DatabaseModule } from '@teilhabe/database';
import { DistrictsModule } from '@teilhabe/districts';
import { JobsModule } from '@teilhabe/jobs';
import { LettersModule } from '@teilhabe/letters';
import { ProvidersModule } from '@teilhabe/providers';
import { PublicFormModule } from '@teilhabe/public-form';
import { RedisModule } from '@teilhabe/redis';
import { ReportsModule } from '@teilhabe/reports';
// One list of the job modules for the worker, the API and the commands (an app, not a library).
// eslint-disable-next-line no-restricted-imports
import { JOB_MODULES } from '../../cli/src/job-modules';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { AuditController } from './audit/audit.controller';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot(),
        RedisModule.forRoot('api'),
        // Without Redis there is no worker: this process runs the background jobs itself.
        config.redis.REDIS_URL ? JobsModule.forRoot() : JobsModule.inProcess(),
        IdempotencyModule,
        RateLimitModule,
        AuditModule,
        AuthModule,
        DistrictsModule,
        ProvidersModule,
        CasesModule,
        ContractsModule,
        LettersModule,
        FollowUpsModule,
        FundingModule,
        PublicFormModule,
        ReportsModule,
        KeyRotationModule,
        // Those it serves already; listed for the jobs, so that no job's share goes missing here.
        ...JOB_MODULES,
        QueueDashboardModule.forRoot(Boolean(config.redis.REDIS_URL)),
      ],
      controllers: [HealthController, AuditController],
      providers: [
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        { provide: APP_PIPE, useClass: StrictValidationPipe },
        // Guards run in this order: who is asking, may they, then what they send.
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useExisting: RolesGuard },
        { provide: APP_GUARD, useClass: ContentTypeGuard },
      ],
    };
  }
}
