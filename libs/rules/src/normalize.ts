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

export function normalize(original: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < original.length; i++) {
    const lower = original[i].toLowerCase();
    const replaced = REPLACEMENTS[lower] ?? lower;
    for (const ch of replaced) {
      const space = ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
      if (space) {
        // Runs of white space become one space.
        if (lastWasSpace) continue;
        text += ' ';
        origin.push(i);
        lastWasSpace = true;
      } else {
        text += ch;
        origin.push(i);
        lastWasSpace = false;
      }
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
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
