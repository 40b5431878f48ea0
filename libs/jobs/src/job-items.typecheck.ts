/*
 * Compile-time tests of the job map, checked by every build (and so by every test run): each
 * `@ts-expect-error` line must fail to compile, or the build fails on the unused directive.
 */
import { type JobItem, JobName } from './job-names';

export const typeChecks: JobItem[] = [
  { name: JobName.Retention, data: {} },
  // @ts-expect-error -- a payload the job does not take is a compile error
  { name: JobName.Retention, data: { caseId: 'a' } },
  // @ts-expect-error -- a job name that does not exist is a compile error
  { name: 'letters.send', data: {} },
  // @ts-expect-error -- the payload is required
  { name: JobName.IdempotencyPurge },
];
