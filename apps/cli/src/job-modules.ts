import { CasesModule } from '@teilhabe/cases';
import { IdempotencyModule, RateLimitModule } from '@teilhabe/common';
import { ContractsModule } from '@teilhabe/contracts';
import { FollowUpsModule } from '@teilhabe/follow-ups';
import { FundingModule } from '@teilhabe/funding';
import { KeyRotationModule } from '@teilhabe/crypto';
import { LettersModule } from '@teilhabe/letters';

/**
 * Every library with a job handler or a hook into one (retention, key rotation). The worker,
 * the API and the commands that run a job load them all, each beside its own JobsModule, so a
 * job runs with every library's share wherever it runs. The job layer refuses to start when
 * a handler is missing; a missing hook would go unnoticed, hence this one list.
 */
export const JOB_MODULES = [
  KeyRotationModule,
  CasesModule,
  ContractsModule,
  LettersModule,
  FollowUpsModule,
  FundingModule,
  IdempotencyModule,
  RateLimitModule,
];
