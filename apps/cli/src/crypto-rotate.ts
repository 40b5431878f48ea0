// npm run crypto:rotate: re-encrypts personal data with the current key (ENCRYPTION_KEY_ID).
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CaseKeyRotation, CasesModule } from '@teilhabe/cases';
import { type Config, ConfigError, ConfigModule, loadConfig } from '@teilhabe/config';
import { ContractKeyRotation, ContractsModule } from '@teilhabe/contracts';
import { FieldCipher } from '@teilhabe/crypto';
import { DatabaseModule } from '@teilhabe/database';
import { progress } from './progress';

function rotationModule(config: Config) {
  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), CasesModule, ContractsModule],
  })
  class RotationModule {}
  return RotationModule;
}

async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(rotationModule(config), {
    logger: ['error', 'warn'],
  });
  try {
    const key = app.get(FieldCipher).currentKeyId;
    const cases = app.get(CaseKeyRotation);
    const contracts = app.get(ContractKeyRotation);
    const pendingCases = await cases.pending();
    const casesTotal = pendingCases.cases + pendingCases.reasons;
    const pendingContracts = await contracts.pending();
    if (casesTotal + pendingContracts === 0) {
      console.log(`All cases and contracts are encrypted with key ${key}; nothing to do.`);
      return;
    }
    const doneCases = casesTotal
      ? await cases.rotate(progress('Fälle neu verschlüsseln', casesTotal))
      : { cases: 0, reasons: 0 };
    const doneContracts = pendingContracts
      ? await contracts.rotate(progress('Verträge neu verschlüsseln', pendingContracts))
      : 0;
    console.log(
      `Re-encrypted ${doneCases.cases} cases, ${doneCases.reasons} timeline reasons and ${doneContracts} contracts with key ${key}. Older keys can now be removed.`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
