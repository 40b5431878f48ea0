import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NORMS } from './norms';

describe('norms catalogue', () => {
  it('gives every norm a citation, a German title and one sentence of content', () => {
    for (const [key, norm] of Object.entries(NORMS)) {
      expect(norm.citation).toBe(key);
      expect(norm.title.length).toBeGreaterThan(3);
      expect(norm.content).toMatch(/^[A-ZÄÖÜ].*\.$/);
    }
  });

  it('knows every norm the labelled development clauses cite', () => {
    const raw = readFileSync(join(__dirname, '../test-data/clauses-dev.jsonl'), 'utf8');
    const cited = new Set(
      raw
        .trim()
        .split('\n')
        .flatMap((line) => (JSON.parse(line) as { norms: string[] }).norms),
    );
    expect([...cited].filter((c) => !(c in NORMS))).toEqual([]);
  });
});
