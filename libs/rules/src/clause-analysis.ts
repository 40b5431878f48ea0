/*
 * Clause analysis: what a German text does to a child with an assistant. The text is
 * normalised, split into sentences and clauses, and the cue lexicons are found in each
 * clause. Then, per sentence (with the sentence before it as context, since letters often
 * say "Fehlt die Assistenz … . Ohne Begleitung ist der Besuch nicht möglich."):
 *
 *   anchor       the assistant (or a nurse) is named in the passage
 *   restriction  the sentence excludes, limits, ends or conditions the child's care:
 *                an exclusion word, a negated or "nur"/"erst"-restricted taking part,
 *                an end of contract, a conditioned admission, capped hours, or a family
 *                member standing in for the assistant
 *   defeaters    what makes a look-alike lawful: the provider's own staff cover, the rule
 *                holds for every child, the text denies the dependency, the parents wished
 *                it, the child's own illness
 *   review       medically necessary care, or staff shortage / protection of the group
 *                with an individual weighing: a human must look
 *
 * Negation is scoped to the clause: a "nicht"/"kein" that belongs to the assistant's
 * absence ("nicht im Dienst", "keine Schulassistenz") does not negate the child's taking
 * part; one that stands with the taking part ("nimmt nicht teil") excludes.
 */
import { findCues, type CueHit } from './cue-matcher';
import type { Cue } from './lexicon/cue-terms';
import { splitClauses } from './clauses';
import { type NormalizedText, normalize } from './normalize';
import { type ExclusionPattern } from './patterns';
import { type Detection, type LawfulReason } from './rule-set';
import { type Token, tokenize } from './tokens';

/** A passage of the normalised text and what the analysis recognised there. */
export interface Recognition {
  detection: Detection;
  /** Span in the normalised text. */
  start: number;
  end: number;
}

export interface ClauseFeatures {
  cues: Set<Cue>;
  negatedParticipation: boolean;
  onlyParticipation: boolean;
  negatedCover: boolean;
  cover: boolean;
  parentStandsIn: boolean;
  groupTargeted: boolean;
  absenceOfAssistance: boolean;
  /** The child's taking part is named (not only inside a word like "Teilhabeassistenz"). */
  takingPart: boolean;
}

export interface SentenceFeatures {
  start: number;
  end: number;
  /**
   * The numbered item or section of a document the sentence belongs to ("§ 5", "5.4", "(3)",
   * a heading line): the assistant named in one item says nothing about the next.
   */
  block: number;
  /** A question restricts no one: "Muss ich einspringen, wenn …?" */
  question: boolean;
  /** A heading or title line: it names the subject of a section, it restricts no one. */
  heading: boolean;
  /** Its words (the tokens from `firstToken` up to, not including, `endToken`). */
  firstToken: number;
  endToken: number;
  tokens: readonly Token[];
  cues: Set<Cue>;
  clauses: ClauseFeatures[];
}

/** Phrases that look like a cue but mean something else: the cue they take back. */
const BLOCKS: Partial<Record<Cue, readonly Cue[]>> = {
  notNoDependency: ['noDependency'],
  notAllChildren: ['allChildren'],
  notExclusion: ['exclusion'],
  notOnly: ['only', 'hoursLimit'],
  notNegation: ['negation'],
  notTermination: ['termination'],
  notFamilyActor: ['familyActor'],
  notParentsWish: ['parentsWish'],
  notAvailability: ['availability'],
  notAssistance: ['assistance'],
};

const NEGATION_REACH = 3;
/** "nur Montag und Dienstag, die anderen Tage nicht": a particle, not a verb a final "nicht" denies. */
const PARTICLES_OF_LIMIT = new Set(['nur', 'erst', 'lediglich', 'ausschliesslich', 'maximal']);
/** A person giving notice ("sie kündigt"), and what a notice to the child's family names. */
const QUITS = new Set(['kuendigt', 'kuendige', 'kuendigte', 'gekuendigt', 'kuendigen']);
const CONTRACT_WORDS = ['vertrag', 'platz', 'verhaeltnis', 'vereinbarung', 'kind', 'betreuung'];
const MAX_CLAUSE_TOKENS = 120;

function clauseFeatures(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  formal: ReadonlySet<number>,
): ClauseFeatures {
  const found = findCues(tokens, from, to);
  // "auch wenn die Assistenz nicht dabei sein kann, …": what is conceded up to the next comma
  // neither negates nor restricts; the main clause decides.
  const conceded = (i: number) =>
    found.some(
      (h) =>
        h.cue === 'concessive' &&
        h.first <= i &&
        !text.slice(tokens[h.first].end, tokens[i].start).includes(','),
    );
  // "Bescheid geben" is a message, not an approval notice.
  const inReport = (h: CueHit) =>
    found.some((r) => r.cue === 'reportOnly' && r.first <= h.first && r.last >= h.last);
  // Phrases that only look like a cue take it back where they overlap it: "unabhängig
  // voneinander" denies no dependency, "für alle besser" is no rule for every child.
  const blockers = found.filter((r) => r.cue in BLOCKS);
  const blocked = (h: CueHit) =>
    blockers.some(
      (r) => BLOCKS[r.cue]?.includes(h.cue) === true && r.first <= h.last && r.last >= h.first,
    );
  const hits = found.filter(
    (h) =>
      !(h.cue in BLOCKS) &&
      !((h.cue === 'negation' || h.cue === 'participation') && conceded(h.first)) &&
      !((h.cue === 'approval' || h.cue === 'extent') && inReport(h)) &&
      !blocked(h),
  );
  // "Teilhabeassistentin" names the assistant, not the child's taking part.
  const inAssistant = (h: CueHit) =>
    hits.some((a) => a.cue === 'assistance' && a.first <= h.first && a.last >= h.last);
  const takingPart = hits.some((h) => h.cue === 'participation' && !inAssistant(h));
  // "weder … noch …": the "noch" negates too.
  const weder = hits.find((h) => h.cue === 'negation' && tokens[h.first].word === 'weder');
  if (weder)
    for (let i = weder.first + 1; i < to; i++)
      if (tokens[i].word === 'noch') hits.push({ cue: 'negation', first: i, last: i });
  // The formal "Sie" of a letter addresses the parents.
  for (let i = from; i < to; i++)
    if (formal.has(i)) hits.push({ cue: 'familyActor', first: i, last: i });
  // "darf … nicht mit": a participation phrase that carries its own negation.
  const negatedInside = hits.some(
    (h) =>
      h.cue === 'participation' &&
      h.last > h.first &&
      hits.some((n) => n.cue === 'negation' && n.first >= h.first && n.first <= h.last),
  );
  const cues = new Set<Cue>(hits.map((h) => h.cue));
  // Cues by word position (first and last word of a hit).
  const at: Cue[][] = [];
  for (const h of hits) {
    (at[h.first - from] ??= []).push(h.cue);
    if (h.last !== h.first) (at[h.last - from] ??= []).push(h.cue);
  }
  const has = (i: number, cue: Cue) => at[i - from]?.includes(cue) ?? false;
  const within = (hit: CueHit, cue: Cue) =>
    hits.some((h) => h.cue === cue && h.first <= hit.first && h.last >= hit.last);

  let freeNegation = false;
  let absenceOfAssistance = false;
  const freeNegations: number[] = [];
  const negations = hits.filter((h) => h.cue === 'negation');
  for (const neg of negations) {
    if (within(neg, 'noDependency') || within(neg, 'exclusion') || within(neg, 'participation'))
      continue;
    let consumed = false;
    // "an denen die Assistenzkraft nicht teilnimmt": the assistant right before the negation is
    // the one who is not there.
    if (neg.first - 1 >= from && has(neg.first - 1, 'assistance')) {
      consumed = true;
      absenceOfAssistance = true;
    }
    for (let j = neg.first + 1; !consumed && j <= neg.first + NEGATION_REACH && j < to; j++) {
      if (has(j, 'assistance') || has(j, 'carePerson') || has(j, 'availability')) {
        consumed = true;
        absenceOfAssistance = true;
        break;
      }
      if (has(j, 'approval')) {
        consumed = true;
        break;
      }
    }
    if (!consumed) {
      freeNegation = true;
      freeNegations.push(neg.first);
    }
  }
  // "kein Kündigungsgrund", "muss nicht nach Hause": a negation just before the word.
  // A comma ends the reach of a negation ("… nicht vorliegt, kündigen wir …").
  const commaBetween = (a: number, b: number) =>
    text.slice(tokens[a].end, tokens[b].start).includes(',');
  // "weder ihr Kind früher abholen noch …": "weder" denies all that follows it in the clause.
  const negated = (h: CueHit) =>
    (weder !== undefined && weder.first < h.first) ||
    freeNegations.some(
      (n) =>
        (n < h.first && h.first - n <= NEGATION_REACH && !commaBetween(n, h.first)) ||
        // "Ein Betreuungsvertrag wird nicht gekündigt": inside the words of a phrase.
        (n > h.first && n < h.last),
    );
  // Phrases such as "nicht … in die OGS" carry their negation; "ohne dass" negates what follows.
  const ohneDass = hits.filter((h) => h.cue === 'withoutThat');
  const negatedByOhneDass = (h: CueHit) => ohneDass.some((o) => o.first < h.first);
  // "eine Absage der Teilnahme erfolgt nicht": a later negation denies an exclusion noun.
  const deniedLater = (h: CueHit) =>
    freeNegations.some((n) => n > h.last && !commaBetween(h.last, n));
  const nouns = hits.filter((h) => h.cue === 'exclusionNoun');
  // "Eine Kündigung wegen … ist ausgeschlossen": the predicate denies what the nouns name.
  const terminationNouns = hits.filter(
    (h) => h.cue === 'termination' && tokens[h.first].word.startsWith('kuendigung'),
  );
  // "Ein Anruf mit der Bitte, das Kind abzuholen, ist nicht zulässig": the predicate denies the
  // infinitive its subject carries.
  const infinitives = hits.filter(
    (h) => h.cue === 'exclusion' && /^(ab|aus|heim|weg)zu/.test(tokens[h.first].word),
  );
  const deniedByPredicate =
    cues.has('denial') &&
    (nouns.length > 0 || terminationNouns.length > 0 || infinitives.length > 0);
  // "Die Zahl der Assistenzstunden begrenzt die Buchungszeit nicht.": a negation closing the
  // clause denies the limit or the notice its verb names.
  const closingNegation =
    freeNegations.includes(to - 1) &&
    hits.some(
      (h) =>
        (h.cue === 'hoursLimit' || h.cue === 'termination') &&
        h.last < to - 1 &&
        !PARTICLES_OF_LIMIT.has(tokens[h.first].word),
    );
  const deniesExclusion =
    deniedByPredicate ||
    closingNegation ||
    (nouns.length > 0 && nouns.every((h) => deniedLater(h) || negated(h)));
  if (deniesExclusion) {
    freeNegation = false;
    cues.add('noDependency');
  }
  // Who acts is the person named nearest to the action: family or staff. "Frau B., die E.
  // sonst begleitet", "Frau D. als Schulbegleiterin" is the assistant, not the child's mother.
  const assistantByTitle = (i: number) =>
    TITLES.has(tokens[i].word) &&
    (describedAssistant(tokens, i) ||
      hits.some((a) => a.cue === 'assistance' && a.first > i && a.first <= i + 4));
  const actors = hits
    .filter((h) => h.cue === 'familyActor' && !assistantByTitle(h.first))
    .map((h) => h.first);
  const staff = hits.filter((h) => h.cue === 'providerCover').map((h) => h.first);
  const nearest = (list: number[], at: number) =>
    list.reduce((best, i) => Math.min(best, Math.abs(i - at)), Number.POSITIVE_INFINITY);
  // "… holt eine OGS-Mitarbeiterin das Kind im Klassenraum ab": staff fetching the child is care.
  const fetchedByStaff = (h: CueHit) =>
    /^(ab)?hol/.test(tokens[h.first].word) && nearest(staff, h.first) < nearest(actors, h.first);
  const exclusion =
    (!deniesExclusion && nouns.length > 0) ||
    hits.some(
      (h) =>
        h.cue === 'exclusion' &&
        !negated(h) &&
        !negatedByOhneDass(h) &&
        !within(h, 'noDependency') &&
        !fetchedByStaff(h),
    );
  // "Die Assistenzkraft hat zum 30.09. gekündigt": the assistant leaves her job; no contract,
  // place or care of the child is named, so nothing of the child's ends.
  const assistantQuits = (h: CueHit) =>
    QUITS.has(tokens[h.first].word) &&
    hits.some((a) => a.cue === 'assistance' && a.last < h.first) &&
    !hits.some(
      (x) => x.cue === 'admission' || x.cue === 'participation' || x.cue === 'familyActor',
    ) &&
    !tokens.slice(from, to).some((t) => CONTRACT_WORDS.some((w) => t.word.includes(w)));
  // "Ein Vertrag wird nicht gekündigt, weil eine Assistenz nicht … verlängert wird": the notice
  // itself denied, whatever reasons follow.
  const noticeDenied = hits.some(
    (h) =>
      h.cue === 'termination' &&
      /^(ge)?kuendig/.test(tokens[h.first].word) &&
      h.first > from &&
      (tokens[h.first - 1].word === 'nicht' || tokens[h.first - 1].word === 'niemals'),
  );
  const termination =
    !deniedByPredicate &&
    !noticeDenied &&
    hits.some(
      (h) =>
        h.cue === 'termination' && !negated(h) && !within(h, 'noDependency') && !assistantQuits(h),
    );
  // "kommt erst gegen 11" speaks of the assistant's time, not of the child's.
  const only = hits.some((h) => h.cue === 'only' && !within(h, 'availability'));
  // "ohne Assistenz", "an Tagen ohne Integrationsassistenz"
  for (let i = from; i < to; i++) {
    if (tokens[i].word !== 'ohne') continue;
    for (let j = i + 1; j <= i + NEGATION_REACH && j < to; j++) {
      if (has(j, 'assistance') || has(j, 'carePerson')) absenceOfAssistance = true;
    }
  }
  // "Kinder mit Integrationsassistenz", "Kindern mit Schulbegleitung"
  let groupTargeted = cues.has('disabilityGroup');
  for (let i = from; i < to; i++) {
    if (tokens[i].word !== 'mit') continue;
    // "auch für Kinder mit Schulbegleitung" includes them; it singles no one out.
    if (tokens[i - 3]?.word === 'auch' || tokens[i - 2]?.word === 'auch') continue;
    for (let j = i + 1; j <= i + 2 && j < to; j++) if (has(j, 'assistance')) groupTargeted = true;
  }
  // "Wenn Sie ihn nicht selbst begleiten können, …" is a condition, not a denial.
  const inCondition = (i: number) =>
    hits.some(
      (h) =>
        h.cue === 'condition' &&
        h.first < i &&
        !text.slice(tokens[h.first].end, tokens[i].start).includes(','),
    );
  // A family member stands in: the action must not be the assistant's own name
  // ("Schulbegleitung" contains "begleit") and no staff may be the subject.
  const actions = hits.filter(
    (h) =>
      h.cue === 'substituteAction' &&
      // "Die Schulbegleitung bezahlen Sie nicht": the negation after the verb denies it too.
      ((!negated(h) &&
        !freeNegations.some((n) => n > h.last && n - h.last <= 3 && !commaBetween(h.last, n))) ||
        inCondition(h.first)) &&
      !(h.first === h.last && (has(h.first, 'assistance') || has(h.first, 'providerCover'))),
  );
  const cover = cues.has('providerCover');
  // "Betreuung kann nicht gewährleistet werden" is no promise of care.
  if (hits.some((h) => h.cue === 'continues' && negated(h))) cues.delete('continues');
  // The one who stands in is the family member named nearer than any staff.
  const parentStandsIn = actions.some(
    (a) => actors.length > 0 && nearest(actors, a.first) < nearest(staff, a.first),
  );
  const participation = cues.has('participation');
  if (exclusion) cues.add('exclusion');
  else cues.delete('exclusion');
  if (termination) cues.add('termination');
  else cues.delete('termination');

  return {
    cues,
    negatedParticipation: (freeNegation && participation) || negatedInside,
    onlyParticipation: only && participation,
    cover: cover && !freeNegation,
    negatedCover: cover && freeNegation,
    parentStandsIn,
    groupTargeted,
    absenceOfAssistance,
    takingPart,
  };
}

// Words a German question begins with. "…, ist das so erlaubt?" after a comma is no question
// of the statement before it; after a dash or semicolon only that last clause is the question.
const QUESTION_OPENERS = new Set(
  (
    'was wie warum wieso weshalb wann wer wen wem wo woran wozu welche welcher welches ob ' +
    'muss muessen darf duerfen kann koennen soll sollen ist sind wird werden gibt hat haben ' +
    'duerfte duerften koennte koennten muesste muessten sollte sollten wuerde wuerden ' +
    'bekommt bekommen endet gilt steht stimmt faellt bleibt braucht brauchen'
  ).split(' '),
);

const WHY = new Set(['warum', 'wieso', 'weshalb']);

const PARTICLES = new Set(['und', 'aber', 'oder', 'also', 'oh', 'na', 'achso', 'hm', 'ja', 'nein']);

/** Token indices of the formal "Sie"/"Ihnen" (capital letter inside a sentence). */
function formalAddress(original: string, n: NormalizedText, tokens: Token[]): Set<number> {
  const formal = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const { word, start } = tokens[i];
    if (word !== 'sie' && word !== 'ihnen') continue;
    const at = n.origin[start];
    if (original[at] !== 'S' && original[at] !== 'I') continue;
    let k = at - 1;
    while (k >= 0 && (original[k] === ' ' || original[k] === '"' || original[k] === '\u201e')) k--;
    if (k >= 0 && !'.!?:\n–-'.includes(original[k])) formal.add(i);
  }
  return formal;
}

/**
 * Whether the word after a full stop was written in lower case, in a text that begins its
 * sentences with capitals (a chat written all in lower case says nothing by it).
 */
function lowerAfterStop(
  n: NormalizedText,
  original: string,
): ((at: number) => boolean) | undefined {
  let upper = 0;
  let stops = 0;
  let cappedStops = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    if (c === 46 && original[i + 1] === ' ') {
      stops++;
      const d = original.charCodeAt(i + 2);
      if ((d >= 65 && d <= 90) || d === 0xc4 || d === 0xd6 || d === 0xdc) cappedStops++;
    }
  }
  if (upper < 3 || stops === 0 || cappedStops === 0) return undefined;
  return (at) => {
    const next = n.origin[at + 2];
    if (next === undefined) return false;
    const ch = original[next];
    return ch !== undefined && ch !== ch.toUpperCase();
  };
}

export function analyseSentences(n: NormalizedText, original: string): SentenceFeatures[] {
  const tokens = tokenize(n.text);
  const formal = formalAddress(original, n, tokens);
  const sentences: SentenceFeatures[] = [];
  let t = 0;
  for (const clause of splitClauses(n.text, lowerAfterStop(n, original))) {
    while (t < tokens.length && tokens[t].end <= clause.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].start < clause.end) t++;
    // Overlong clauses (lists, garbage) are read in pieces, so the work per piece is bounded.
    const features = clauseFeatures(
      n.text,
      tokens,
      from,
      Math.min(t, from + MAX_CLAUSE_TOKENS),
      formal,
    );
    for (let p = from + MAX_CLAUSE_TOKENS; p < t; p += MAX_CLAUSE_TOKENS) {
      const more = clauseFeatures(n.text, tokens, p, Math.min(t, p + MAX_CLAUSE_TOKENS), formal);
      for (const cue of more.cues) features.cues.add(cue);
      features.negatedParticipation ||= more.negatedParticipation;
      features.onlyParticipation ||= more.onlyParticipation;
      features.cover ||= more.cover;
      features.negatedCover ||= more.negatedCover;
      features.parentStandsIn ||= more.parentStandsIn;
      features.groupTargeted ||= more.groupTargeted;
      features.absenceOfAssistance ||= more.absenceOfAssistance;
      features.takingPart ||= more.takingPart;
    }
    let sentence = sentences[clause.sentence];
    if (!sentence) {
      sentence = {
        start: clause.start,
        end: clause.end,
        block: 0,
        question: false,
        heading: false,
        firstToken: from,
        endToken: t,
        tokens,
        cues: new Set(),
        clauses: [],
      };
      sentences[clause.sentence] = sentence;
    }
    sentence.end = clause.end;
    sentence.endToken = t;
    // "Und was passiert, wenn …?", "oh muss er jetzt …?": after a particle the question opens.
    const opener = PARTICLES.has(tokens[from]?.word ?? '') ? from + 1 : from;
    // "Warum durfte mein Sohn nicht mit, nur weil …?" takes for granted what it asks about.
    const why = WHY.has(tokens[opener]?.word ?? '');
    const asks =
      n.text[clause.end] === '?' && !why && QUESTION_OPENERS.has(tokens[opener]?.word ?? '');
    if (asks && sentence.clauses.length === 0) sentence.question = true;
    // "Fehlt die Assistenz, bleibt das Kind zu Hause – ist das rechtens?": only the last part asks.
    if (asks && sentence.clauses.length > 0) continue;
    sentence.clauses.push(features);
    for (const cue of features.cues) sentence.cues.add(cue);
  }
  const all = sentences.filter(Boolean);
  namedAssistants(tokens, all);
  let block = 0;
  for (let i = 0; i < all.length; i++) {
    // Items of a list that an introduction opens ("… kündigen, wenn:") belong to it.
    const introduced = i > 0 && /[:,]\s*$/.test(n.text.slice(all[i - 1].start, all[i].start));
    // A bullet or an item an introduction opened is part of a sentence, not a title.
    all[i].heading =
      !introduced &&
      !/^[-–•*] /.test(n.text.slice(all[i].start - 2, all[i].start + 2).trimStart()) &&
      isHeading(n.text, all[i]);
    if (i > 0 && ((startsSection(n.text, all[i].start) && !introduced) || all[i - 1].heading))
      block++;
    all[i].block = block;
  }
  return all;
}

const TITLES = new Set(['frau', 'fr', 'herr', 'hr']);
const ASSISTANT_REACH = 4;

/**
 * "Kita-Assistenz Fr. K." names the assistant once; later "Bei Abwesenheit von Fr. K. …" means
 * her: a sentence naming a person who was introduced next to the assistant's role gets the
 * assistant's cue.
 */
/** Role words that, after a name in the genitive ("noahs betreuerin"), mean the assistant. */
const ROLES = new Set([
  'betreuerin',
  'betreuer',
  'begleitung',
  'begleiterin',
  'begleiter',
  'helferin',
  'helfer',
  'assistenz',
]);

/** People a text may call the assistant by: "die Kollegin, die ihren Sohn begleitet". */
const PEOPLE = new Set([
  ...TITLES,
  'dame',
  'mann',
  'kollegin',
  'kollege',
  'mitarbeiterin',
  'mitarbeiter',
  'kraft',
  'person',
  'betreuerin',
  'betreuer',
]);
const RELATIVES = new Set(['die', 'der', 'welche', 'welcher']);
const ACCOMPANIES =
  /^(begleitet|begleitete|begleiten|betreut|betreute|unterstuetzt|unterstuetzte|hilft|half|helfen)$/;
/** "Herr B. vom Träger", "die Dame vom Dienst": the service that employs the assistant. */
const EMPLOYER = /(dienst|traeger|verein)$/;

/** "die Dame vom Dienst", "Frau K. vom Pflegedienst", "die Kollegin, die ihn begleitet". */
function describedAssistant(tokens: Token[], i: number): boolean {
  if (!PEOPLE.has(tokens[i].word)) return false;
  for (let j = i + 1; j <= i + 5 && j + 1 < tokens.length; j++) {
    if (tokens[j].word === 'vom' && EMPLOYER.test(tokens[j + 1].word)) return true;
    if (!RELATIVES.has(tokens[j].word)) continue;
    for (let k = j + 1; k <= j + 5 && k < tokens.length; k++)
      if (ACCOMPANIES.test(tokens[k].word)) return true;
  }
  return false;
}

/**
 * "Fr. Özdemir morgen Fortbildung → Mika bitte NICHT bringen": a person by title and name whose
 * absence keeps one child away is, for that child, the assistant (the group's staff being
 * absent would concern all children).
 */
function absentPersonKeepsChildAway(tokens: Token[], sentences: SentenceFeatures[]): void {
  for (const s of sentences) {
    if (s.cues.has('allChildren') || s.cues.has('shortage') || s.cues.has('assistance')) continue;
    if (!s.cues.has('availability')) continue;
    const restricts = s.clauses.some(
      (c) => c.cues.has('exclusion') || c.negatedParticipation || c.parentStandsIn,
    );
    if (!restricts) continue;
    for (let i = s.firstToken; i + 1 < s.endToken; i++)
      if (TITLES.has(tokens[i].word) && tokens[i + 1].word.length <= 20) {
        s.cues.add('assistance');
        break;
      }
  }
}

function namedAssistants(tokens: Token[], sentences: SentenceFeatures[]): void {
  absentPersonKeepsChildAway(tokens, sentences);
  for (let i = 0; i < tokens.length; i++) {
    if (!describedAssistant(tokens, i)) continue;
    const s = sentences.find((x) => x.start <= tokens[i].start && tokens[i].start < x.end);
    s?.cues.add('assistance');
  }
  // "noahs Betreuerin", "Idas Begleitung": the child's own companion.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i].word;
    if (w.length < 3 || !w.endsWith('s') || !ROLES.has(tokens[i + 1].word)) continue;
    if (['des', 'eines', 'unseres', 'ihres', 'seines', 'dies', 'das', 'alles'].includes(w))
      continue;
    const s = sentences.find((x) => x.start <= tokens[i].start && tokens[i].start < x.end);
    s?.cues.add('assistance');
  }
  const names = new Set<string>();
  const titled: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) if (TITLES.has(tokens[i].word)) titled.push(i);
  if (titled.length === 0) return;
  for (const i of titled) {
    const around = findCues(
      tokens,
      Math.max(0, i - ASSISTANT_REACH),
      Math.min(tokens.length, i + 2 + ASSISTANT_REACH),
    );
    // "Frau Albers begleitet Ole seit einem Jahr": the one who accompanies the child.
    const accompanies = tokens
      .slice(i + 2, i + 4)
      .some((t) => t.word.startsWith('begleit') || t.word.startsWith('unterstuetzt'));
    if (accompanies || around.some((h) => h.cue === 'assistance')) names.add(tokens[i + 1].word);
  }
  if (names.size === 0) return;
  for (const i of titled) {
    if (!names.has(tokens[i + 1].word)) continue;
    const s = sentences.find((x) => x.start <= tokens[i].start && tokens[i].start < x.end);
    s?.cues.add('assistance');
  }
}

/** A numbered item at the start of a line: "§ 5", "5.", "5.4", "(3)", "a)", "II.". */
/**
 * A section at the start of a line: "§ 5", "5. ", "II. ". Its sub-items ("5.4", "(3)", "a)")
 * stay in the section: "Die Leistung" of 12.2 is the one 12.1 named.
 */
function startsSection(text: string, start: number): boolean {
  let line = start;
  while (line > 0 && (text[line - 1] === ' ' || text[line - 1] === '\t')) line--;
  if (line > 0 && text[line - 1] !== '\n') return false;
  return /^(§+ ?\d|\d{1,2}\. |[ivx]{1,4}\. )/.test(text.slice(start, start + 12));
}

/** A heading: a short line of its own, without a full stop, with a blank line or line end after. */
function isHeading(text: string, s: { start: number; end: number }): boolean {
  const body = text.slice(s.start, s.end).trim();
  const after = text.slice(s.end, s.end + 3);
  // "Teil B – Anlage „Kita-Assistenz“ (gilt für …)": a part's title may run longer.
  const part = body.length <= 200 && /^(teil|anlage|anhang|abschnitt|kapitel)\b/.test(body);
  return (
    body.length > 0 &&
    // A row of a table ("L. K. | Kündigung | Grund") is content, not a title.
    !body.includes('|') &&
    (body.length <= 60 || part) &&
    !/[.!?:;,]$/.test(body) &&
    after.includes('\n')
  );
}

const any = (s: SentenceFeatures, f: (c: ClauseFeatures) => boolean) => s.clauses.some(f);

/** Whether a sentence restricts the child, and how. */
function restrictions(s: SentenceFeatures, window: CueLookup, near: CueLookup) {
  const has = (cue: Cue) => s.cues.has(cue);
  const excludes = any(
    s,
    (c) =>
      c.cues.has('exclusion') ||
      c.negatedParticipation ||
      c.onlyParticipation ||
      (c.cues.has('dependsOn') && (c.cues.has('participation') || c.cues.has('admission'))) ||
      (c.cues.has('stayBehind') && window.has('activity')) ||
      // "Alle Kinder durften mit – nur meine Lotta nicht."
      (c.cues.has('singledOut') && c.cues.has('negation') && window.has('participation')) ||
      // "Kind für die Dauer nur bis Unterrichtsende": the child's day, not the assistant's.
      (c.cues.has('only') && c.cues.has('until') && !c.cues.has('assistance')),
  );
  const conditioned = has('condition') || has('only') || has('negation') || has('cause');
  const anchoredHere = has('assistance') || has('carePerson');
  // "Wird die Leistung nicht weiterbewilligt, endet der Vertrag": the end hangs on the approval.
  const terminates =
    has('termination') &&
    (anchoredHere ||
      near.has('condition') ||
      near.has('cause') ||
      window.has('approval') ||
      // "… findet der Dienst keinen Ersatz. Jetzt hat die OGS den Vertrag beendet."
      (near.has('availability') && !has('cause')));
  const admitsOnCondition =
    has('admission') &&
    (conditioned || has('dependsOn')) &&
    // Approved assistance, or (medical care) a nurse or trained person being in place, or
    // "nur mit einem I-Helfer aufnehmen".
    (window.has('approval') ||
      (has('carePerson') && has('condition')) ||
      (anchoredHere && has('only') && !has('availability')) ||
      // "Ohne Integrationskraft können wir den Vertrag nicht abschließen."
      (anchoredHere &&
        has('negation') &&
        !has('availability') &&
        any(s, (c) => c.absenceOfAssistance)));
  const assistantsTime = any(
    s,
    (c) => c.cues.has('hours') && (c.cues.has('assistance') || c.cues.has('availability')),
  );
  const covered = any(s, (c) => c.cover) || has('continues');
  const capsHours =
    !covered &&
    ((has('hours') &&
      has('hoursLimit') &&
      (has('approval') || has('extent') || assistantsTime || any(s, (c) => c.groupTargeted))) ||
      (has('days') && has('hoursLimit') && (has('approval') || has('extent'))) ||
      // "Die Assistenz ist für 20 Stunden bewilligt. Die Betreuungszeit haben wir deshalb auf 20
      // Stunden festgelegt."
      (has('hours') && has('hoursLimit') && has('cause') && window.has('approval')) ||
      // "Der Umfang wird erhöht, sobald weitere Assistenzstunden bewilligt werden."
      (has('hours') && has('extent') && has('condition') && (has('approval') || anchoredHere)) ||
      ((has('hours') || has('days')) && has('extent') && excludes) ||
      // "Da die Schulbegleiterin bis 15 Uhr im Einsatz ist, endet die Betreuung um 15 Uhr."
      (has('hours') && has('until') && assistantsTime && excludes));
  const parentStandsIn = any(s, (c) => c.parentStandsIn);
  return {
    excludes,
    terminates,
    admitsOnCondition,
    capsHours,
    parentStandsIn,
    any: excludes || terminates || admitsOnCondition || capsHours || parentStandsIn,
  };
}

function pattern(
  window: CueLookup,
  r: ReturnType<typeof restrictions>,
  parentInWindow: boolean,
): ExclusionPattern {
  if (r.terminates) return 'termination_for_missing_assistance';
  if (r.admitsOnCondition) return 'admission_conditional_on_assistance';
  if (parentInWindow) return 'parent_must_substitute';
  if (window.has('activity')) return 'activity_exclusion';
  if (r.capsHours) return 'hours_capped_to_assistance';
  return 'absence_exclusion';
}

/** A lawful look-alike: why a passage naming the assistant does not restrict the child. */
function lawfulReason(s: SentenceFeatures, window: CueLookup): LawfulReason | null {
  if (window.has('abolished')) return 'abolished';
  if (s.cues.has('noDependency')) return 'no_dependency';
  if (s.cues.has('pool')) return 'pool';
  if (any(s, (c) => c.cover) || s.cues.has('continues')) return 'provider_cover';
  if (s.cues.has('parentsWish')) return 'parents_wish';
  if (window.has('shortage') && s.cues.has('allChildren')) return 'shortage_for_all';
  if (s.cues.has('ownIllness')) return 'own_illness';
  if (s.cues.has('allChildren')) return 'same_for_all';
  if (s.cues.has('reportOnly')) return 'report_only';
  return null;
}

const ANCHORS: Cue[] = ['assistance', 'carePerson'];

/** The assistant (or a nurse) named, or the approving body's decision on it ("ohne Bewilligung
 * der Eingliederungshilfe"). */
const namesAssistance = (x: SentenceFeatures) =>
  // "Eine Assistenz war gar kein Thema": named to say it plays no part.
  !x.cues.has('notInvolved') &&
  (ANCHORS.some((a) => x.cues.has(a)) ||
    (x.cues.has('assistanceBody') && (x.cues.has('approval') || x.cues.has('termination'))));

/**
 * What the child's care is about: attendance, care time, admission, activities, the end of the
 * contract, the parents' presence. A passage that names the assistant with one of these is
 * lawful only for a recognised reason; otherwise a human looks (review).
 */
const CARE_TOPICS: Cue[] = [
  'exclusion',
  'exclusionNoun',
  'admission',
  'refusal',
  'termination',
  'hours',
  'days',
  'activity',
  'stayBehind',
  'substituteAction',
];
const aboutCare = (s: SentenceFeatures) =>
  CARE_TOPICS.some((c) => s.cues.has(c)) ||
  any(s, (c) => c.takingPart) ||
  (s.cues.has('familyActor') && (s.cues.has('companion') || s.cues.has('substituteAction')));

/** A sentence next to this one says why the assistant's part restricts no one. */
const explainedNearby = (near: SentenceFeatures[], s: SentenceFeatures, window: CueLookup) =>
  near.some((x) => x !== s && lawfulReason(x, window) !== null);

/** The pattern an unclear passage most resembles. */
function resembles(s: SentenceFeatures, window: CueLookup): ExclusionPattern {
  if (s.cues.has('termination')) return 'termination_for_missing_assistance';
  if (s.cues.has('admission') || s.cues.has('refusal'))
    return 'admission_conditional_on_assistance';
  if (s.cues.has('substituteAction') || (s.cues.has('familyActor') && s.cues.has('companion')))
    return 'parent_must_substitute';
  if (window.has('activity')) return 'activity_exclusion';
  if (s.cues.has('hours') || s.cues.has('days')) return 'hours_capped_to_assistance';
  return 'absence_exclusion';
}

/**
 * The child restricted because of its disability, with no assistant named: unlawful where the
 * disability is the reason, review where the protection of the others or the child, a weighing
 * or medical care is given; null where nothing restricts the child or the text says why not.
 */
function disabilityExclusion(
  s: SentenceFeatures,
  window: CueLookup,
  r: ReturnType<typeof restrictions>,
  lawful: LawfulReason | null,
): Detection | null {
  if (s.cues.has('allChildren') || s.cues.has('parentsWish') || lawful === 'no_dependency')
    return null;
  // "Angaben zu einer Behinderung werden nur … verarbeitet": data protection, not the child's care.
  if (s.cues.has('formalities') && !s.cues.has('exclusion') && !s.cues.has('termination'))
    return null;
  // "Die Aufnahme erfolgt unabhängig von … einer Behinderung. Voraussetzung ist der Masernschutz":
  // the disability is named to say it does not count; health rules hold for every child.
  if (window.has('noDependency') || s.cues.has('ownIllness')) return null;
  const refused =
    s.cues.has('refusal') ||
    (s.cues.has('admission') &&
      (s.cues.has('negation') || s.cues.has('exclusion') || s.cues.has('exclusionNoun')));
  const cut = s.cues.has('hours') && (s.cues.has('hoursLimit') || s.cues.has('only'));
  // Any notice of termination: with the disability named, no other reason is needed.
  const restricted =
    r.excludes || s.cues.has('termination') || refused || cut || s.cues.has('exclusionNoun');
  if (!restricted) return null;
  const pattern: ExclusionPattern = 'disability_exclusion';
  if (window.has('medical')) return { kind: 'review_medical', pattern };
  if (window.has('protection') || window.has('weighing') || window.has('shortage'))
    return { kind: 'review_weighing', pattern };
  return { kind: 'unlawful', pattern };
}

/** Cues of several sentences, looked up without copying them into a new set. */
interface CueLookup {
  has(cue: Cue): boolean;
}
const union = (sets: ReadonlySet<Cue>[]): CueLookup => ({
  has: (cue) => sets.some((set) => set.has(cue)),
});

export function recognise(text: string): {
  normalized: NormalizedText;
  sentences: SentenceFeatures[];
  found: Recognition[];
} {
  const normalized = normalize(text);
  const sentences = analyseSentences(normalized, text);
  const found: Recognition[] = [];
  const touched: boolean[] = [];
  // An outing or activity anywhere in the text: what a child left behind is left out of.
  const outing = sentences.some((x) => x.cues.has('activity'));
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const inBlock = (x: SentenceFeatures | undefined) =>
      x !== undefined && x.block === s.block ? x : undefined;
    const prev = inBlock(i > 0 ? sentences[i - 1] : undefined);
    const window = union(prev ? [prev.cues, s.cues] : [s.cues]);
    // The assistant may be named up to two sentences before or one after
    // ("Uns wurde gekündigt. Begründung: Die Integrationshelferin hat aufgehört.").
    const near = sentences.slice(Math.max(0, i - 2), i + 2).filter((x) => x.block === s.block);
    // Named only in the sentence after, the assistant is the reason only where that sentence
    // gives a reason or this one ends the contract ("Uns wurde gekündigt. Begründung: …").
    const anchorAt = near.find((x) => {
      if (!namesAssistance(x)) return false;
      if (x.start <= s.start || s.cues.has('termination')) return true;
      // The reason given after: the assistant's absence, unless the provider covers it.
      if (!x.cues.has('cause') && !x.cues.has('availability')) return false;
      const reason = lawfulReason(x, x.cues);
      // "Begründung der Leitung: … wir können die Verantwortung nicht übernehmen": staff named
      // as the ones who refuse cover nothing.
      return reason === null || (reason === 'provider_cover' && x.cues.has('negation'));
    });
    const assistantNamed =
      anchorAt !== undefined || (s.cues.has('companion') && !s.cues.has('notInvolved'));
    const anchored =
      assistantNamed || (s.cues.has('disabilityGroup') && !s.cues.has('allChildren'));
    const from = Math.min(s.start, anchorAt?.start ?? s.start);
    const to = Math.max(s.end, anchorAt?.end ?? s.end);
    const push = (detection: Detection) => {
      found.push({ detection, start: from, end: to });
      // The sentences the passage spans (the anchor is at most two sentences away).
      for (let k = Math.max(0, i - 2); k <= Math.min(sentences.length - 1, i + 1); k++)
        if (sentences[k].start < to && sentences[k].end > from) touched[k] = true;
    };

    const nearCues = union(near.map((x) => x.cues));
    const r = restrictions(s, window, nearCues);
    const lawful = lawfulReason(s, window);
    // "Zum Artikel „Kinder … ausgeschlossen“": the title of what a letter answers.
    if (s.question || s.cues.has('asks') || s.heading || s.cues.has('titleRef')) continue;
    // "Für alle Kinder gilt eine Betreuung bis 14 Uhr. Für Ben bis 12, weil …": one child's day
    // cut below what all get, after a staffing cut: only an individual weighing can justify it.
    if (
      prev &&
      prev.cues.has('allChildren') &&
      (prev.cues.has('until') || prev.cues.has('hoursLimit')) &&
      s.cues.has('until') &&
      !s.cues.has('allChildren') &&
      !s.cues.has('parentsWish') &&
      !s.cues.has('noDependency') &&
      !s.cues.has('continues')
    ) {
      const p: ExclusionPattern = assistantNamed
        ? 'hours_capped_to_assistance'
        : nearCues.has('disability')
          ? 'disability_exclusion'
          : 'hours_capped_to_assistance';
      push({ kind: window.has('medical') ? 'review_medical' : 'review_weighing', pattern: p });
      continue;
    }
    // No assistant in the text, the child's disability (or behaviour linked to it) is: a place
    // refused, care cut, the child excluded or the contract ended for it (§ 7 KiBiz).
    // The disability named in the sentence after counts for a refusal ("… keinen Platz
    // anbieten. Unsere Einrichtung ist auf Kinder mit … nicht eingestellt.").
    // The next item of a list ("(3) Kinder mit … werden doppelt gezählt") is not the reason.
    const after = inBlock(sentences[i + 1]);
    const disabilityAfter =
      after !== undefined &&
      after.cues.has('disability') &&
      !/^(\(\d|\d{1,2}\.|[a-z]\) )/.test(normalized.text.slice(after.start, after.start + 4));
    const disabilityAt =
      window.has('disability') ||
      ((disabilityAfter || near.some((x) => x.start < s.start && x.cues.has('disability'))) &&
        s.cues.has('refusal'));
    if (!assistantNamed && disabilityAt) {
      const found = disabilityExclusion(s, nearCues, r, lawful);
      if (found) {
        push(found);
        continue;
      }
    }
    if (!anchored) {
      // Without an assistant: one child restricted after a weighing (staff shortage,
      // protection of the group) still needs a human's review.
      const individual = !s.cues.has('allChildren') || s.cues.has('weighing');
      const limited = r.excludes || (s.cues.has('hours') && s.cues.has('hoursLimit'));
      // The weighing, or the protection of the others or the child, may be given just after.
      const weighed =
        nearCues.has('weighing') || window.has('shortage') || nearCues.has('protection');
      if (weighed && individual && limited && !s.cues.has('parentsWish')) {
        // Behaviour that endangers, or a disability nearby: the child's own condition is the reason.
        const p: ExclusionPattern =
          nearCues.has('protection') || nearCues.has('disability')
            ? 'disability_exclusion'
            : window.has('activity')
              ? 'activity_exclusion'
              : s.cues.has('hours') && s.cues.has('hoursLimit')
                ? 'hours_capped_to_assistance'
                : 'absence_exclusion';
        push({ kind: window.has('medical') ? 'review_medical' : 'review_weighing', pattern: p });
      } else if (lawful === 'shortage_for_all' || lawful === 'own_illness')
        push({ kind: 'lawful', reason: lawful });
      continue;
    }
    const weighing =
      window.has('weighing') ||
      (window.has('shortage') && !(s.cues.has('allChildren') && !s.cues.has('weighing')));
    // After a weighing, any cut of this child's hours is a restriction to review.
    const cutAfterWeighing = weighing && s.cues.has('hours') && s.cues.has('hoursLimit');
    if (!r.any && !cutAfterWeighing) {
      if (lawful) push({ kind: 'lawful', reason: lawful });
      else if (aboutCare(s) && !describesOnly(s.cues) && !explainedNearby(near, s, window))
        push({ kind: 'review_unclear', pattern: resembles(s, window) });
      continue;
    }
    // "… Ihr Kind nimmt trotzdem am Ganztag teil.": the next sentence takes it back.
    const next = inBlock(sentences[i + 1]);
    const takenBack =
      next !== undefined &&
      next.cues.has('continues') &&
      next.cues.has('participation') &&
      !restrictions(next, s.cues, s.cues).any &&
      !r.terminates;
    const medical = window.has('medical') || window.has('carePerson');
    const specificToAssistance =
      s.cues.has('availability') ||
      s.cues.has('approval') ||
      s.cues.has('gap') ||
      any(s, (c) => c.groupTargeted || c.absenceOfAssistance);

    // "… dass die Kita verlangt hat, ihn abzuholen, sobald seine Integrationskraft fehlt. …
    // Die Regel ist gestrichen – schriftlich!": what the text says was taken back.
    if (
      sentences
        .slice(i + 1, i + 4)
        .some((x) => x.block === s.block && x.cues.has('revoked') && !x.question)
    ) {
      push({ kind: 'lawful', reason: 'abolished' });
      continue;
    }
    // "Bitte Luis abmelden, wenn er zum Arzt geht, damit die Begleitung nicht umsonst kommt."
    if (s.cues.has('ownIllness') && s.cues.has('reportOnly') && !r.terminates) {
      push({ kind: 'lawful', reason: 'own_illness' });
      continue;
    }
    // "Ein Elternteil schlägt vor, … abholen zu lassen. Der Elternbeirat lehnt den Vorschlag ab."
    if (s.cues.has('proposal') && next !== undefined && next.cues.has('abolished')) {
      push({ kind: 'lawful', reason: 'abolished' });
      continue;
    }
    // Defeaters: the text itself says the child is not restricted.
    if (
      s.cues.has('noDependency') ||
      window.has('abolished') ||
      // A sentence next to it says the provider's staff take over or that nothing depends on
      // the assistant: a restriction here, where she is not named, is someone else's.
      (!s.cues.has('assistance') &&
        near.some(
          (x) =>
            x !== s &&
            ((any(x, (c) => c.cover) &&
              (x.cues.has('continues') || x.cues.has('substituteAction'))) ||
              x.cues.has('noDependency') ||
              x.cues.has('pool')),
        )) ||
      // A neighbouring sentence says the rule holds for every child ("… die Verträge aller
      // Schulkinder enden vor der Einschulung").
      (nearCues.has('allChildren') &&
        !s.cues.has('singledOut') &&
        !s.cues.has('assistance') &&
        !specificToAssistance &&
        !weighing) ||
      // Data protection, liability, fees: about the assistant's papers, not the child's care.
      (s.cues.has('formalities') &&
        !s.cues.has('exclusion') &&
        !r.terminates &&
        !(r.admitsOnCondition && s.cues.has('approval'))) ||
      takenBack ||
      // "… stimmen ab, welche Aufgaben die Begleitung übernimmt": the assistant's tasks.
      (describesOnly(s.cues) && !r.excludes && !r.terminates && !r.admitsOnCondition) ||
      // "… selbst gekündigt, weil wir umziehen. … Bitte Abmeldung bestätigen.": the parents end it.
      (r.terminates && nearCues.has('parentsWish') && !s.cues.has('assistance')) ||
      (nearCues.has('noDependency') && !s.cues.has('assistance')) ||
      s.cues.has('parentsWish') ||
      (s.cues.has('ownIllness') && (!s.cues.has('assistance') || s.cues.has('allChildren'))) ||
      (s.cues.has('allChildren') &&
        !s.cues.has('singledOut') &&
        !specificToAssistance &&
        !weighing) ||
      ((s.cues.has('continues') || s.cues.has('pool') || any(s, (c) => c.cover)) &&
        !r.excludes &&
        !r.terminates &&
        !r.admitsOnCondition &&
        !r.parentStandsIn)
    ) {
      if (lawful) push({ kind: 'lawful', reason: lawful });
      continue;
    }

    const parentInWindow = r.parentStandsIn || Boolean(prev && any(prev, (c) => c.parentStandsIn));
    let p = pattern(window, r, parentInWindow);
    // "… nur wenn Integrationshelfer kommt, dann darf er kommen. Ohne Helfer kein Vertrag.": the
    // start of care, not an absence, is what hangs on the assistant.
    if (
      p === 'absence_exclusion' &&
      nearCues.has('admission') &&
      !window.has('availability') &&
      (s.cues.has('only') || s.cues.has('condition') || s.cues.has('negation'))
    )
      p = 'admission_conditional_on_assistance';
    if (cutAfterWeighing && p === 'absence_exclusion') p = 'hours_capped_to_assistance';
    // "Mika nicht. … ohne sie nehmen die ihn nicht mit": left behind from what the text is about.
    if (p === 'absence_exclusion' && s.cues.has('leftBehind') && outing) p = 'activity_exclusion';
    if (medical) push({ kind: 'review_medical', pattern: p });
    else if (weighing) push({ kind: 'review_weighing', pattern: p });
    else push({ kind: 'unlawful', pattern: p });
  }
  unexplainedBlocks(sentences, touched, found);
  return { normalized, sentences, found: merge(found) };
}

/** Words of a restriction, beyond naming the child's care. */
const RESTRICTING: Cue[] = [
  'exclusion',
  'exclusionNoun',
  'refusal',
  'termination',
  'hoursLimit',
  'only',
  'stayBehind',
  'dependsOn',
  'condition',
];

/** Data protection, liability, fees; or what the assistant does with the child: no restriction. */
const describesOnly = (cues: CueLookup) =>
  (cues.has('formalities') || cues.has('assistantTask')) && !RESTRICTING.some((c) => cues.has(c));

/**
 * Lawful must be earned: a block (a short text, or one item of a document) that names the
 * assistant or the child's disability together with the child's care, where no sentence was
 * recognised either way, goes to a human (review) with the passage from the one to the other.
 */
function unexplainedBlocks(
  sentences: SentenceFeatures[],
  touchedAt: readonly boolean[],
  found: Recognition[],
): void {
  const statement = (x: SentenceFeatures) => !x.question && !x.cues.has('asks');
  for (let i = 0; i < sentences.length;) {
    let j = i;
    while (j < sentences.length && sentences[j].block === sentences[i].block) j++;
    // Whether a passage was recognised in a statement of the block (marked while recognising:
    // looking it up in `found` for every sentence would grow with the square of the length).
    let touched = false;
    for (let k = i; k < j; k++) touched ||= touchedAt[k] === true && statement(sentences[k]);
    const block = sentences.slice(i, j).filter(statement);
    i = j;
    if (block.length === 0 || touched) continue;
    const cues = union(block.map((x) => x.cues));
    if (cues.has('allChildren') || cues.has('parentsWish') || cues.has('noDependency')) continue;
    if (describesOnly(cues)) continue;
    const anchor = block.find(
      (x) => namesAssistance(x) || x.cues.has('companion') || x.cues.has('disability'),
    );
    const topic = block.find(
      (x) => aboutCare(x) || (x.cues.has('hoursLimit') && (cues.has('hours') || cues.has('days'))),
    );
    if (!anchor || !topic) continue;
    const resemblesDisability = !block.some((x) => namesAssistance(x) || x.cues.has('companion'));
    found.push({
      detection: {
        kind: 'review_unclear',
        pattern: resemblesDisability ? 'disability_exclusion' : resembles(topic, cues),
      },
      start: Math.min(anchor.start, topic.start),
      end: Math.max(anchor.end, topic.end),
    });
  }
  found.sort((a, b) => a.start - b.start);
}

const sameDetection = (a: Detection, b: Detection) =>
  a.kind === b.kind &&
  (a.kind === 'lawful'
    ? a.reason === (b as typeof a).reason
    : a.pattern === (b as Exclude<Detection, { kind: 'lawful' }>).pattern);

/** Neighbouring passages with the same detection become one. */
function merge(found: Recognition[]): Recognition[] {
  const merged: Recognition[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && sameDetection(last.detection, f.detection) && f.start <= last.end + 2) {
      last.end = Math.max(last.end, f.end);
      continue;
    }
    merged.push({ ...f });
  }
  return merged;
}
