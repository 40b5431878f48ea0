// npm run --silent rules -- classify FILE.jsonl | eval FILE.jsonl [--strict]
// classify: one JSON line per input with id, verdict, pattern and norms.
// eval: precision, recall and F1 per verdict, pattern accuracy and the confusion matrix
// against the labels in the file; --strict exits 1 when a target is missed.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import { readFileSync } from 'node:fs';
import {
  classify,
  ClauseFileError,
  evaluate,
  formatEvaluation,
  meetsTargets,
  parseClauseLines,
  ruleSetVersion,
} from '@teilhabe/rules';

const USAGE = 'usage: npm run --silent rules -- classify FILE.jsonl | eval FILE.jsonl [--strict]';

function read(file: string | undefined): string {
  if (!file) throw new ClauseFileError(USAGE);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ClauseFileError(`cannot read ${file}`);
  }
}

function main(args: string[]): number {
  const [command, file, ...flags] = args;
  switch (command) {
    case 'classify': {
      for (const item of parseClauseLines(read(file))) {
        process.stdout.write(`${JSON.stringify(classify(item))}\n`);
      }
      return 0;
    }
    case 'eval': {
      const evaluation = evaluate(parseClauseLines(read(file), true));
      process.stdout.write(`rule set ${ruleSetVersion()}\n${formatEvaluation(evaluation)}\n`);
      const missed = meetsTargets(evaluation).some((t) => !t.met);
      return flags.includes('--strict') && missed ? 1 : 0;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ClauseFileError)) throw error;
  process.stderr.write(`rules: ${error.message}\n`);
  process.exitCode = 2;
}
