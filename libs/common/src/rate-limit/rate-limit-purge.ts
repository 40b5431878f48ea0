import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { JobHandler, JobName, type JobResult } from '@teilhabe/jobs';
import { DataSource } from 'typeorm';
import { RateLimitGuard, RateLimiter } from './rate-limit';
import { RateLimitCounter } from './rate-limit-counter.entity';

/** Deletes the counters whose window is over: they count nothing any more. */
@Injectable()
export class RateLimitPurge {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @JobHandler(JobName.RateLimitPurge)
  async purge(): Promise<JobResult> {
    const [, deleted] = await this.dataSource.query<[unknown[], number]>(
      'DELETE FROM rate_limit_counters WHERE window_ends_at < now()',
    );
    return { deleted };
  }
}

/** Rate limits per client address (RateLimited, RateLimiter) and their scheduled purge. */
@Module({
  imports: [TypeOrmModule.forFeature([RateLimitCounter])],
  providers: [RateLimiter, RateLimitGuard, RateLimitPurge],
  exports: [RateLimiter, RateLimitGuard],
})
export class RateLimitModule {}
