import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CaseRetention } from '@teilhabe/cases';
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
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(CaseRetention).schedule();
  app.get(Logger).log('Teilhabe worker ready', 'Bootstrap');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
