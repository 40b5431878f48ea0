import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@teilhabe/config';
import { Logger } from 'nestjs-pino';
import { createApp } from './create-app';

async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.app.PORT, config.app.HOST);
  const url = `http://${config.app.HOST}:${config.app.PORT}`;
  app.get(Logger).log(`Teilhabe API listening on ${url} (OpenAPI: ${url}/api/docs)`, 'Bootstrap');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Teilhabe API failed to start:', error);
  }
  process.exit(1);
});
