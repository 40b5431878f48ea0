// npm run bench:rules: how fast the clause analysis is on one core.
// Prints short clauses per second, the time for a 60,000-character contract, and how the time
// grows with the length of the text (it must grow linearly).
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type CheckOptions, checkText, parseClauseLines, type ClauseInput } from '@teilhabe/rules';

const dataDir = join(__dirname, '../../libs/rules/test-data');
const clauses: ClauseInput[] = readdirSync(dataDir)
  .filter((f) => f.startsWith('clauses-') && f.endsWith('.jsonl'))
  .flatMap((f) => parseClauseLines(readFileSync(join(dataDir, f), 'utf8')));
/**
 * Short clauses: the labelled texts of at most 300 characters (a clause or two; the longer
 * narratives and real excerpts go into the contracts below).
 */
const SHORT = 300;
const short = clauses.filter((c) => c.text.length <= SHORT);

const note = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

/** A contract of about `chars` characters: numbered sections of labelled clauses. */
function contract(chars: number): string {
  let text = 'Betreuungsvertrag mit Nebenabreden\n\n';
  for (let i = 0; text.length < chars; i++) {
    const c = clauses[i % clauses.length];
    text += `§ ${i + 1} Abs. 1\n${c.text}\n\n`;
  }
  return text.slice(0, chars);
}

function clausesPerSecond(seconds: number, options: CheckOptions = {}): number {
  // Every clause gets a unique file number, as real texts carry names and dates: the word
  // memo must not flatter the figure by seeing only words it knows.
  let done = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < 100; k++, done++) {
      const c = short[done % short.length];
      checkText(`${c.text} Az. ${done}-${(done * 7919) % 100_000}`, c.setting, undefined, options);
    }
  }
  return done / seconds;
}

function timeText(text: string, runs: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    checkText(text, 'kita');
    times.push(performance.now() - t0);
  }
  return times;
}

note(
  `clauses from ${dataDir}: ${clauses.length}; short (≤ ${SHORT} characters): ${short.length}, ` +
    `${Math.round(short.reduce((n, c) => n + c.text.length, 0) / short.length)} characters on average`,
);
note('warming up …');
clausesPerSecond(1);
// This machine is a shared virtual one whose speed drifts; ten one-second rounds give the
// median and the best, the best being closest to a quiet core.
// Rounds of the whole check and of the rules alone (no second opinion) take turns, so that a
// drift of the machine's speed touches both alike.
note('measuring short clauses: 10 rounds of 1 s, and 10 of the rules alone …');
const rounds: number[] = [];
const rulesAlone: number[] = [];
for (let r = 0; r < 10; r++) {
  rounds.push(clausesPerSecond(1));
  rulesAlone.push(clausesPerSecond(1, { secondOpinion: false }));
}
const rate = median(rounds);
const best = Math.max(...rounds);

note('measuring a 60,000-character contract, 50 runs …');
const long = contract(60_000);
timeText(long, 5);
const longTimes = timeText(long, 50);

note('measuring growth with length …');
const sizes = [60_000, 120_000, 240_000, 480_000, 960_000];
const growth = sizes.map((size, k) => {
  note(`  ${k + 1}/${sizes.length}: ${size.toLocaleString('en')} characters`);
  return { size, ms: median(timeText(contract(size), 5)) };
});

const out: string[] = [];
out.push(`node ${process.version}, one core (single-threaded)`);
out.push(
  `short clauses:            median ${Math.round(rate).toLocaleString('en')} clauses/s, ` +
    `best ${Math.round(best).toLocaleString('en')}, worst ${Math.round(Math.min(...rounds)).toLocaleString('en')} (10 rounds of 1 s)`,
);
out.push(
  `  the rules alone:        median ${Math.round(median(rulesAlone)).toLocaleString('en')} clauses/s ` +
    `(the second opinion costs ${Math.round((1 - rate / median(rulesAlone)) * 100)} %)`,
);
out.push(
  `60,000-character contract: median ${median(longTimes).toFixed(1)} ms, p95 ${p95(longTimes).toFixed(1)} ms, ` +
    `max ${Math.max(...longTimes).toFixed(1)} ms`,
);
out.push('', 'time by length (median of 5); a linear analysis keeps ms per 100k characters flat');
const widest = Math.max(...growth.map((g) => g.ms));
for (const g of growth) {
  const bar = '#'.repeat(Math.max(1, Math.round((g.ms / widest) * 40)));
  out.push(
    `${g.size.toLocaleString('en').padStart(9)} chars ${g.ms.toFixed(1).padStart(7)} ms ` +
      `${((g.ms / g.size) * 100_000).toFixed(1).padStart(5)} ms/100k ${bar}`,
  );
}
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
out.push('', `heap used at the end: ${heap.toFixed(0)} MiB`);
process.stdout.write(`${out.join('\n')}\n`);
