/*
 * Text normalisation for German contract language, in one linear pass per step (no regular
 * expression that can backtrack): lower case, umlauts and ß spelled out (so "Kündigung" and
 * "Kuendigung" meet), typographic dashes, quotes and spaces made plain. Offsets into the
 * original text are kept, so that a finding can point at the words it found.
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For every character of `text`, the index of the character of the original it came from. */
  origin: number[];
}

const REPLACEMENTS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00ad': '',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u201e': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
};

/**
 * A numbered item, a bullet, a quoted line or a speaker at the start of a line: "§ 5", "5.",
 * "5.4 ", "(3)", "a) ", "- ", "> ", "[14:52] ", "papa milan: ", "Betreff: ".
 */
const ITEM_START =
  /^(§|\(\d{1,2}[a-z]?\)|\d{1,2}(\.\d{1,2})*\.? |[a-z]\) |[-–•*>] |\[\d{1,2}[:.]\d{2}\]|[\p{L}-]+( [\p{L}-]+)?: )/iu;

/** What a line after a title begins with: a capital, a digit, "§" or "(" (a wrapped line
 * goes on in lower case: "Ist die Assistenz\nkrank"). */
const STARTS_ANEW = /[\p{Lu}\d§(]/u;

/** A line this short, without a closing stop, before a single line break is a title. */
const TITLE_LINE = 40;
// . , ; : ! ? and a hyphen end or carry on a sentence; a title ends without them.
const CLOSING = new Set([46, 44, 59, 58, 33, 63, 45]);

/** A line of a table pasted as text: its cells are parted by "|" or tabs. */
function tableRow(original: string, at: number): boolean {
  for (let i = at; i < original.length && i < at + 300; i++) {
    const c = original[i];
    if (c === '\n') return false;
    if (c === '|' || c === '\t') return true;
  }
  return false;
}

const isLetter = (code: number | undefined) =>
  code !== undefined && ((code >= 97 && code <= 122) || code > 127);

export function normalize(original: string): NormalizedText {
  // Character codes and origins are collected in arrays and joined once: building the string
  // one character at a time is the slowest part of checking a short clause otherwise.
  const codes: number[] = [];
  const origin: number[] = [];
  // White space collapses to one space; a blank line (a paragraph break) to a line break,
  // which ends a sentence. A single line break is often only where a PDF wrapped the line.
  let newlines = 0;
  let pendingSpace = -1;
  // Where the current line began (in the original), and its last visible character: a short
  // line without a closing stop is a title ("Präambel", "§ 6 Ausflüge").
  let lineStart = 0;
  let lastVisible = 0;
  let titleLine = false;
  const put = (code: number, at: number) => {
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      if (code === 10 && newlines === 0 && codes.length > 0) {
        const line = at - lineStart;
        titleLine = line <= TITLE_LINE && !CLOSING.has(lastVisible);
      }
      if (code === 10) lineStart = at + 1;
      if (codes.length === 0) return;
      if (pendingSpace < 0) pendingSpace = at;
      if (code === 10) newlines++;
      return;
    }
    lastVisible = code;
    // "Kita-Assis-\ntenz": a word hyphenated at the end of a wrapped line is one word again.
    const n = codes.length;
    if (
      pendingSpace >= 0 &&
      newlines === 1 &&
      codes[n - 1] === 45 &&
      isLetter(codes[n - 2]) &&
      code >= 97 &&
      code <= 122 &&
      !(original[at] >= 'A' && original[at] <= 'Z')
    ) {
      codes.pop();
      origin.pop();
      pendingSpace = -1;
      newlines = 0;
    }
    if (pendingSpace >= 0) {
      // A single line break before a numbered item or a bullet is structure, not a wrap.
      const lineBreak =
        newlines >= 2 ||
        (newlines === 1 &&
          ((titleLine && STARTS_ANEW.test(original[at])) ||
            ITEM_START.test(original.slice(at, at + 40)) ||
            tableRow(original, at)));
      titleLine = false;
      codes.push(lineBreak ? 10 : 32);
      origin.push(pendingSpace);
      pendingSpace = -1;
      newlines = 0;
    }
    // Scanned letters read a capital "I" as "l": "lhr", "lntegrationskraft" (no German word
    // begins with "lh" or "ln").
    const scannedI =
      code === 108 &&
      !isLetter(codes[codes.length - 1]) &&
      (original[at + 1] === 'h' || original[at + 1] === 'n');
    codes.push(scannedI ? 105 : code);
    origin.push(at);
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      put(code >= 65 && code <= 90 ? code + 32 : code, i);
      continue;
    }
    // Decomposed umlauts (macOS writes "u" + U+0308): the diaeresis becomes the "e" of "ue";
    // other combining marks are dropped.
    if (code === 0x0308) {
      const last = codes[codes.length - 1];
      if (last === 97 || last === 111 || last === 117) {
        codes.push(101);
        origin.push(i);
      }
      continue;
    }
    if (code >= 0x0300 && code <= 0x036f) continue;
    const lower = original[i].toLowerCase();
    const replaced = REPLACEMENTS[lower] ?? lower;
    for (let k = 0; k < replaced.length; k++) put(replaced.charCodeAt(k), i);
  }
  let text = '';
  for (let k = 0; k < codes.length; k += 8192) {
    text += String.fromCharCode(...codes.slice(k, k + 8192));
  }
  return { text, origin };
}

/** The span of the original text that a span [start, end) of the normalised text came from. */
export function originalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  if (n.origin.length === 0) return [0, 0];
  const from = n.origin[Math.min(start, n.origin.length - 1)];
  const to = n.origin[Math.min(Math.max(end - 1, start), n.origin.length - 1)] + 1;
  return [from, to];
}
