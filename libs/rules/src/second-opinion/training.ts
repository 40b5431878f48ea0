// Tooling, not analysis: reads the labelled files to train the second opinion and to measure
// it honestly, each file judged by a model that never saw it (`npm run rules -- second-opinion`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../check-text';
import { type LabelledClause, parseClauseLines } from '../evaluation';
import { SECOND_OPINION_THRESHOLD, type SecondOpinionModel, trainModel } from './model';

export interface LabelledFile {
  name: string;
  items: LabelledClause[];
}

/** Every labelled clause file of `testData` (libs/rules/test-data), by name. */
export function labelledFiles(testData: string): LabelledFile[] {
  return readdirSync(testData)
    .filter((f) => f.startsWith('clauses-') && f.endsWith('.jsonl'))
    .sort()
    .map((name) => ({
      name,
      items: parseClauseLines(readFileSync(join(testData, name), 'utf8'), true),
    }));
}

export function trainOn(files: LabelledFile[]): SecondOpinionModel {
  return trainModel(
    files.flatMap((f) => f.items),
    files.map((f) => ({ file: f.name, items: f.items.length })),
    SECOND_OPINION_THRESHOLD,
  );
}

export interface HeldOutResult {
  file: string;
  /** Items the rules call lawful although labelled unlawful or review. */
  silentMisses: number;
  /** Of those, how many the second opinion raises to review. */
  caught: number;
  /** Items labelled lawful that the rules call lawful. */
  lawful: number;
  /** Of those, how many the second opinion raises to review. */
  raised: number;
  /** Items labelled unlawful, and how many come out unlawful or review with the second opinion. */
  unlawful: number;
  flagged: number;
}

/** Each file judged by the rules and by a second opinion trained on all the other files. */
export function leaveOneFileOut(files: LabelledFile[], threshold = SECOND_OPINION_THRESHOLD) {
  return files.map((held): HeldOutResult => {
    const model = trainOn(files.filter((f) => f !== held));
    const result: HeldOutResult = {
      file: held.name,
      silentMisses: 0,
      caught: 0,
      lawful: 0,
      raised: 0,
      unlawful: 0,
      flagged: 0,
    };
    for (const item of held.items) {
      const rules = checkText(item.text, item.setting, undefined, { secondOpinion: false });
      if (item.verdict === 'unlawful') {
        result.unlawful++;
        if (rules.verdict !== 'lawful') result.flagged++;
      }
      if (rules.verdict !== 'lawful') continue;
      const raised =
        checkText(item.text, item.setting, undefined, {
          secondOpinion: { ...model, threshold },
        }).verdict === 'review';
      if (item.verdict === 'lawful') {
        result.lawful++;
        if (raised) result.raised++;
      } else {
        result.silentMisses++;
        if (raised) result.caught++;
        if (raised && item.verdict === 'unlawful') result.flagged++;
      }
    }
    return result;
  });
}

/** The held-out measurement as a table. */
export function formatHeldOut(rows: HeldOutResult[]): string {
  const lines = [
    `second opinion (threshold ${SECOND_OPINION_THRESHOLD}), each file judged by a model trained on the others`,
    '(flag recall: unlawful items found unlawful or review, by the rules and this second opinion)',
    '',
    'file                          silent misses  caught  lawful (rules)  raised to review  flag recall',
  ];
  const total = { silentMisses: 0, caught: 0, lawful: 0, raised: 0, unlawful: 0, flagged: 0 };
  for (const r of rows) {
    lines.push(
      `${r.file.padEnd(30)}${String(r.silentMisses).padStart(13)}${String(r.caught).padStart(8)}` +
        `${String(r.lawful).padStart(16)}${String(r.raised).padStart(18)}` +
        `${(r.unlawful ? r.flagged / r.unlawful : 1).toFixed(3).padStart(13)}`,
    );
    total.silentMisses += r.silentMisses;
    total.caught += r.caught;
    total.lawful += r.lawful;
    total.raised += r.raised;
    total.unlawful += r.unlawful;
    total.flagged += r.flagged;
  }
  lines.push(
    `${'all'.padEnd(30)}${String(total.silentMisses).padStart(13)}${String(total.caught).padStart(8)}` +
      `${String(total.lawful).padStart(16)}${String(total.raised).padStart(18)}` +
      `${(total.flagged / total.unlawful).toFixed(3).padStart(13)}`,
  );
  return `${lines.join('\n')}\n`;
}
