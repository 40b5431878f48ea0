import { ESLint } from 'eslint';
import { join } from 'node:path';

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
