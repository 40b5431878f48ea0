// Developer tool: writes a migration for the difference between the entities and the schema
// that the existing migrations produce. Usage: npm run db:generate -- AddLetters
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseConfig, loadDevToolsConfig } from '@teilhabe/config';
import {
  createDatabase,
  databaseUrl,
  dataSourceOptions,
  dropDatabase,
  MIGRATIONS,
} from '@teilhabe/database';
import { format, resolveConfig } from 'prettier';
import { DataSource } from 'typeorm';
import { runCli, UsageError } from './cli';
import { ALL_ENTITIES } from './entities';

const MIGRATIONS_DIR = join(process.cwd(), 'libs/database/src/migrations');

async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new UsageError(`the name must be PascalCase letters and digits, not ${name}`);
  }
  // eslint-disable-next-line no-restricted-properties -- the tool's one entry point to the environment
  const adminUrl = loadDevToolsConfig(process.env).ADMIN_DATABASE_URL;
  const scratch = `teilhabe_generate_${process.pid}`;
  await createDatabase(adminUrl, scratch);
  try {
    const config = Object.assign(new DatabaseConfig(), {
      DATABASE_URL: databaseUrl(adminUrl, scratch),
    });
    const dataSource = new DataSource(dataSourceOptions(config, ALL_ENTITIES));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        console.log(`No schema changes: the ${MIGRATIONS.length} migrations match the entities.`);
        return;
      }
      const timestamp = Date.now();
      const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
      const quote = (q: string) => '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
      const lines = (queries: { query: string }[]) =>
        queries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
      const source = `import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.downQueries.reverse())}
  }
}
`;
      await writeFormatted(file, source);
      await writeIndex();
      console.log(
        `Wrote ${file} (${sql.upQueries.length} statements) and updated the migrations index.`,
      );
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await dropDatabase(adminUrl, scratch);
  }
}

async function writeFormatted(file: string, source: string): Promise<void> {
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(source, { ...options, filepath: file }));
}

/** The index lists every migration file in timestamp order. */
async function writeIndex(): Promise<void> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]));
  const classes = files.map((f) => {
    const [timestamp, rest] = f.replace(/\.ts$/, '').split('-');
    return { module: `./${f.replace(/\.ts$/, '')}`, name: `${rest}${timestamp}` };
  });
  const source = `${classes.map((c) => `import { ${c.name} } from '${c.module}';`).join('\n')}

/** Every migration, in order. New ones are generated with \`npm run db:generate -- <Name>\`. */
export const migrations = [${classes.map((c) => c.name).join(', ')}];
`;
  await writeFormatted(join(MIGRATIONS_DIR, 'index.ts'), source);
}

runCli({
  usage: 'npm run db:generate -- <PascalCaseName>',
  description:
    'Writes a migration for the difference between the entities and the schema the existing ' +
    'migrations produce (found on a scratch database on ADMIN_DATABASE_URL, dropped ' +
    'afterwards) and adds it to the migrations index.',
  options: {},
  positionals: [{ name: 'PascalCaseName', description: 'e.g. AddLetters', required: true }],
  run: ({ positionals: [name] }) => generate(name),
});
