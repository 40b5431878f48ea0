import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
/** The machine's own Node.js, older than the project's. */
const SYSTEM_NODE = '/usr/bin/node';

/** Every entry point: the API, the worker, each command and each benchmark. */
function entryPoints(): string[] {
  const cli = readdirSync(join(root, 'apps/cli/src'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => `apps/cli/src/${f}`)
    // Modules the commands share, not commands themselves.
    .filter(
      (f) =>
        !['progress.ts', 'cli.ts', 'job-modules.ts', 'entities.ts', 'api-schema.ts'].includes(
          f.slice('apps/cli/src/'.length),
        ),
    );
  const bench = readdirSync(join(root, 'bench'))
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => `bench/${f}`);
  return ['apps/api/src/main.ts', 'apps/worker/src/main.ts', ...cli, ...bench];
}

const systemMajor = existsSync(SYSTEM_NODE)
  ? Number(
      spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' })
        .stdout.trim()
        .split('.')[0],
    )
  : undefined;

describe('the entry points on an older Node.js', () => {
  it.each(entryPoints())('%s checks the Node.js version before anything else', (source) => {
    const firstImport = readFileSync(join(root, source), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('import '));
    expect(firstImport).toMatch(/^import '@teilhabe\/runtime';/);
  });

  const older = systemMajor !== undefined && systemMajor < 24 ? describe : describe.skip;
  if (older === describe.skip) {
    console.warn(`no Node.js older than 24 at ${SYSTEM_NODE}: the run on it is skipped`);
  }
  older(`run with ${SYSTEM_NODE} (Node ${systemMajor})`, () => {
    it.each(entryPoints())('%s stops with one line saying what to do', (source) => {
      const built = join(root, 'dist', source.replace(/\.ts$/, '.js'));
      const run = spawnSync(SYSTEM_NODE, [built], { cwd: root, encoding: 'utf8', timeout: 10_000 });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toEqual([expect.stringMatching(/^Teilhabe needs Node\.js 24, this is 20\./)]);
      expect(lines[0]).toContain('npm ci');
      expect(lines[0]).toContain('node_modules/.bin/node');
    });
  });
});
