export {
  checkHandlers,
  JobHandler,
  JobHandlers,
  type JobResult,
  type ProgressReporter,
} from './job-handler';
export {
  BACKOFF_MS,
  JOB_QUEUES,
  type JobActor,
  type JobItem,
  JobName,
  type JobPayloads,
  MAX_ATTEMPTS,
  QueueName,
  SCHEDULES,
} from './job-names';
export { JOB_STATUSES, JobOutbox, type JobStatus } from './job-outbox.entity';
export { JobRelay } from './job-relay';
export { JobRunner, type RunOutcome } from './job-runner';
export { InProcessJobs } from './in-process-jobs';
export { bullConnection, bullQueues, JobsModule } from './jobs.module';
export { type EnqueueOptions, JobsService, JobView } from './jobs.service';
export { periodOf, ScheduledJobs } from './scheduled-jobs';
