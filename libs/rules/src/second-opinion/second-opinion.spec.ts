import { join } from 'node:path';
import { checkText } from '../check-text';
import { SHIPPED_MODEL } from './shipped-model';
import { labelledFiles, leaveOneFileOut, trainOn } from './training';
import { secondOpinion, trainModel } from './model';

const testData = join(__dirname, '../../test-data');

describe('the second opinion', () => {
  it('is kept in the repo as trained on the labelled files (npm run --silent rules -- train)', () => {
    const fresh = trainOn(labelledFiles(testData));
    expect(SHIPPED_MODEL.trainedOn).toEqual(fresh.trainedOn);
    expect(JSON.stringify(SHIPPED_MODEL)).toBe(JSON.stringify(fresh));
  });

  const text =
    'Die Kita sagt, ohne Frau Kaya gehe es mit Tom gerade nicht, er soll erst mal zu Hause bleiben.';

  it('raises what the rules call lawful to review, with the sentence that weighs most', () => {
    expect(checkText(text, 'kita', undefined, { secondOpinion: false }).verdict).toBe('lawful');
    const result = checkText(text, 'kita');
    expect(result.verdict).toBe('review');
    expect(result.findings[0]).toMatchObject({ ruleId: 'kita.review.second_opinion' });
    expect(result.findings[0].evidence.text).toContain('zu Hause');
    expect(result.findings[0].explanation).toContain('Zweitmeinung allein begründet keinen Befund');
  });

  it('never decides unlawful, however sure it is', () => {
    const sure = { ...SHIPPED_MODEL, threshold: 0 };
    let raised = 0;
    for (const file of labelledFiles(testData))
      for (const item of file.items) {
        const alone = checkText(item.text, item.setting, undefined, { secondOpinion: false });
        const withIt = checkText(item.text, item.setting, undefined, { secondOpinion: sure });
        if (alone.verdict !== 'lawful') expect(withIt.verdict).toBe(alone.verdict);
        else {
          // Long texts that name no one stay as the rules left them.
          expect(withIt.verdict).not.toBe('unlawful');
          if (withIt.verdict === 'review') raised++;
        }
      }
    expect(raised).toBeGreaterThan(250);
  });

  it('stays silent below its threshold', () => {
    const shy = { ...SHIPPED_MODEL, threshold: 1.01 };
    expect(checkText(text, 'kita', undefined, { secondOpinion: shy }).verdict).toBe('lawful');
  });

  it('learns from what it is given: texts like its unlawful examples score high, others low', () => {
    const model = trainModel(
      [
        {
          text: 'Fehlt die Helferin, bleibt das Kind daheim.',
          verdict: 'unlawful',
          pattern: 'absence_exclusion',
        },
        {
          text: 'Ist die Helferin krank, bleibt das Kind daheim.',
          verdict: 'unlawful',
          pattern: 'absence_exclusion',
        },
        { text: 'Die Kita öffnet um sieben Uhr morgens.', verdict: 'lawful', pattern: null },
        { text: 'Die Kita schließt um vier Uhr nachmittags.', verdict: 'lawful', pattern: null },
      ],
      [],
      0.5,
    );
    const high = secondOpinion(model, 'Ist die Helferin im Urlaub, bleibt das Kind daheim.');
    const low = secondOpinion(model, 'Die Kita öffnet um acht Uhr morgens.');
    expect(high?.notLawful).toBeGreaterThan(0.5);
    expect(high?.pattern).toBe('absence_exclusion');
    expect(low?.notLawful).toBeLessThan(0.5);
  });

  it('is measured on files it never saw: it catches silent misses at a small cost', () => {
    const rows = leaveOneFileOut(labelledFiles(testData));
    const sum = (k: 'silentMisses' | 'caught' | 'lawful' | 'raised') =>
      rows.reduce((n, r) => n + r[k], 0);
    // Today: 51 of 70 silent misses caught, 32 of 279 lawful answers raised to review.
    expect(sum('caught') / sum('silentMisses')).toBeGreaterThan(0.5);
    expect(sum('raised') / sum('lawful')).toBeLessThan(0.2);
  });
});
