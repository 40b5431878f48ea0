import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentSnapshot, SNAPSHOT_NAME } from './classify-snapshot';

const TEST_DATA = join(__dirname, '..', 'test-data');

/*
 * The rule set's version must change whenever what the rules answer changes: stored contracts
 * are re-checked by it. The answers on every labelled file in the repo are kept with the
 * version they were made by (classify-snapshot.jsonl); after a change of the rules, raise the
 * version (a rule's version, or ANALYSIS_VERSION for the analysis's logic; the lexicons count
 * by themselves) and write the snapshot anew: npm run --silent rules -- snapshot.
 */
describe('the rule set version', () => {
  const kept = readFileSync(join(TEST_DATA, SNAPSHOT_NAME), 'utf8');
  const now = currentSnapshot(TEST_DATA);
  const version = (snapshot: string) =>
    (JSON.parse(snapshot.slice(0, snapshot.indexOf('\n'))) as { version: string }).version;
  const answers = (snapshot: string) => snapshot.slice(snapshot.indexOf('\n') + 1);

  it('changes when an answer on a labelled file changes', () => {
    // Lines by file and id: a file added or removed changes no answer that was given before.
    const byItem = (snapshot: string) =>
      new Map(
        answers(snapshot)
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const { file, id } = JSON.parse(line) as { file: string; id?: string };
            return [`${file}#${id ?? ''}`, line] as const;
          }),
      );
    const before = byItem(kept);
    const changed = [...byItem(now)].filter(
      ([key, line]) => before.has(key) && before.get(key) !== line,
    );
    expect({ changed: changed.length > 0, versionChanged: version(now) !== version(kept) }).toEqual(
      {
        changed: changed.length > 0,
        versionChanged: changed.length > 0 ? true : expect.any(Boolean),
      },
    );
  });

  it('is kept in the repo with the answers it gives (npm run --silent rules -- snapshot)', () => {
    expect(version(now)).toBe(version(kept));
    expect(answers(now)).toBe(answers(kept));
  });
});
