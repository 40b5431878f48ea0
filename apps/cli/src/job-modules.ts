import { CasesModule } from '@teilhabe/cases';
import { IdempotencyModule } from '@teilhabe/common';
import { ContractsModule } from '@teilhabe/contracts';
import { KeyRotationModule } from '@teilhabe/crypto';
import { JobsModule } from '@teilhabe/jobs';

/**
 * Every library with a job handler or a hook into one (retention, key rotation): a command
 * that runs a job here runs it as the worker does, with every library's share. The job layer
 * refuses to start when one is missing.
 */
export const JOB_MODULES = [
  JobsModule.forRoot(),
  KeyRotationModule,
  CasesModule,
  ContractsModule,
  IdempotencyModule,
];
