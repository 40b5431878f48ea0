import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { checkHandlers, JobHandler, JobHandlers } from './job-handler';
import { JobName } from './job-names';

/** Where each job is handled: one handler each, as the boot check wants it. */
const oneEach = () =>
  new Map<JobName, string[]>(Object.values(JobName).map((name) => [name, [`Handler.${name}`]]));

describe('the boot check of job handlers', () => {
  it('passes when every job has exactly one handler', () => {
    expect(() => checkHandlers(oneEach())).not.toThrow();
  });

  it('refuses a job without a handler, naming the job', () => {
    const found = oneEach();
    found.delete(JobName.KeyRotation);
    expect(() => checkHandlers(found)).toThrow('Background jobs: crypto.rotate has no handler');
  });

  it('refuses a job with two handlers, naming the job and both handlers', () => {
    const found = oneEach();
    found.set(JobName.Retention, ['CaseRetention.run', 'ContractsRetention.run']);
    expect(() => checkHandlers(found)).toThrow(
      'Background jobs: retention.run has 2 handlers: CaseRetention.run, ContractsRetention.run',
    );
  });

  it('names every problem at once', () => {
    const found = oneEach();
    found.set(JobName.IdempotencyPurge, []);
    found.set(JobName.ContractsRecheck, ['A.recheck', 'B.recheck']);
    expect(() => checkHandlers(found)).toThrow(
      'Background jobs: idempotency.purge has no handler; ' +
        'contracts.recheck has 2 handlers: A.recheck, B.recheck',
    );
  });
});

describe('the handlers found at boot', () => {
  const boot = async (...providers: (new (...args: never[]) => object)[]) => {
    @Module({ imports: [DiscoveryModule], providers: [JobHandlers, ...providers] })
    class TestModule {}
    const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    await app.close();
  };

  @Injectable()
  class Purge {
    @JobHandler(JobName.IdempotencyPurge)
    run() {
      return Promise.resolve();
    }
  }
  /** One handler for every other job, so that adding a job needs no change here. */
  const others = Object.values(JobName)
    .filter((name) => name !== JobName.IdempotencyPurge)
    .map((name) => {
      const handler = class {
        run() {
          return Promise.resolve();
        }
      };
      const run = Object.getOwnPropertyDescriptor(handler.prototype, 'run')!;
      JobHandler(name)(handler.prototype, 'run', run);
      Injectable()(handler);
      return handler;
    });
  @Injectable()
  class SecondPurge {
    @JobHandler(JobName.IdempotencyPurge)
    purge() {
      return Promise.resolve();
    }
  }

  it('stop the application from starting when a job has no handler', async () => {
    await expect(boot(...others)).rejects.toThrow(/idempotency\.purge has no handler/);
  });

  it('stop the application from starting when a job has two handlers, naming both', async () => {
    await expect(boot(...others, Purge, SecondPurge)).rejects.toThrow(
      /idempotency\.purge has 2 handlers: Purge\.run, SecondPurge\.purge/,
    );
  });

  it('let the application start with exactly one handler per job', async () => {
    await expect(boot(...others, Purge)).resolves.toBeUndefined();
  });
});
