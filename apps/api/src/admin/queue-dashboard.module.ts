import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Controller, type DynamicModule, Get, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AuthModule, requireRoles, Roles } from '@teilhabe/auth';
import { DomainException } from '@teilhabe/common';
import { bullQueues, QueueName } from '@teilhabe/jobs';

/** Where administrators see the queues (outside the API's /api/v1 prefix). */
export const QUEUE_DASHBOARD_ROUTE = '/admin/queues';

/** Without Redis there is no queue to show: the jobs run in the API process itself. */
@ApiExcludeController()
@Roles('admin')
@Controller(QUEUE_DASHBOARD_ROUTE.slice(1))
class NoQueueDashboardController {
  @Get()
  show(): never {
    throw new DomainException(
      'not_found',
      'queue_dashboard_unavailable',
      'Ohne Redis (REDIS_URL) gibt es keine Warteschlange: Die Hintergrundaufgaben laufen im ' +
        'API-Prozess. Ihr Stand steht in der Tabelle job_outbox.',
    );
  }
}

/**
 * bull-board on the job queues, for signed-in administrators only (401 without sign-in, 403
 * for other roles). Read-only: PostgreSQL is the truth about a job, and a retry or removal
 * made in Redis alone would contradict it.
 */
@Module({})
export class QueueDashboardModule {
  static forRoot(withRedis: boolean): DynamicModule {
    if (!withRedis)
      return { module: QueueDashboardModule, controllers: [NoQueueDashboardController] };
    return {
      module: QueueDashboardModule,
      imports: [
        ...bullQueues(),
        BullBoardModule.forRootAsync({
          imports: [AuthModule],
          useFactory: () => ({
            route: QUEUE_DASHBOARD_ROUTE,
            adapter: ExpressAdapter,
            middleware: requireRoles('admin'),
            boardOptions: { uiConfig: { boardTitle: 'Teilhabe: Warteschlangen' } },
          }),
        }),
        BullBoardModule.forFeature(
          ...Object.values(QueueName).map((name) => ({
            name,
            adapter: BullMQAdapter,
            options: { readOnlyMode: true },
          })),
        ),
      ],
    };
  }
}
