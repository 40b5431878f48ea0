// npm run --silent rules -- classify FILE.jsonl | eval FILE.jsonl [--strict]
// classify: one JSON line per input with id, verdict, pattern and norms.
// eval: precision, recall and F1 per verdict, pattern accuracy and the confusion matrix
// against the labels in the file; --strict exits 1 when a target is missed.
import '@teilhabe/runtime'; // first: stops on a Node.js older than 24, in one line
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  classify,
  ClauseFileError,
  currentSnapshot,
  evaluate,
  evaluateDocument,
  formatDocumentEvaluations,
  formatHeldOut,
  formatEvaluation,
  type LabelledDocument,
  meetsTargets,
  parseClauseLines,
  labelledFiles,
  leaveOneFileOut,
  ruleSetVersion,
  SHIPPED_MODEL,
  SNAPSHOT_NAME,
  trainOn,
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
    'npm run --silent rules -- classify FILE.jsonl | eval FILE.jsonl [--strict] | documents DIR | snapshot | train | second-opinion',
  description:
    'classify: prints one JSON line per clause of the file (id, verdict, pattern, norms). ' +
    'eval: compares the verdicts with the labels in the file and prints precision, recall ' +
    'and F1 per verdict, pattern accuracy and the confusion matrix. A file has one JSON ' +
    'object per line with "id", "setting" and "text" (and "verdict", "pattern" for eval). ' +
    'documents: checks whole documents (DIR/labels.json: [{file, setting, unlawful_clauses: ' +
    '[{quote, pattern}]}]) and prints the unlawful clauses found and the unlawful findings on ' +
    'lawful text. snapshot: writes the answers on every labelled file in libs/rules/test-data ' +
    'with the rule set version (the version test compares them). train: trains the statistical ' +
    'second opinion on every labelled file (model.json). second-opinion: judges each labelled ' +
    'file by the rules and by a second opinion trained on all the other files.',
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
    if (command === 'train') {
      // The second opinion, trained on every labelled file (libs/rules/test-data).
      const files = labelledFiles(join(process.cwd(), 'libs', 'rules', 'test-data'));
      const out = join(process.cwd(), 'libs', 'rules', 'src', 'second-opinion', 'model.json');
      const model = trainOn(files);
      writeFileSync(out, `${JSON.stringify(model)}\n`);
      process.stdout.write(
        `wrote ${out}: ${Object.keys(model.features).length} features from ` +
          `${files.reduce((n, f) => n + f.items.length, 0)} texts in ${files.length} files\n`,
      );
      return 0;
    }
    if (command === 'second-opinion') {
      // Honest: each file judged by a model trained on all the other files.
      const files = labelledFiles(join(process.cwd(), 'libs', 'rules', 'test-data'));
      process.stdout.write(formatHeldOut(leaveOneFileOut(files)));
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
      const items = parseClauseLines(read(file), true);
      const evaluation = evaluate(items);
      const rulesOnly = evaluate(items, { secondOpinion: false });
      const trained = SHIPPED_MODEL.trainedOn.some((t) => basename(file) === t.file);
      process.stdout.write(
        `rule set ${ruleSetVersion()}\n${formatEvaluation(evaluation)}\n\n` +
          `second opinion: ${
            trained
              ? 'trained on this file, so the figures above flatter it ' +
                '(npm run rules -- second-opinion measures it on files it never saw)'
              : 'never saw this file'
          }\nrules alone: silent misses ${rulesOnly.silentMisses}, flag recall ${rulesOnly.flagRecall.toFixed(3)}, ` +
          `lawful recall ${rulesOnly.perVerdict.lawful.recall.toFixed(3)}\n`,
      );
      const missed = meetsTargets(evaluation).some((t) => !t.met);
      return values.strict && missed ? 1 : 0;
    } catch (error) {
      if (!(error instanceof ClauseFileError)) throw error;
      process.stderr.write(`rules: ${error.message}\n`);
      return 2;
    }
  },
});
