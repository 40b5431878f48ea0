// npm run user:create -- --email anna.berg@lvr.example --role admin [--districts all|code,code] [--one-time]
// The password comes from USER_PASSWORD or is asked for on the terminal. It is the account's
// own password (the operator creating the first administrator for themselves); with
// --one-time it only lets the person set their own at the first sign-in.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { AuthModule, USER_ROLES, type UserRole, UsersService } from '@teilhabe/auth';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { type Config, ConfigError, ConfigModule, loadConfig } from '@teilhabe/config';
import { DatabaseModule } from '@teilhabe/database';
import { DistrictsModule, DistrictsService } from '@teilhabe/districts';

function cliModule(config: Config) {
  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), DistrictsModule, AuthModule],
  })
  class UserCliModule {}
  return UserCliModule;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      districts: { type: 'string', default: '' },
      'one-time': { type: 'boolean', default: false },
    },
  });
  if (!values.email)
    throw new Error(
      'usage: npm run user:create -- --email <address> [--role admin|team_lead|caseworker|committee] [--districts all|<code>,<code>] [--one-time]',
    );
  if (!USER_ROLES.includes(values.role as UserRole))
    throw new Error(`--role must be one of ${USER_ROLES.join(', ')}`);
  // eslint-disable-next-line no-restricted-properties -- the process's one entry point to the environment
  const env = process.env;
  const config = loadConfig(env);
  const password = env.USER_PASSWORD ?? (await ask(`Passwort für ${values.email}: `));
  const app = await NestFactory.createApplicationContext(cliModule(config), {
    logger: ['error', 'warn'],
  });
  try {
    const districts = await app.get(DistrictsService).list();
    const wanted =
      values.districts === 'all'
        ? districts.map((d) => d.code)
        : values.districts.split(',').filter(Boolean);
    const unknown = wanted.filter((code) => !districts.some((d) => d.code === code));
    if (unknown.length > 0)
      throw new Error(`unknown district codes: ${unknown.join(', ')} (see GET /api/v1/districts)`);
    const user = await app.get(UsersService).create(
      {
        email: values.email,
        password,
        ownPassword: !values['one-time'],
        role: values.role as UserRole,
        districtIds: districts.filter((d) => wanted.includes(d.code)).map((d) => d.id),
      },
      SYSTEM_ACTOR,
    );
    console.log(
      `Created ${user.role} ${user.email} for ${user.districtIds.length} district(s)` +
        (values['one-time'] ? ', with a one-time password.' : '.'),
    );
  } finally {
    await app.close();
  }
}

/** Asks on the terminal without echoing what is typed. */
async function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(question);
    muted = true;
    return await answer;
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  const details = (error as { errors?: { message: string }[] }).errors?.map(
    (e) => `password ${e.message}`,
  );
  console.error(details?.length ? `${message} ${details.join(' ')}` : message);
  process.exit(1);
});
