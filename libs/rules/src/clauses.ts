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
  // Notes and minutes: titles, roles and days ("Fr. K.", "Schulbegl.", "KM", "Di."), short
  // forms of the office's own notes ("Ass.", "Eingl.", "Bew.", "nachm.").
  'fr',
  'hr',
  'dr',
  'ass',
  'begl',
  'schulbegl',
  'koord',
  'eingl',
  'bew',
  'nachm',
  'vorm',
  'mo',
  'di',
  'mi',
  'wo',
  'mtl',
  'bzgl',
  'betr',
  'insb',
  'taegl',
  'woech',
  'paed',
  'heilpaed',
  'erz',
  'diab',
  'stdn',
  'aerztl',
  'tn',
  'ki',
  'km',
  'kv',
  'verz',
  'begr',
  'entw',
  'glob',
  'beschw',
  'vorg',
  'stellungn',
  'sachb',
  'ltg',
  'vertr',
  'lit',
]);

/** Clause boundaries inside a sentence: semicolons, colons and dashes between words. */
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isWordCode = (c: number) => isDigitCode(c) || (c >= 97 && c <= 122);

/** Words that begin a new sentence after a number: "… im Schuljahr 2024/25. Die …". */
const STARTERS = new Set(['die', 'der', 'das', 'wir', 'ich', 'er', 'sie', 'es', 'bitte', 'uns']);
const nextWord = (text: string, i: number) => {
  let j = i + 1;
  while (text[j] === ' ') j++;
  let k = j;
  while (k < text.length && isWordCode(text.charCodeAt(k))) k++;
  return text.slice(j, k);
};

function endsSentence(
  text: string,
  i: number,
  c: number,
  lowerAfter?: (at: number) => boolean,
): boolean {
  // "!", "?", a paragraph break; a full stop unless after a number or an abbreviation.
  if (c === 33 || c === 63 || c === 10) return true;
  // A chat's emoji ends what was said before it ("… Magen-Darm 🤢 Seine …"): the space after
  // it is the end, so the emoji's two halves stay together in the sentence.
  if (c === 32) {
    const low = text.charCodeAt(i - 1);
    const high = text.charCodeAt(i - 2);
    return low >= 0xdc00 && low <= 0xdfff && high >= 0xd83c && high <= 0xd83e;
  }
  if (c !== 46) return false;
  let k = i - 1;
  let digitsOnly = true;
  while (k >= 0 && isWordCode(text.charCodeAt(k))) {
    if (!isDigitCode(text.charCodeAt(k))) digitsOnly = false;
    k--;
  }
  // "… zum 31.07.2024. Sollte …": a year closing a date ends the sentence.
  if (digitsOnly && i - 1 - k === 4 && text.charCodeAt(k) === 46) return true;
  if (digitsOnly && k < i - 1 && STARTERS.has(nextWord(text, i))) return true;
  // „… da ist“. Die …: a stop after a closing quote or bracket ends the sentence.
  if (k === i - 1) {
    const before = text[i - 1];
    return (before === '"' || before === ')' || before === "'") && text.charCodeAt(i + 1) !== 45;
  }
  if (digitsOnly) return false;
  // "Ki. besucht Einr. seit 08/2023": in a text written with capitals, a word in lower case
  // after the stop goes on with the sentence (notes abbreviate any word).
  if (lowerAfter?.(i) && text.charCodeAt(i + 1) === 32) return false;
  // "Schulbegl.-Träger", "Ass.-Std.": a hyphen right after the stop joins the words.
  if (text.charCodeAt(i + 1) === 45) return false;
  // Abbreviations are short; a long word before a full stop ends the sentence.
  return i - 1 - k > 6 || !ABBREVIATIONS.has(text.slice(k + 1, i));
}

/**
 * The text's clauses. `lowerAfter(i)`, where given, says whether the word after the full stop
 * at i was written in lower case in a text that otherwise uses capitals.
 */
export function splitClauses(text: string, lowerAfter?: (at: number) => boolean): Clause[] {
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
    const c = text.charCodeAt(i);
    if (endsSentence(text, i, c, lowerAfter)) {
      push(i);
      start = i + 1;
      sentence++;
      continue;
    }
    const colonInTime =
      c === 58 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1));
    const dash = c === 45 && text[i - 1] === ' ' && text[i + 1] === ' ';
    if (c === 59 || (c === 58 && !colonInTime) || dash) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return clauses;
}
