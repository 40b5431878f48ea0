/*
 * What the second opinion looks at in a text: its words (and the stems of long words), the
 * cues the clause analysis recognised, the pairs of cues that stand in one sentence, and the
 * clause flags (a negated taking part, the assistant's absence, a parent standing in, …). The
 * cues carry the hand-written lexicons into the model, so it can weigh combinations the rules
 * do not spell out.
 */
import { analyseSentences, type SentenceFeatures } from '../clause-analysis';
import { normalize } from '../normalize';

const FLAGS = [
  'negatedParticipation',
  'onlyParticipation',
  'negatedCover',
  'cover',
  'parentStandsIn',
  'groupTargeted',
  'absenceOfAssistance',
] as const;

/** A sentence's span in the normalised text and its features. */
export interface SentenceFeatureSet {
  start: number;
  end: number;
  features: string[];
}

export interface TextFeatures {
  /** Every feature of the text, each once. */
  all: string[];
  /** The features of each sentence, computed when called. */
  sentences: () => SentenceFeatureSet[];
  count: number;
}

const NONE: readonly string[] = [];
// Word features by word, built once per word (the cache is emptied when it grows large).
const wordCache = new Map<string, readonly string[]>();
const WORD_CACHE_LIMIT = 100_000;
const wordFeatures = (word: string): readonly string[] => {
  if (word.length < 3) return NONE;
  let features = wordCache.get(word);
  if (features) return features;
  // Numbers (dates, file numbers) are many and each rare: one shape each, not remembered.
  if (/[0-9]/.test(word)) {
    const shape = word.replace(/[0-9]+/g, '#');
    return shape.length >= 3 ? [`w:${shape}`] : NONE;
  }
  features = word.length >= 8 ? [`w:${word}`, `s:${word.slice(0, 6)}`] : [`w:${word}`];
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, features);
  return features;
};

export function textFeatures(text: string): TextFeatures {
  return featuresOf(analyseSentences(normalize(text), text));
}

// Feature names of cues and cue pairs, built once.
const cueNames = new Map<string, string>();
const pairNames = new Map<string, Map<string, string>>();
const cueFeature = (cue: string) => {
  let name = cueNames.get(cue);
  if (!name) cueNames.set(cue, (name = `c:${cue}`));
  return name;
};
const pairFeature = (a: string, b: string) => {
  let row = pairNames.get(a);
  if (!row) pairNames.set(a, (row = new Map<string, string>()));
  let name = row.get(b);
  if (!name) row.set(b, (name = `p:${a}+${b}`));
  return name;
};

/** The features of a text the clause analysis has already read. */
export function featuresOf(analysed: readonly SentenceFeatures[]): TextFeatures {
  const all = new Set<string>();
  for (const s of analysed) addSentenceFeatures(s, all);
  return {
    all: [...all],
    // Per sentence only when asked (for the evidence, above the threshold): the common case
    // builds one set.
    sentences: () =>
      analysed.map((s) => {
        const own = new Set<string>();
        addSentenceFeatures(s, own);
        return { start: s.start, end: s.end, features: [...own] };
      }),
    count: analysed.length,
  };
}

function addSentenceFeatures(s: SentenceFeatures, into: Set<string>): void {
  for (let k = s.firstToken; k < s.endToken; k++)
    for (const f of wordFeatures(s.tokens[k].word)) into.add(f);
  const cues = [...s.cues].sort();
  for (let a = 0; a < cues.length; a++) {
    into.add(cueFeature(cues[a]));
    for (let b = a + 1; b < cues.length; b++) into.add(pairFeature(cues[a], cues[b]));
  }
  for (const c of s.clauses) for (const flag of FLAGS) if (c[flag]) into.add(`f:${flag}`);
}
