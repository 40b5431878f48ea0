// npm run crypto:rotate: re-encrypts personal data with the current key (ENCRYPTION_KEY_ID),
// as the key rotation job: run here with progress, or only enqueued for the worker.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { type INestApplicationContext } from '@nestjs/common';
import { FieldCipher, KeyRotation, type StepCount } from '@teilhabe/crypto';
import { JobName, JobRunner, JobsModule, JobsService, type JobView } from '@teilhabe/jobs';
import { setTimeout as sleep } from 'node:timers/promises';
import { cliConfig, runCli, withApp } from './cli';
import { JOB_MODULES } from './job-modules';
import { progress } from './progress';

/** "1 cases, 2 timeline reasons and 1 contracts" (steps with nothing to do left out). */
const listed = (steps: StepCount[]) => {
  const parts = steps.filter((s) => s.count > 0).map((s) => `${s.count} ${s.label}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
};

/** Follows the job's row until it is finished, drawing its progress. */
async function follow(app: INestApplicationContext, id: string, total: number): Promise<JobView> {
  const jobs = app.get(JobsService);
  const draw = progress('Neu verschlüsseln', total);
  let last = -1;
  for (;;) {
    const job = (await jobs.get(id))!;
    const done = Number(job.progress?.done ?? 0);
    if (done !== last && done > 0) draw(done);
    last = done;
    if (job.status === 'done' || job.status === 'failed') return job;
    if (job.status === 'pending' && job.attempts > 0) return job; // an attempt failed
    await sleep(200);
  }
}

runCli({
  usage: 'npm run crypto:rotate -- [--enqueue]',
  description:
    'Re-encrypts every stored personal value that is not encrypted with the current key ' +
    '(the first of ENCRYPTION_KEYS), clear-text leftovers included, and drops cached answers ' +
    'encrypted with an older key. Afterwards the older keys can be removed.',
  options: {
    enqueue: {
      type: 'boolean',
      default: false,
      description: 'only enqueue the job: the worker (or the API without Redis) runs it',
    },
  },
  run: ({ values }) =>
    withApp(cliConfig(), [JobsModule.forRoot(), ...JOB_MODULES], async (app) => {
      const key = app.get(FieldCipher).currentKeyId;
      const total = (await app.get(KeyRotation).pending()).reduce((n, s) => n + s.count, 0);
      if (total === 0) {
        console.log(`Everything is encrypted with key ${key}; nothing to do.`);
        return 0;
      }
      const id = await app.get(JobsService).enqueue({ name: JobName.KeyRotation, data: {} });
      if (values.enqueue) {
        console.log(`Enqueued key rotation job ${id} for ${total} rows.`);
        return 0;
      }
      // Run it here; should a worker have taken it first, this only follows its progress.
      const [job] = await Promise.all([follow(app, id, total), app.get(JobRunner).runById(id)]);
      if (job.status !== 'done') {
        console.error(`Key rotation job ${id} failed: ${job.lastError}`);
        return 1;
      }
      const steps = (job.result?.steps ?? []) as StepCount[];
      const reencrypted = listed(steps.filter((s) => !s.drops));
      const dropped = listed(steps.filter((s) => s.drops));
      console.log(
        [
          reencrypted && `Re-encrypted ${reencrypted} with key ${key}.`,
          dropped && `Dropped ${dropped}.`,
          `Older keys can now be removed (job ${id}).`,
        ]
          .filter(Boolean)
          .join(' '),
      );
      return 0;
    }),
});
