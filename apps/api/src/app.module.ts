import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuditModule } from '@teilhabe/audit';
import { AuthGuard, AuthModule, RolesGuard } from '@teilhabe/auth';
import { CasesModule } from '@teilhabe/cases';
import { ContractsModule } from '@teilhabe/contracts';
import {
  ContentTypeGuard,
  DomainExceptionFilter,
  IdempotencyModule,
  LoggingModule,
  StrictValidationPipe,
} from '@teilhabe/common';
import { type Config, ConfigModule } from '@teilhabe/config';
import { KeyRotationModule } from '@teilhabe/crypto';
import { DatabaseModule } from '@teilhabe/database';
import { DistrictsModule } from '@teilhabe/districts';
import { JobsModule } from '@teilhabe/jobs';
import { ProvidersModule } from '@teilhabe/providers';
import { RedisModule } from '@teilhabe/redis';
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
        AuditModule,
        AuthModule,
        DistrictsModule,
        ProvidersModule,
        CasesModule,
        ContractsModule,
        KeyRotationModule,
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
