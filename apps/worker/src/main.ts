import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@teilhabe/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
  const config = loadConfig(process.env);
  if (config.database.embedded || !config.redis.REDIS_URL) {
    // The embedded database can be opened by one process only, and without Redis there is no
    // queue to take jobs from: in that set-up the API process runs due jobs itself.
    throw new ConfigError(
      'Invalid configuration: the worker needs DATABASE_URL and REDIS_URL; without them the API runs due jobs itself',
    );
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // SIGTERM (a deployment, docker stop): take no new job, finish the running ones, exit 0.
  // A job that will not finish in time is left to the next worker, which its row tells.
  const stop = (signal: string) => {
    logger.log(`${signal}: finishing the running jobs`, 'Bootstrap');
    setTimeout(() => {
      logger.warn(`jobs still running after ${SHUTDOWN_SECONDS} s; stopping anyway`, 'Bootstrap');
      process.exit(1);
    }, SHUTDOWN_SECONDS * 1000).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  logger.log('Teilhabe worker ready', 'Bootstrap');
}

/** How long a stopping worker waits for its running jobs (docker stop waits 10 s by default). */
const SHUTDOWN_SECONDS = 25;

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
