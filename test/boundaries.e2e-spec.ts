import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(__dirname, '..');

/** Lints one line as if it stood in `file`, with the project's own configuration. */
async function importErrors(file: string, line: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(`${line}\nexport const used = [x];\n`, {
    filePath: join(root, file),
  });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('library boundaries (npm run lint)', () => {
  it.each([
    [
      'libs/providers/src/facilities.service.ts',
      "import { x } from '../../cases/src/entities/case.entity';",
    ],
    ['libs/cases/src/dto/case-query.dto.ts', "import { x } from '../../../auth/src/roles.guard';"],
    ['apps/api/src/create-app.ts', "import { x } from '../../../libs/cases/src/cases.service';"],
    ['test/cases.e2e-spec.ts', "import { x } from '../libs/cases/src/case-status';"],
    [
      'libs/contracts/src/contracts.service.ts',
      "import { x } from '@teilhabe/cases/src/case-status';",
    ],
  ])('refuses a deep or relative import into another library (%s)', async (file, line) => {
    expect(await importErrors(file, line)).not.toEqual([]);
  });

  it.each([
    ['libs/contracts/src/contracts.service.ts', "import { x } from '@teilhabe/cases';"],
    ['libs/cases/src/dto/case-query.dto.ts', "import { x } from '../entities/case.entity';"],
    ['test/cases.e2e-spec.ts', "import { x } from './support/test-app';"],
  ])('allows the alias and imports within a library (%s)', async (file, line) => {
    expect(await importErrors(file, line)).toEqual([]);
  });
});

/** Every non-test TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => join(dir, f));
}

const LIBS = readdirSync(join(root, 'libs'));
const libOf = (file: string) => relative(join(root, 'libs'), file).split(sep)[0];
const isEntityFile = (file: string) => /\.entity\.ts$/.test(file);

/** Tables, entity classes and relations to other libraries' entities, read from the entities. */
function entityMap() {
  const tableOwner = new Map<string, string>();
  const classOwner = new Map<string, string>();
  for (const lib of LIBS) {
    for (const file of sources(join(root, 'libs', lib, 'src')).filter(isEntityFile)) {
      const text = readFileSync(file, 'utf8');
      for (const [, table] of text.matchAll(/@Entity\('(\w+)'\)/g)) tableOwner.set(table, lib);
      for (const [, name] of text.matchAll(/export class (\w+)/g)) classOwner.set(name, lib);
    }
  }
  const foreignRelations: { lib: string; property: string }[] = [];
  for (const lib of LIBS) {
    for (const file of sources(join(root, 'libs', lib, 'src')).filter(isEntityFile)) {
      const text = readFileSync(file, 'utf8');
      for (const [, target, property] of text.matchAll(
        /@(?:ManyToOne|OneToOne|OneToMany|ManyToMany)\(\(\) => (\w+)[^]*?\n\s*(\w+)!?:/g,
      )) {
        if (classOwner.get(target) !== lib) foreignRelations.push({ lib, property });
      }
    }
  }
  return { tableOwner, classOwner, foreignRelations };
}

describe("no library reads or writes another library's tables", () => {
  const { tableOwner, classOwner, foreignRelations } = entityMap();

  it('finds the tables and the relations between libraries it checks', () => {
    expect(tableOwner.get('cases')).toBe('cases');
    expect(tableOwner.get('facilities')).toBe('providers');
    expect(foreignRelations).toEqual(
      expect.arrayContaining([
        { lib: 'cases', property: 'facility' },
        { lib: 'contracts', property: 'case' },
      ]),
    );
  });

  const files = LIBS.flatMap((lib) => sources(join(root, 'libs', lib, 'src')))
    .filter((f) => !isEntityFile(f) && !f.includes(`${sep}migrations${sep}`))
    .map((f) => [relative(root, f), f] as const);

  it.each(files)('%s', (_, file) => {
    const lib = libOf(file);
    const text = readFileSync(file, 'utf8');
    const problems: string[] = [];
    for (const [, keyword, table] of text.matchAll(
      /\b(FROM|JOIN|INTO|UPDATE|TRUNCATE)\s+"?(\w+)/g,
    )) {
      const owner = tableOwner.get(table);
      if (owner && owner !== lib) problems.push(`SQL ${keyword} ${table} (of ${owner})`);
    }
    for (const [, names, from] of text.matchAll(/import \{([^}]*)\} from '@teilhabe\/([\w-]+)'/g)) {
      for (const name of names.split(',').map((n) => n.trim())) {
        const owner = classOwner.get(name);
        if (owner && owner === from && owner !== lib) problems.push(`entity ${name} (of ${owner})`);
      }
    }
    for (const { property } of foreignRelations) {
      if (new RegExp(`[jJ]oin(?:AndSelect)?\\(\\s*'\\w+\\.${property}'`).test(text)) {
        problems.push(`join through the relation ${property}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
