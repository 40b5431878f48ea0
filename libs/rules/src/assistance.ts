import { ASSISTANCE_STEMS, ASSISTANCE_WORDS } from './lexicon/assistance-terms';
import { type Token, tokenize } from './tokens';

export interface Mention {
  term: string;
  start: number;
  end: number;
}

const WORDS = new Set<string>(ASSISTANCE_WORDS);
const SINGLE_WORD_STEMS = ASSISTANCE_STEMS.filter((s) => !s.includes(' '));
const PHRASE_STEMS = ASSISTANCE_STEMS.filter((s) => s.includes(' ')).map((s) => s.split(' '));

/** Every mention of the individual assistant in a normalised text. */
export function findAssistanceMentions(text: string, tokens: Token[] = tokenize(text)): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { word, start, end } = tokens[i];
    const compact = word.replace(/-/g, '');
    if (
      WORDS.has(word) ||
      WORDS.has(compact) ||
      SINGLE_WORD_STEMS.some((s) => compact.includes(s.replace(/-/g, '')) || word.includes(s))
    ) {
      mentions.push({ term: word, start, end });
      continue;
    }
    for (const phrase of PHRASE_STEMS) {
      if (phrase.every((part, k) => tokens[i + k]?.word.startsWith(part.slice(0, -1)))) {
        const last = tokens[i + phrase.length - 1];
        mentions.push({ term: text.slice(start, last.end), start, end: last.end });
      }
    }
  }
  return mentions;
}
