// npm run --silent rules -- classify FILE.jsonl | eval FILE.jsonl [--strict]
// classify: one JSON line per input with id, verdict, pattern and norms.
// eval: precision, recall and F1 per verdict, pattern accuracy and the confusion matrix
// against the labels in the file; --strict exits 1 when a target is missed.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  classify,
  ClauseFileError,
  currentSnapshot,
  evaluate,
  evaluateDocument,
  formatDocumentEvaluations,
  formatEvaluation,
  type LabelledDocument,
  meetsTargets,
  parseClauseLines,
  ruleSetVersion,
  SNAPSHOT_NAME,
} from '@teilhabe/rules';
import { runCli, UsageError } from './cli';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ClauseFileError(`cannot read ${file}`);
  }
}

runCli({
  usage:
    'npm run --silent rules -- classify FILE.jsonl | eval FILE.jsonl [--strict] | documents DIR | snapshot',
  description:
    'classify: prints one JSON line per clause of the file (id, verdict, pattern, norms). ' +
    'eval: compares the verdicts with the labels in the file and prints precision, recall ' +
    'and F1 per verdict, pattern accuracy and the confusion matrix. A file has one JSON ' +
    'object per line with "id", "setting" and "text" (and "verdict", "pattern" for eval). ' +
    'documents: checks whole documents (DIR/labels.json: [{file, setting, unlawful_clauses: ' +
    '[{quote, pattern}]}]) and prints the unlawful clauses found and the unlawful findings on ' +
    'lawful text. snapshot: writes the answers on every labelled file in libs/rules/test-data ' +
    'with the rule set version (the version test compares them).',
  options: {
    strict: {
      type: 'boolean',
      default: false,
      description: 'eval: exit 1 when a target is missed',
    },
  },
  positionals: [
    { name: 'command', description: 'classify, eval or documents', required: true },
    {
      name: 'file',
      description: 'the clauses, one JSON object per line (documents: the directory)',
      required: false,
    },
  ],
  run: ({ values, positionals: [command, file] }) => {
    if (command === 'snapshot') {
      // The answers on every labelled file with the version (libs/rules/test-data).
      const testData = join(process.cwd(), 'libs', 'rules', 'test-data');
      writeFileSync(join(testData, SNAPSHOT_NAME), currentSnapshot(testData));
      process.stdout.write(
        `wrote ${join(testData, SNAPSHOT_NAME)} (rule set ${ruleSetVersion()})\n`,
      );
      return 0;
    }
    if (command !== 'classify' && command !== 'eval' && command !== 'documents') {
      throw new UsageError(`unknown command ${command}`);
    }
    if (!file) throw new UsageError(`${command} needs a file (documents: a directory)`);
    try {
      if (command === 'documents') {
        const labels = JSON.parse(read(join(file, 'labels.json'))) as {
          file: string;
          setting: string;
          unlawful_clauses: LabelledDocument['unlawful'];
        }[];
        const results = labels.map((l) =>
          evaluateDocument({
            name: l.file,
            setting: l.setting === 'kita' ? 'kita' : 'ogs',
            text: read(join(file, l.file)),
            unlawful: l.unlawful_clauses,
          }),
        );
        process.stdout.write(
          `rule set ${ruleSetVersion()}\n${formatDocumentEvaluations(results)}\n`,
        );
        return 0;
      }
      if (command === 'classify') {
        for (const item of parseClauseLines(read(file))) {
          process.stdout.write(`${JSON.stringify(classify(item))}\n`);
        }
        return 0;
      }
      const evaluation = evaluate(parseClauseLines(read(file), true));
      process.stdout.write(`rule set ${ruleSetVersion()}\n${formatEvaluation(evaluation)}\n`);
      const missed = meetsTargets(evaluation).some((t) => !t.met);
      return values.strict && missed ? 1 : 0;
    } catch (error) {
      if (!(error instanceof ClauseFileError)) throw error;
      process.stderr.write(`rules: ${error.message}\n`);
      return 2;
    }
  },
});
