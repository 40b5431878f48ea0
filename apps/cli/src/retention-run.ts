// npm run retention:run: pseudonymises every case closed longer ago than RETENTION_YEARS.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { CaseRetention } from '@teilhabe/cases';
import { JobsModule } from '@teilhabe/jobs';
import { cliConfig, runCli, withApp } from './cli';
import { JOB_MODULES } from './job-modules';

runCli({
  usage: 'npm run retention:run',
  description:
    'Pseudonymises now what the daily retention job would: every case closed longer ago than ' +
    'RETENTION_YEARS loses its personal data, with every library erasing its own share ' +
    '(care contracts, …). Safe to run at any time, also beside the worker.',
  options: {},
  run: async () => {
    const config = cliConfig();
    const done = await withApp(config, [JobsModule.forRoot(), ...JOB_MODULES], (app) =>
      app.get(CaseRetention).run((n) => process.stderr.write(`Fälle pseudonymisiert: ${n}\n`)),
    );
    console.log(
      `Pseudonymised ${done} case(s) closed more than ${config.app.RETENTION_YEARS} years ago.`,
    );
  },
});
