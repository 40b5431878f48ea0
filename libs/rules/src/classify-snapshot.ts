// Tooling, not analysis: the one file of this library that reads files. It gathers the labelled
// files for the version test and for `npm run rules -- snapshot`; the analysis does no I/O.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifySnapshot } from './evaluation';
import { ruleSetVersion } from './rule-set';

export const SNAPSHOT_NAME = 'classify-snapshot.jsonl';

/** The snapshot of every labelled file in `testData` (libs/rules/test-data), as it is now. */
export function currentSnapshot(testData: string, on: Date = new Date()): string {
  const clauseFiles = readdirSync(testData)
    .filter((f) => f.startsWith('clauses-') && f.endsWith('.jsonl'))
    .map((name) => ({ name, content: readFileSync(join(testData, name), 'utf8') }));
  // Every documents* directory, each with its labels.json.
  const documents = readdirSync(testData, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('documents'))
    .flatMap((d) => {
      const dir = join(testData, d.name);
      const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
        file: string;
        setting: string;
      }[];
      return labels.map((l) => ({
        name: `${d.name}/${l.file}`,
        content: readFileSync(join(dir, l.file), 'utf8'),
        setting: l.setting === 'kita' ? ('kita' as const) : ('ogs' as const),
      }));
    });
  return classifySnapshot(clauseFiles, documents, ruleSetVersion(on));
}
