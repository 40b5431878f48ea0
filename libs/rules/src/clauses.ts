/*
 * Splits normalised text into sentences and, within them, clauses: the units the rules look
 * at. One pass, no backtracking. A full stop ends a sentence unless it belongs to a number
 * ("14.03.", "§ 8.") or a known abbreviation ("z.b.", "abs.", "nr.").
 */

export interface Clause {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
}

const ABBREVIATIONS = new Set([
  ...'abcdefghijklmnopqrstuvwxyz',
  'std',
  'lt',
  'zzgl',
  'ff',
  'anl',
  'kap',
  'tgl',
  'wg',
  'z',
  'b',
  'bzw',
  'abs',
  'nr',
  's',
  'ggf',
  'usw',
  'vgl',
  'ca',
  'inkl',
  'evtl',
  'd',
  'h',
  'u',
  'a',
  'o',
  'e',
  'v',
  'gem',
  'ziff',
  'art',
  'bspw',
  'str',
  'tel',
  'sog',
  'etc',
  'max',
  'min',
]);

const SENTENCE_END = new Set(['.', '!', '?', '\n']);
/** Clause boundaries inside a sentence: semicolons, colons and dashes between words. */
const CLAUSE_END = new Set([';', ':']);

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function wordBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && /[a-z0-9]/.test(text[i])) i--;
  return text.slice(i + 1, index);
}

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (!SENTENCE_END.has(c)) return false;
  if (c !== '.') return true;
  const before = wordBefore(text, i);
  if (before === '' || /^\d+$/.test(before) || ABBREVIATIONS.has(before)) return false;
  return true;
}

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && (text[s] === ' ' || text[s] === '-')) s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) clauses.push({ text: text.slice(s, e), start: s, end: e, sentence });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const dash = c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ';
    if (endsSentence(text, i)) {
      push(i);
      start = i + 1;
      sentence++;
    } else if (
      (CLAUSE_END.has(c) && !(c === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1]))) ||
      dash
    ) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return clauses;
}
