/** A word of a normalised text and where it stands. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const isWordChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-';

/** Splits normalised text into words (letters, digits, inner hyphens), in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && isWordChar(text[i]);
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      let s = start;
      let e = i;
      // Hyphens at the edge belong to no word ("Kita- und Schulbegleitung" keeps "kita").
      while (s < e && text[s] === '-') s++;
      while (e > s && text[e - 1] === '-') e--;
      if (e > s) tokens.push({ word: text.slice(s, e), start: s, end: e });
      start = -1;
    }
  }
  return tokens;
}
