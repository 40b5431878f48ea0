import { startProcess } from './support/process';

/** Every command-line tool, by its npm script and its compiled entry point. */
const COMMANDS: [script: string, file: string][] = [
  ['db:migrate', 'migrate'],
  ['db:generate', 'db-generate'],
  ['seed:demo', 'seed-demo'],
  ['crypto:keygen', 'crypto-keygen'],
  ['crypto:rotate', 'crypto-rotate'],
  ['user:create', 'user-create'],
  ['retention:run', 'retention-run'],
  ['rules', 'rules'],
];

const run = (file: string, args: string[]) =>
  startProcess(`dist/apps/cli/src/${file}.js`, {}, undefined, args);

describe('the command-line tools', () => {
  it.each(COMMANDS)(
    'npm run %s -- --help says how it is called and exits 0',
    async (script, file) => {
      const help = run(file, ['--help']);
      expect(await help.exited).toBe(0);
      expect(help.stdout()).toMatch(new RegExp(`^usage: npm run (--silent )?${script}\\b`));
      expect(help.stdout()).toMatch(/\n {2}--help\s+shows this text\n/);
      expect(help.stderr()).toBe('');
    },
  );

  it.each(COMMANDS)('npm run %s refuses an unknown option with exit code 2', async (_, file) => {
    const wrong = run(file, ['--no-such-option']);
    expect(await wrong.exited).toBe(2);
    expect(wrong.stderr()).toContain("Unknown option '--no-such-option'");
    expect(wrong.stderr()).toContain('(--help for more)');
  });

  it('lists the options of user:create with their defaults', async () => {
    const help = run('user-create', ['--help']);
    await help.exited;
    expect(help.stdout()).toMatch(/--email <value>\s+the address the person signs in with/);
    expect(help.stdout()).toMatch(/--role <value>\s+one of admin, .* \(admin\)/);
    expect(help.stdout()).toMatch(/--one-time\s+the password must be changed/);
  });

  it('user:create without --email is a wrong call, before anything is opened', async () => {
    const create = run('user-create', ['--role', 'caseworker']);
    expect(await create.exited).toBe(2);
    expect(create.stderr()).toMatch(/^--email is required\nusage: npm run user:create/);
  });

  it('user:create names the roles when the role is unknown', async () => {
    const create = run('user-create', ['--email', 'a@b.example', '--role', 'boss']);
    expect(await create.exited).toBe(2);
    expect(create.stderr()).toContain('--role must be one of admin, team_lead, caseworker');
  });

  it('rules needs a command and a file and knows only its commands', async () => {
    const none = run('rules', []);
    expect(await none.exited).toBe(2);
    expect(none.stderr()).toContain('missing <command>');
    const unknown = run('rules', ['judge', 'x.jsonl']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.stderr()).toContain('unknown command judge');
    const unreadable = run('rules', ['classify', '/no/such/file.jsonl']);
    expect(await unreadable.exited).toBe(2);
    expect(unreadable.stderr()).toBe('rules: cannot read /no/such/file.jsonl\n');
    const noFile = run('rules', ['eval']);
    expect(await noFile.exited).toBe(2);
    expect(noFile.stderr()).toContain('eval needs a file');
  });

  it('db:generate wants a PascalCase name', async () => {
    const generate = run('db-generate', ['add_letters']);
    expect(await generate.exited).toBe(2);
    expect(generate.stderr()).toContain('the name must be PascalCase letters and digits');
    const extra = run('db-generate', ['AddLetters', 'More']);
    expect(await extra.exited).toBe(2);
    expect(extra.stderr()).toContain('unexpected argument More');
  });

  it('crypto:keygen prints keys in the form the environment takes', async () => {
    const keygen = run('crypto-keygen', []);
    expect(await keygen.exited).toBe(0);
    expect(keygen.stdout()).toMatch(/^ENCRYPTION_KEYS=k\d{8}:\S+\nBLIND_INDEX_KEY=\S{44}\n$/);
  });
});
