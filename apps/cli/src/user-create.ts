// npm run user:create -- --email anna.berg@lvr.example --role admin [--districts all|code,code] [--one-time]
// The password comes from USER_PASSWORD or is asked for on the terminal. It is the account's
// own password (the operator creating the first administrator for themselves); with
// --one-time it only lets the person set their own at the first sign-in.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { AuthModule, USER_ROLES, type UserRole, UsersService } from '@teilhabe/auth';
import { SYSTEM_ACTOR } from '@teilhabe/common';
import { DistrictsModule, DistrictsService } from '@teilhabe/districts';
import { cliConfig, runCli, UsageError, withApp } from './cli';

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

/** The password rules' complaints ("password must be …") belong in the one error line. */
function withDetails(error: unknown): unknown {
  const details = (error as { errors?: { message: string }[] } | null)?.errors?.map(
    (e) => `password ${e.message}`,
  );
  return details?.length ? new Error(`${(error as Error).message} ${details.join(' ')}`) : error;
}

runCli({
  usage:
    'npm run user:create -- --email <address> [--role admin|team_lead|caseworker|committee] ' +
    '[--districts all|<code>,<code>] [--one-time]',
  description:
    'Creates a user account. The password comes from USER_PASSWORD or is asked for on the ' +
    'terminal; with --one-time it is only good for the first sign-in, where the person sets ' +
    'their own.',
  options: {
    email: { type: 'string', description: 'the address the person signs in with' },
    role: { type: 'string', default: 'admin', description: `one of ${USER_ROLES.join(', ')}` },
    districts: {
      type: 'string',
      default: '',
      description: 'district codes the account may see, comma-separated, or all',
    },
    'one-time': {
      type: 'boolean',
      default: false,
      description: 'the password must be changed at the first sign-in',
    },
  },
  run: async ({ values }) => {
    const { email } = values;
    const role = values.role as UserRole;
    if (!email) throw new UsageError('--email is required');
    if (!USER_ROLES.includes(role)) {
      throw new UsageError(`--role must be one of ${USER_ROLES.join(', ')}`);
    }
    const config = cliConfig();
    // eslint-disable-next-line no-restricted-properties -- the secret is not part of the configuration
    const password = process.env.USER_PASSWORD ?? (await ask(`Passwort für ${email}: `));
    await withApp(config, [DistrictsModule, AuthModule], async (app) => {
      const districts = await app.get(DistrictsService).list();
      const wanted =
        values.districts === 'all'
          ? districts.map((d) => d.code)
          : (values.districts ?? '').split(',').filter(Boolean);
      const unknown = wanted.filter((code) => !districts.some((d) => d.code === code));
      if (unknown.length > 0) {
        throw new Error(
          `unknown district codes: ${unknown.join(', ')} (see GET /api/v1/districts)`,
        );
      }
      const user = await app
        .get(UsersService)
        .create(
          {
            email,
            password,
            ownPassword: !values['one-time'],
            role,
            districtIds: districts.filter((d) => wanted.includes(d.code)).map((d) => d.id),
          },
          SYSTEM_ACTOR,
        )
        .catch((error: unknown) => {
          throw withDetails(error);
        });
      console.log(
        `Created ${user.role} ${user.email} for ${user.districtIds.length} district(s)` +
          (values['one-time'] ? ', with a one-time password.' : '.'),
      );
    });
  },
});
