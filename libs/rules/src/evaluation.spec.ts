import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ClauseFileError,
  evaluate,
  evaluateDocument,
  formatEvaluation,
  meetsTargets,
  parseClauseLines,
} from './evaluation';

const file = (name: string) => readFileSync(join(__dirname, '../test-data', name), 'utf8');

describe('the clause analysis on labelled clauses', () => {
  it.each([
    ['the development file', 'clauses-dev.jsonl'],
    ['70 clauses written independently', 'clauses-holdout.jsonl'],
    ['60 more clauses written independently', 'clauses-blind.jsonl'],
    ['50 further clauses written independently', 'clauses-fresh.jsonl'],
    ['a fourth set of 50 clauses written independently', 'clauses-final.jsonl'],
    ['a fifth set of 60 hard clauses written independently', 'clauses-extra.jsonl'],
  ])('meets every target on %s', (_what, name) => {
    const evaluation = evaluate(parseClauseLines(file(name), true));
    expect(meetsTargets(evaluation).filter((t) => !t.met)).toEqual([]);
  });
});

describe('the evaluation', () => {
  const items = parseClauseLines(
    [
      '{"id":"a","setting":"kita","text":"Fehlt die Integrationskraft, bleibt das Kind zu Hause.","verdict":"unlawful","pattern":"absence_exclusion"}',
      '{"id":"b","setting":"kita","text":"Die Kita öffnet um 7 Uhr.","verdict":"lawful","pattern":null}',
      '{"id":"c","setting":"kita","text":"Die Kita öffnet um 8 Uhr.","verdict":"unlawful","pattern":"absence_exclusion"}',
    ].join('\n'),
    true,
  );
  const evaluation = evaluate(items);

  it('counts agreements and disagreements into precision, recall and the confusion matrix', () => {
    expect(evaluation.perVerdict.unlawful).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(evaluation.confusion.unlawful).toEqual({ unlawful: 1, review: 0, lawful: 1 });
    expect(evaluation.patternAccuracy).toBe(0.5);
    // "c" came out lawful: a silent miss; of two unlawful items one was flagged.
    expect(evaluation.silentMisses).toBe(1);
    expect(evaluation.flagRecall).toBe(0.5);
    expect(meetsTargets(evaluation).find((t) => t.target.startsWith('unlawful recall'))?.met).toBe(
      false,
    );
  });

  it('prints the figures and names the clauses it disagrees with', () => {
    const text = formatEvaluation(evaluation);
    expect(text).toContain('unlawful   1.000      0.500');
    expect(text).toContain('c: labelled unlawful/absence_exclusion, found lawful');
    expect(text).toContain('MISSED  unlawful recall >= 0.95');
  });
});

describe('reading clause files', () => {
  it.each([
    ['not json', 'line 1: not valid JSON'],
    ['[1]', 'line 1: expected a JSON object'],
    ['{"setting":"kita","text":"x"}', 'line 1: "id" is missing'],
    [
      '{"id":1,"setting":"schule","text":"x"}',
      'line 1: "setting" must be one of kita, ogs or ogs_foerderschule',
    ],
    ['{"id":1,"setting":"ogs"}', 'line 1: "text" must be a string'],
  ])('rejects %j naming the line', (line, message) => {
    expect(() => parseClauseLines(line)).toThrow(new ClauseFileError(message));
  });

  it('requires labels only for evaluation, and names the line', () => {
    const line = '{"id":"x","setting":"ogs","text":"t"}';
    expect(parseClauseLines(`\n${line}\n`)).toEqual([{ id: 'x', setting: 'ogs', text: 't' }]);
    expect(() => parseClauseLines(`\n${line}`, true)).toThrow(
      'line 2: "verdict" must be one of unlawful, review, lawful',
    );
    expect(() =>
      parseClauseLines(
        '{"id":"x","setting":"ogs","text":"t","verdict":"lawful","pattern":"x"}',
        true,
      ),
    ).toThrow('"pattern" must be null or an exclusion pattern id');
  });
});

describe('a whole document against its labelled clauses', () => {
  const text =
    '§ 1 Betreuungszeiten. Die Kita ist montags bis freitags von 7 bis 16 Uhr geöffnet.\n' +
    '§ 2 Datenschutz. Die Daten der Integrationskraft werden nur für die Abrechnung verwendet.\n' +
    '§ 3 Assistenz. Ist die Integrationskraft krank, kann das Kind die Kita nicht besuchen.\n';
  const quote = 'Ist die Integrationskraft krank, kann das Kind die Kita nicht besuchen.';

  it('counts a labelled clause found when an unlawful finding overlaps it', () => {
    const result = evaluateDocument({
      name: 'a',
      setting: 'kita',
      text,
      unlawful: [{ quote, pattern: 'absence_exclusion' }],
    });
    expect(result).toMatchObject({ labelled: 1, found: 1, flagged: 1, falseUnlawful: [] });
  });

  it('counts an unlawful finding outside every labelled clause against the analysis', () => {
    const result = evaluateDocument({ name: 'b', setting: 'kita', text, unlawful: [] });
    expect(result.falseUnlawful.map((f) => f.pattern)).toEqual(['absence_exclusion']);
  });

  it('refuses a label that quotes what the document does not say', () => {
    expect(() =>
      evaluateDocument({
        name: 'c',
        setting: 'kita',
        text,
        unlawful: [{ quote: 'nicht im Text', pattern: 'absence_exclusion' }],
      }),
    ).toThrow(ClauseFileError);
  });
});
