/*
 * Labelled clauses in JSON lines, and how well the clause analysis agrees with the labels:
 * precision, recall and F1 per verdict, pattern accuracy on unlawful items, and the
 * confusion matrix. Used by the `rules` command line and by the tests.
 */
import { type CheckOptions, checkText } from './check-text';
import {
  EXCLUSION_PATTERNS,
  type ExclusionPattern,
  SETTINGS,
  type Setting,
  type Verdict,
  VERDICTS,
} from './patterns';

export interface ClauseInput {
  id: string;
  setting: Setting;
  text: string;
}
export interface LabelledClause extends ClauseInput {
  verdict: Verdict;
  pattern: ExclusionPattern | null;
}

export class ClauseFileError extends Error {}

/** Parses JSON lines; `labelled` also requires `verdict` and `pattern`. Errors name the line. */
export function parseClauseLines(content: string, labelled: true): LabelledClause[];
export function parseClauseLines(content: string, labelled?: false): ClauseInput[];
export function parseClauseLines(content: string, labelled = false): ClauseInput[] {
  const items: (ClauseInput | LabelledClause)[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ClauseFileError(`${where}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new ClauseFileError(`${where}: expected a JSON object`);
    const o = value as Record<string, unknown>;
    if (typeof o.id !== 'string' && typeof o.id !== 'number')
      throw new ClauseFileError(`${where}: "id" is missing`);
    if (typeof o.text !== 'string') throw new ClauseFileError(`${where}: "text" must be a string`);
    // An OGS at a Förderschule is judged by the OGS rules.
    const setting = o.setting === 'ogs_foerderschule' ? 'ogs' : o.setting;
    if (!SETTINGS.includes(setting as Setting))
      throw new ClauseFileError(
        `${where}: "setting" must be one of ${SETTINGS.join(', ')} or ogs_foerderschule`,
      );
    const item: ClauseInput = { id: String(o.id), setting: setting as Setting, text: o.text };
    if (labelled) {
      if (!VERDICTS.includes(o.verdict as Verdict))
        throw new ClauseFileError(`${where}: "verdict" must be one of ${VERDICTS.join(', ')}`);
      const pattern = o.pattern ?? null;
      if (pattern !== null && !EXCLUSION_PATTERNS.includes(pattern as ExclusionPattern))
        throw new ClauseFileError(`${where}: "pattern" must be null or an exclusion pattern id`);
      const full: LabelledClause = {
        ...item,
        verdict: o.verdict as Verdict,
        pattern: pattern as ExclusionPattern | null,
      };
      items.push(full);
    } else items.push(item);
  }
  return items;
}

export interface Classification {
  id: string;
  verdict: Verdict;
  pattern: ExclusionPattern | null;
  norms: string[];
}

export function classify(item: ClauseInput, options: CheckOptions = {}): Classification {
  const result = checkText(item.text, item.setting, undefined, options);
  return { id: item.id, verdict: result.verdict, pattern: result.pattern, norms: result.norms };
}

export interface VerdictScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  total: number;
  perVerdict: Record<Verdict, VerdictScore>;
  /** Share of the items labelled unlawful whose pattern was found. */
  patternAccuracy: number;
  /** confusion[labelled][predicted] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  reviewCalledLawful: number;
  /** Items labelled unlawful or review that came out `lawful`: "nothing found" about them. */
  silentMisses: number;
  /** Share of the unlawful items flagged at all (found `unlawful` or `review`). */
  flagRecall: number;
  misses: { id: string; expected: string; got: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function evaluate(items: LabelledClause[], options: CheckOptions = {}): Evaluation {
  const confusion = Object.fromEntries(
    VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))]),
  ) as Evaluation['confusion'];
  let unlawful = 0;
  let patternRight = 0;
  const misses: Evaluation['misses'] = [];
  for (const item of items) {
    const got = classify(item, options);
    confusion[item.verdict][got.verdict]++;
    if (item.verdict === 'unlawful') {
      unlawful++;
      if (got.pattern === item.pattern) patternRight++;
    }
    const right =
      got.verdict === item.verdict && (item.verdict === 'lawful' || got.pattern === item.pattern);
    if (!right)
      misses.push({
        id: item.id,
        expected: `${item.verdict}${item.pattern ? `/${item.pattern}` : ''}`,
        got: `${got.verdict}${got.pattern ? `/${got.pattern}` : ''}`,
      });
  }
  const perVerdict = {} as Record<Verdict, VerdictScore>;
  for (const v of VERDICTS) {
    const tp = confusion[v][v];
    const predicted = VERDICTS.reduce((s, w) => s + confusion[w][v], 0);
    const support = VERDICTS.reduce((s, w) => s + confusion[v][w], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perVerdict[v] = {
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
      support,
    };
  }
  return {
    total: items.length,
    perVerdict,
    patternAccuracy: ratio(patternRight, unlawful),
    confusion,
    reviewCalledLawful: confusion.review.lawful,
    silentMisses: confusion.unlawful.lawful + confusion.review.lawful,
    flagRecall: ratio(confusion.unlawful.unlawful + confusion.unlawful.review, unlawful),
    misses,
  };
}

/** The targets of the clause analysis on a labelled file. */
export function meetsTargets(e: Evaluation): { target: string; met: boolean }[] {
  return [
    { target: 'unlawful recall >= 0.95', met: e.perVerdict.unlawful.recall >= 0.95 },
    { target: 'unlawful precision >= 0.90', met: e.perVerdict.unlawful.precision >= 0.9 },
    { target: 'pattern accuracy on unlawful >= 0.85', met: e.patternAccuracy >= 0.85 },
    { target: 'no review item called lawful', met: e.reviewCalledLawful === 0 },
    {
      target: 'silent misses (unlawful called lawful) <= 3 % of the unlawful items',
      met: e.confusion.unlawful.lawful <= 0.03 * e.perVerdict.unlawful.support,
    },
  ];
}

export function formatEvaluation(e: Evaluation): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [`clauses: ${e.total}`, '', 'verdict    precision  recall  f1     support'];
  for (const v of VERDICTS) {
    const s = e.perVerdict[v];
    lines.push(
      `${v.padEnd(10)} ${f(s.precision).padEnd(10)} ${f(s.recall).padEnd(7)} ${f(s.f1).padEnd(6)} ${s.support}`,
    );
  }
  lines.push('', `pattern accuracy on unlawful items: ${f(e.patternAccuracy)}`);
  lines.push(
    `flag recall (unlawful found as unlawful or review): ${f(e.flagRecall)}`,
    `silent misses (unlawful or review found lawful): ${e.silentMisses} ` +
      `(unlawful → lawful ${e.confusion.unlawful.lawful}, review → lawful ${e.confusion.review.lawful}; ` +
      `unlawful called lawful: ${((100 * e.confusion.unlawful.lawful) / Math.max(1, e.perVerdict.unlawful.support)).toFixed(1)} % of the unlawful items)`,
  );
  lines.push('', 'confusion (rows: labelled, columns: predicted)');
  lines.push(`${''.padEnd(10)} ${VERDICTS.map((v) => v.padStart(9)).join('')}`);
  for (const v of VERDICTS)
    lines.push(
      `${v.padEnd(10)} ${VERDICTS.map((w) => String(e.confusion[v][w]).padStart(9)).join('')}`,
    );
  lines.push('', 'targets');
  for (const t of meetsTargets(e)) lines.push(`  ${t.met ? 'met    ' : 'MISSED '} ${t.target}`);
  if (e.misses.length) {
    lines.push('', 'disagreements');
    for (const m of e.misses) lines.push(`  ${m.id}: labelled ${m.expected}, found ${m.got}`);
  }
  return lines.join('\n');
}

/** A whole document with the clauses in it that are unlawful (exact quotes of its text). */
export interface LabelledDocument {
  name: string;
  setting: Setting;
  text: string;
  unlawful: { quote: string; pattern: ExclusionPattern }[];
}

export interface DocumentEvaluation {
  name: string;
  /** Labelled unlawful clauses that an `unlawful` finding overlaps. */
  found: number;
  labelled: number;
  /** Labelled clauses flagged at all (an `unlawful` or `review` finding overlaps them). */
  flagged: number;
  /** `unlawful` findings that overlap no labelled clause: a lawful clause called unlawful. */
  falseUnlawful: { verdict: Verdict; pattern: ExclusionPattern | null; text: string }[];
}

/** How the analysis of a whole document agrees with its labelled clauses. */
export function evaluateDocument(doc: LabelledDocument): DocumentEvaluation {
  const { findings } = checkText(doc.text, doc.setting);
  const spans = doc.unlawful.map((c) => {
    const start = doc.text.indexOf(c.quote);
    if (start < 0) throw new ClauseFileError(`${doc.name}: quote not in the text: ${c.quote}`);
    return { start, end: start + c.quote.length };
  });
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const hit = (span: { start: number; end: number }, verdicts: Verdict[]) =>
    findings.some((f) => verdicts.includes(f.verdict) && overlaps(f.evidence, span));
  return {
    name: doc.name,
    labelled: spans.length,
    found: spans.filter((s) => hit(s, ['unlawful'])).length,
    flagged: spans.filter((s) => hit(s, ['unlawful', 'review'])).length,
    falseUnlawful: findings
      .filter((f) => f.verdict === 'unlawful' && !spans.some((s) => overlaps(f.evidence, s)))
      .map((f) => ({ verdict: f.verdict, pattern: f.pattern, text: f.evidence.text })),
  };
}

export function formatDocumentEvaluations(results: DocumentEvaluation[]): string {
  const lines = ['document  unlawful clauses found  flagged  unlawful findings on lawful text'];
  for (const r of results) {
    lines.push(
      `${r.name.padEnd(9)} ${`${r.found}/${r.labelled}`.padEnd(23)} ${`${r.flagged}/${r.labelled}`.padEnd(8)} ${r.falseUnlawful.length}`,
    );
    for (const f of r.falseUnlawful) lines.push(`    ${f.pattern}: ${f.text.slice(0, 120)}`);
  }
  const sum = (k: 'found' | 'flagged' | 'labelled') => results.reduce((s, r) => s + r[k], 0);
  const lawfulDocs = results.filter((r) => r.labelled === 0);
  lines.push(
    '',
    `unlawful clauses found: ${sum('found')}/${sum('labelled')}, flagged: ${sum('flagged')}/${sum('labelled')}`,
    `lawful documents with an unlawful finding: ${lawfulDocs.filter((r) => r.falseUnlawful.length > 0).length}/${lawfulDocs.length}`,
    `unlawful findings on lawful clauses: ${results.reduce((s, r) => s + r.falseUnlawful.length, 0)}`,
  );
  return lines.join('\n');
}

/** A labelled file's text, by name (a clause file or a document). */
export interface SnapshotSource {
  name: string;
  content: string;
}

/**
 * What the rules answer on every labelled file, as JSON lines: the rule set's version first,
 * then one line per clause (verdict, pattern, norms) and per document (its findings). Kept in
 * the repo with the version, so that a changed answer without a changed version is caught.
 */
export function classifySnapshot(
  clauseFiles: SnapshotSource[],
  documents: (SnapshotSource & { setting: Setting })[],
  version: string,
): string {
  const lines: unknown[] = [{ version }];
  for (const file of [...clauseFiles].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    for (const item of parseClauseLines(file.content)) {
      const { verdict, pattern, norms } = classify(item);
      lines.push({ file: file.name, id: item.id, verdict, pattern, norms });
    }
  }
  for (const doc of [...documents].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const { findings } = checkText(doc.content, doc.setting);
    lines.push({
      file: doc.name,
      findings: findings.map((f) => [
        f.verdict,
        f.pattern,
        f.ruleId,
        f.evidence.start,
        f.evidence.end,
      ]),
    });
  }
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}
