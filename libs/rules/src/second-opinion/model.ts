/*
 * The statistical second opinion: a naive Bayes model over the features of a text, trained in
 * the repo on the labelled files (`npm run rules -- train`), with no download. Its classes are
 * `lawful` and the seven patterns; the chance that a text is not lawful is one minus that of
 * `lawful`. It may raise a `lawful` answer of the rules to `review`, never decide `unlawful`.
 */
import { EXCLUSION_PATTERNS, type ExclusionPattern, type Verdict } from '../patterns';
import { type TextFeatures, textFeatures } from './features';

export const MODEL_CLASSES = ['lawful', ...EXCLUSION_PATTERNS] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export interface SecondOpinionModel {
  version: 1;
  /** The labelled files it was trained on, with how many items each. */
  trainedOn: { file: string; items: number }[];
  /** Log prior of each class, in the order of MODEL_CLASSES. */
  prior: number[];
  /** Per feature, the log likelihood of each class (rounded to 3 decimals). */
  features: Record<string, number[]>;
  /** Log likelihood of a feature the class never saw, per class. */
  unseen: number[];
  /** From this chance of "not lawful" on, the second opinion asks for a review. */
  threshold: number;
}

export interface TrainingItem {
  text: string;
  verdict: Verdict;
  pattern: ExclusionPattern | null;
}

/** From this chance of "not lawful" on, the second opinion asks for a review (chosen by
 * leaving out one labelled file at a time: see `npm run rules -- second-opinion`). */
export const SECOND_OPINION_THRESHOLD = 0.95;

/** A feature must occur in this many texts to be kept (rarer ones are names and noise). */
const MIN_DOCUMENT_FREQUENCY = 2;
const SMOOTHING = 1;

const classOf = (item: TrainingItem): ModelClass =>
  item.verdict === 'lawful' ? 'lawful' : (item.pattern ?? 'absence_exclusion');

const round = (x: number) => Math.round(x * 1000) / 1000;

export function trainModel(
  items: TrainingItem[],
  trainedOn: SecondOpinionModel['trainedOn'],
  threshold: number,
): SecondOpinionModel {
  const k = MODEL_CLASSES.length;
  const docs = items.map((item) => ({
    cls: MODEL_CLASSES.indexOf(classOf(item)),
    features: textFeatures(item.text).all,
  }));
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = [...df.entries()]
    .filter(([, n]) => n >= MIN_DOCUMENT_FREQUENCY)
    .map(([f]) => f)
    .sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const counts = kept.map(() => new Array<number>(k).fill(0));
  const totals = new Array<number>(k).fill(0);
  const classDocs = new Array<number>(k).fill(0);
  for (const d of docs) {
    classDocs[d.cls]++;
    for (const f of d.features) {
      const i = index.get(f);
      if (i === undefined) continue;
      counts[i][d.cls]++;
      totals[d.cls]++;
    }
  }
  const denominators = totals.map((t) => t + SMOOTHING * kept.length);
  const features: Record<string, number[]> = {};
  kept.forEach((f, i) => {
    features[f] = counts[i].map((c, cls) => round(Math.log((c + SMOOTHING) / denominators[cls])));
  });
  return {
    version: 1,
    trainedOn,
    prior: classDocs.map((n) => round(Math.log((n + SMOOTHING) / (docs.length + SMOOTHING * k)))),
    features,
    unseen: denominators.map((d) => round(Math.log(SMOOTHING / d))),
    threshold,
  };
}

/** Log scores per class of a set of features (features the model does not know are left out). */
function logScores(model: SecondOpinionModel, features: readonly string[]): number[] {
  const scores = [...model.prior];
  for (const f of features) {
    const w = model.features[f];
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c] += w[c];
  }
  return scores;
}

export interface Opinion {
  /** The chance that the text is not lawful, 0 to 1. */
  notLawful: number;
  /** The pattern it most resembles. */
  pattern: ExclusionPattern;
  /** The sentence that weighs most towards a restriction: span in the normalised text. */
  evidence: { start: number; end: number };
}

export function secondOpinion(
  model: SecondOpinionModel,
  text: string | TextFeatures,
): Opinion | null {
  const features = typeof text === 'string' ? textFeatures(text) : text;
  if (features.count === 0) return null;
  const { all } = features;
  const scores = logScores(model, all);
  const max = Math.max(...scores);
  const probabilities = scores.map((s) => Math.exp(s - max));
  const sum = probabilities.reduce((a, b) => a + b, 0);
  const notLawful = 1 - probabilities[0] / sum;
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  const pattern = MODEL_CLASSES[best] as ExclusionPattern;
  // Below the threshold the evidence is not needed: the common case stays cheap.
  if (notLawful < model.threshold) return { notLawful, pattern, evidence: { start: 0, end: 0 } };
  const sentences = features.sentences();
  // The sentence whose own features lean most towards the restriction found.
  let evidence = sentences[0];
  let lean = Number.NEGATIVE_INFINITY;
  for (const s of sentences) {
    const own = logScores(model, s.features);
    const l = own[best] - own[0] - (model.prior[best] - model.prior[0]);
    if (l > lean) {
      lean = l;
      evidence = s;
    }
  }
  return { notLawful, pattern, evidence: { start: evidence.start, end: evidence.end } };
}
