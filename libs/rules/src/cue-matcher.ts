/*
 * Finds the cues of the lexicons in a clause. Terms compile to atoms (one word test each) and
 * phrases (sequences of atoms, consecutive or with a gap inside the clause). The atoms a word
 * satisfies are computed once per distinct word and memoised, so a long contract costs one
 * map lookup per word; phrases are tried only where their first atom matched. Nothing here
 * is a regular expression, so the time is linear in the text.
 */
import { ASSISTANCE_STEMS, ASSISTANCE_WORDS } from './lexicon/assistance-terms';
import { CUE_TERMS, type Cue } from './lexicon/cue-terms';
import type { Token } from './tokens';

type AtomKind = 'exact' | 'prefix' | 'suffix' | 'contains';
interface Atom {
  id: number;
  kind: AtomKind;
  value: string;
}
interface Phrase {
  cue: Cue;
  atoms: number[];
  /** gaps[k]: whether words may stand between atoms k and k + 1. */
  gaps: boolean[];
}

/** A cue found in a clause: which words (token indices) carry it. */
export interface CueHit {
  cue: Cue;
  first: number;
  last: number;
}

const MAX_GAP = 12;
const hasLetter = (word: string) => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
};
const MAX_WORD = 80;
const MEMO_SIZE = 50_000;
const NO_ATOMS: readonly number[] = [];

function parseAtom(term: string): { kind: AtomKind; value: string } {
  const starts = term.startsWith('*');
  const ends = term.endsWith('*');
  const value = term.replace(/^\*/, '').replace(/\*$/, '');
  if (starts && ends) return { kind: 'contains', value };
  if (starts) return { kind: 'suffix', value };
  if (ends) return { kind: 'prefix', value };
  return { kind: 'exact', value };
}

class CompiledLexicon {
  readonly atoms: Atom[] = [];
  private readonly atomKey = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefix = new Map<string, number[]>();
  private readonly suffix = new Map<string, number[]>();
  private readonly contains: Atom[] = [];
  /** Phrases by their first atom. */
  readonly phrasesByFirst = new Map<number, Phrase[]>();
  private memo = new Map<string, readonly number[]>();
  private older = new Map<string, readonly number[]>();

  constructor(lexicon: Record<string, readonly string[]>) {
    for (const [cue, terms] of Object.entries(lexicon)) {
      for (const term of terms) this.addTerm(cue as Cue, term);
    }
  }

  private atom(term: string): number {
    const known = this.atomKey.get(term);
    if (known !== undefined) return known;
    const { kind, value } = parseAtom(term);
    const atom: Atom = { id: this.atoms.length, kind, value };
    this.atoms.push(atom);
    this.atomKey.set(term, atom.id);
    const index = { exact: this.exact, prefix: this.prefix, suffix: this.suffix }[kind as 'exact'];
    if (kind === 'contains') this.contains.push(atom);
    else index.set(value, [...(index.get(value) ?? []), atom.id]);
    return atom.id;
  }

  private addTerm(cue: Cue, term: string) {
    const atoms: number[] = [];
    const gaps: boolean[] = [];
    for (const part of term.split(' ')) {
      if (part === '…') {
        gaps[atoms.length - 1] = true;
        continue;
      }
      atoms.push(this.atom(part));
      gaps.push(false);
    }
    const phrase: Phrase = { cue, atoms, gaps };
    const list = this.phrasesByFirst.get(atoms[0]) ?? [];
    list.push(phrase);
    this.phrasesByFirst.set(atoms[0], list);
  }

  private atomsOfPart(word: string, into: Set<number>) {
    for (const id of this.exact.get(word) ?? []) into.add(id);
    if (!hasLetter(word)) return;
    for (let l = 1; l <= word.length; l++) {
      for (const id of this.prefix.get(word.slice(0, l)) ?? []) into.add(id);
      for (const id of this.suffix.get(word.slice(word.length - l)) ?? []) into.add(id);
    }
    for (const atom of this.contains) if (word.includes(atom.value)) into.add(atom.id);
  }

  /** The atoms a word satisfies: the word itself, its parts and its spelling without hyphens. */
  atomsOf(word: string): readonly number[] {
    const known = this.memo.get(word) ?? this.older.get(word);
    if (known) return known;
    // No German word is this long; matching its prefixes would cost its length squared.
    if (word.length > MAX_WORD) return NO_ATOMS;
    // Numbers (dates, file numbers) are many and match whole at most; they are not remembered.
    if (!hasLetter(word)) return this.exact.get(word) ?? NO_ATOMS;
    const found = new Set<number>();
    this.atomsOfPart(word, found);
    if (word.includes('-')) {
      this.atomsOfPart(word.replace(/-/g, ''), found);
      for (const part of word.split('-')) if (part) this.atomsOfPart(part, found);
    }
    const result = found.size === 0 ? NO_ATOMS : [...found];
    // Bounded memory with two generations: when the young one is full it becomes the old one,
    // so words in use stay known while a text of endless distinct words cannot grow it.
    if (this.memo.size >= MEMO_SIZE) {
      this.older = this.memo;
      this.memo = new Map();
    }
    this.memo.set(word, result);
    return result;
  }
}

const ASSISTANCE_TERMS = [
  ...ASSISTANCE_STEMS.map((s) => (s.includes(' ') ? s.replace(/ /g, '* ') + '*' : `*${s}*`)),
  ...ASSISTANCE_WORDS,
];

const lexicon = new CompiledLexicon({ ...CUE_TERMS, assistance: ASSISTANCE_TERMS });

/** Every cue found in the tokens [from, to) of a clause. */
export function findCues(tokens: readonly Token[], from = 0, to = tokens.length): CueHit[] {
  const hits: CueHit[] = [];
  const atomsAt: (readonly number[])[] = [];
  for (let i = from; i < to; i++) atomsAt[i - from] = lexicon.atomsOf(tokens[i].word);
  const has = (i: number, atom: number) => atomsAt[i - from]?.includes(atom) ?? false;
  for (let i = from; i < to; i++) {
    for (const first of atomsAt[i - from]) {
      for (const phrase of lexicon.phrasesByFirst.get(first) ?? []) {
        let at = i;
        let ok = true;
        for (let k = 1; k < phrase.atoms.length && ok; k++) {
          if (phrase.gaps[k - 1]) {
            let j = at + 1;
            while (j < to && j <= at + MAX_GAP && !has(j, phrase.atoms[k])) j++;
            ok = j < to && j <= at + MAX_GAP;
            at = j;
          } else {
            at++;
            ok = at < to && has(at, phrase.atoms[k]);
          }
        }
        if (ok) hits.push({ cue: phrase.cue, first: i, last: at });
      }
    }
  }
  return hits;
}
