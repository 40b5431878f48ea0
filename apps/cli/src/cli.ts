// The one bootstrap of the command-line tools: arguments, --help, configuration, the Nest
// application context and the exit code, so that each command is only what it does.
import {
  type DynamicModule,
  type INestApplicationContext,
  Module,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type Config, ConfigError, ConfigModule, loadConfig } from '@teilhabe/config';
import { DatabaseModule } from '@teilhabe/database';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An option as parseArgs takes it, with the line --help prints for it. */
export interface CliOption {
  type: 'string' | 'boolean';
  default?: string | boolean;
  description: string;
}
type Options = Record<string, CliOption>;

/** What the command gets: each option's value (a string option without default may be absent). */
export interface CliArgs<O extends Options> {
  values: { [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean : string | undefined };
  positionals: string[];
}

export interface CliCommand<O extends Options> {
  /** How it is called, e.g. `npm run crypto:rotate -- [--enqueue]`. */
  usage: string;
  /** What it does, in a sentence or two. */
  description: string;
  options: O;
  /** Names of the positional arguments, in order (all optional unless `required`). */
  positionals?: { name: string; description: string; required?: boolean }[];
  /** Does the work; a number is the exit code (0 when nothing is returned). */
  run(args: CliArgs<O>): Promise<number | void> | number | void;
}

/** A wrong call: the message and the usage go to stderr, the exit code is 2. */
export class UsageError extends Error {}

function help<O extends Options>(command: CliCommand<O>): string {
  const lines = [`usage: ${command.usage}`, '', command.description];
  const rows: [string, string][] = [
    ...(command.positionals ?? []).map((p): [string, string] => [`<${p.name}>`, p.description]),
    ...Object.entries(command.options).map(([name, o]): [string, string] => [
      `--${name}${o.type === 'string' ? ' <value>' : ''}`,
      o.description + (typeof o.default === 'string' && o.default !== '' ? ` (${o.default})` : ''),
    ]),
    ['--help', 'shows this text'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  lines.push('', ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`));
  return `${lines.join('\n')}\n`;
}

/** Runs a command with the process's arguments and sets the exit code. */
export function runCli<O extends Options>(command: CliCommand<O>, argv = process.argv.slice(2)) {
  const main = async (): Promise<number> => {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(help(command));
      return 0;
    }
    let args: CliArgs<O>;
    try {
      const options: ParseArgsConfig['options'] = command.options;
      args = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as CliArgs<O>;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const positionals = command.positionals ?? [];
    const missing = positionals.filter((p, i) => p.required && args.positionals[i] === undefined);
    if (missing.length > 0) throw new UsageError(`missing <${missing[0].name}>`);
    if (args.positionals.length > positionals.length) {
      throw new UsageError(`unexpected argument ${args.positionals[positionals.length]}`);
    }
    return (await command.run(args)) ?? 0;
  };
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\nusage: ${command.usage} (--help for more)\n`);
        process.exitCode = 2;
        return;
      }
      const message =
        error instanceof ConfigError || error instanceof Error ? error.message : String(error);
      process.stderr.write(`${message}\n`);
      process.exitCode = 1;
    },
  );
}

/** The configuration from the environment. */
export function cliConfig(): Config {
  // eslint-disable-next-line no-restricted-properties -- the tools' one entry point to the environment
  return loadConfig(process.env);
}

/**
 * Opens the database with the given modules, runs `work` and closes everything, also when it
 * fails.
 */
export async function withApp<T>(
  config: Config,
  imports: (Type | DynamicModule)[],
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), ...imports] })
  class CliModule {}
  const app = await NestFactory.createApplicationContext(CliModule, {
    logger: ['error', 'warn'],
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
