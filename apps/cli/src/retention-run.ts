// npm run retention:run: pseudonymises every case closed longer ago than RETENTION_YEARS.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CaseRetention, CasesModule } from '@teilhabe/cases';
import { type Config, ConfigError, ConfigModule, loadConfig } from '@teilhabe/config';
import { DatabaseModule } from '@teilhabe/database';

function retentionModule(config: Config) {
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), CasesModule] })
  class RetentionModule {}
  return RetentionModule;
}

async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(retentionModule(config), {
    logger: ['error', 'warn'],
  });
  try {
    const done = await app
      .get(CaseRetention)
      .run((n) => process.stderr.write(`Fälle pseudonymisiert: ${n}\n`));
    console.log(
      `Pseudonymised ${done} case(s) closed more than ${config.app.RETENTION_YEARS} years ago.`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
