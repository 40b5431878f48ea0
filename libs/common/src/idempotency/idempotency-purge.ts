import { Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobHandler, JobName, type JobResult } from '@teilhabe/jobs';
import { DataSource } from 'typeorm';
import { IDEMPOTENCY_WINDOW_HOURS } from './idempotency';
import { IdempotencyKey } from './idempotency-key.entity';
import { IdempotencyKeyRotation } from './idempotency-rotation';

/** Forgets the answers of idempotency keys after their window: they may hold personal data. */
@Injectable()
export class IdempotencyPurge {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @JobHandler(JobName.IdempotencyPurge)
  async purge(): Promise<JobResult> {
    const [, deleted] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [IDEMPOTENCY_WINDOW_HOURS],
    );
    return { deleted };
  }
}

/** The scheduled purge and the key-rotation step of the idempotency keys. */
@Module({
  imports: [TypeOrmModule.forFeature([IdempotencyKey])],
  providers: [IdempotencyPurge, IdempotencyKeyRotation],
})
export class IdempotencyModule {}
