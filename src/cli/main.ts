// The command line: `copydesk [check] [paths…]`, `copydesk rules`. Parses arguments and hands each
// command to its module (check and fix: src/cli/check-command.ts), which sets the exit code:
// 0 no error-level finding, 1 error-level findings (or too many warnings), 2 the run itself failed.
import yargs, { type Argv } from 'yargs';
import { UsageError } from '../errors.js';
import { STDIN_ARG } from '../input/find-files.js';
import type { BatchOutcome, BatchTask } from '../pool/worker.js';
import { reporterNames } from '../reporters/index.js';
import { jobsOption } from './jobs-option.js';
import { colorLevel, writeOut } from './terminal.js';
import { runDedup, withDedupOptions, type DedupArgs } from './dedup.js';
import type { CheckArgs } from './check-command.js';
import { showInvisible } from '../reporters/show-invisible.js';

// Each command's module, and what only some runs use (init, rules, --cache, --baseline, --file-list, -o,
// fix's diffs, each report format), is imported where it is used: in the bundle a module's top level
// then runs only in the runs that need it. `--version` and `--help` load no rule, config or pipeline.

declare const COPYDESK_VERSION: string;

/** The bundle is also what worker threads load (src/pool/worker.ts): they call this export. */
export async function checkBatchInWorker(task: BatchTask): Promise<BatchOutcome> {
  return (await import('../pool/worker.js')).checkBatchInWorker(task);
}

/**
 * What a dedup worker thread runs (src/dedup/fingerprint-files.ts), loaded when one does: its module
 * imports node:worker_threads, which no check needs (~1.7 ms of every start).
 */
export async function runFingerprintWorker(): Promise<void> {
  (await import('../dedup/worker.js')).runFingerprintWorker();
}

/**
 * Runs the command line; returns the exit code. `reached` (bin/copydesk.js passes it) gets a word for
 * each part of copydesk the run went through: its command, its report format, each rule that ran and
 * each that reported. The code cache is written again when a run reached a part no cached run had, so
 * that the functions it compiled are read back next time (a cache made by checking a clean file lacked
 * typo's search for corrections, ~40 ms of compiling at every later check that needed it).
 */
export async function main(argv: string[], reached: Set<string> = new Set()): Promise<number> {
  try {
    return await parseAndRun(argv, reached);
  } catch (error) {
    // A message may quote a path or an argument: one with an escape sequence must not drive the terminal.
    if (error instanceof UsageError) throw new UsageError(showInvisible(error.message, '\n'));
    throw error;
  }
}

async function parseAndRun(argv: string[], reached: Set<string>): Promise<number> {
  let exitCode = 0;
  // bin/copydesk.js prints an internal error's stack when DEBUG names copydesk; --debug asks for it too.
  if (argv.includes('--debug')) process.env.DEBUG = [process.env.DEBUG, 'copydesk'].filter(Boolean).join(',');
  // yargs swallows a bare "-", so it travels as a marker that cannot be a real path argument.
  const parser = yargs(argv.map((arg) => (arg === '-' ? STDIN_ARG : arg)))
    .scriptName('copydesk')
    .usage(
      '$0 [check] [paths…]\n\nFinds stray Unicode, duplicate leads and paragraphs, typos, doubled words, truncated fragments and scraping residue in text dumps.',
    )
    .command(
      ['check [paths..]', '$0 [paths..]'],
      'Check files, folders, globs, or - for standard input (the default command)',
      (y) => withCheckOptions(y),
      async (args) => {
        reached.add('command:check');
        const { runCheck } = await import('./check-command.js');
        exitCode = await runCheck(args as unknown as CheckArgs, reached);
      },
    )
    .command(
      'dedup [paths..]',
      'List duplicate documents as clusters; write keep and drop lists (docs/dedup.md)',
      (y) => withDedupOptions(y),
      async (args) => {
        reached.add('command:dedup');
        exitCode = await runDedup(args as unknown as DedupArgs);
      },
    )
    .command(
      'fix [paths..]',
      'Apply every safe fix, then report what is left',
      (y) =>
        withCheckOptions(y)
          .option('dry-run', {
            type: 'boolean',
            describe: 'Write nothing; print a unified diff (with --format json, each result carries its fixed `output`)',
          })
          .option('interactive', { alias: 'i', type: 'boolean', describe: 'Walk the findings one by one in a terminal, a key press each' })
          .conflicts('interactive', 'dry-run'),
      async (args) => {
        reached.add(args.interactive ? 'command:fix-interactive' : 'command:fix');
        const { runCheck, runInteractive } = await import('./check-command.js');
        exitCode = args.interactive
          ? await runInteractive(args as unknown as CheckArgs)
          : await runCheck(args as unknown as CheckArgs, reached, true);
      },
    )
    .command(
      'init',
      'Write a starting copydesk.config.json with every rule and its default',
      (y) => y.option('force', { type: 'boolean', describe: 'Overwrite an existing copydesk.config.json' }),
      async (args) => {
        reached.add('command:init');
        const { writeStarterConfig } = await import('./init.js');
        writeOut(writeStarterConfig(process.cwd(), Boolean(args.force)));
      },
    )
    .command(
      'rules',
      'List every rule with its description, default severity and whether it fixes',
      (y) => y.option('format', { alias: 'f', type: 'string', choices: ['table', 'json'], default: 'table' }),
      async (args) => {
        reached.add('command:rules');
        const { printRules, rulesAsJson } = await import('./print-rules.js');
        writeOut(args.format === 'json' ? rulesAsJson() : printRules(await colorLevel()));
      },
    )
    .option('color', { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color), whatever the terminal and NO_COLOR say' })
    .middleware(async (args) => {
      if (args.color !== undefined) await forceColor(args.color as boolean);
    })
    .strict()
    .help()
    .alias('help', 'h')
    .version(COPYDESK_VERSION)
    .alias('version', 'v')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      throw error instanceof UsageError ? error : new UsageError(message || (error?.message ?? 'invalid arguments'));
    });
  skipHelpCache(parser);
  await parser.parseAsync();
  return exitCode;
}

/**
 * yargs renders the whole help text after every named command's handler starts (`copydesk check …`), in
 * case the handler later asks for it; ours never do (failures go to .fail above, as a UsageError), and the
 * rendering (cliui, string widths) cost ~25 ms of every start. `--help` still renders it, when asked.
 */
function skipHelpCache(parser: Argv): void {
  const internal = parser as unknown as { getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } } };
  internal.getInternalMethods().getUsageInstance().cacheHelpMessage = () => {};
}

function withCheckOptions(y: Argv) {
  return y
    .positional('paths', {
      type: 'string',
      array: true,
      default: [],
      describe: 'Files, folders, globs; - reads standard input (default: .)',
    })
    .option('format', {
      alias: 'f',
      type: 'string',
      choices: reporterNames,
      describe: 'Output format (default: stylish on a terminal, compact in a pipe)',
    })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking for one' })
    .option('rule', {
      type: 'string',
      describe:
        "Set a rule's severity: --rule typo=off (repeatable); with fix (not fix -i), only the rules named with a severity other than off may fix",
    })
    .option('max-warnings', {
      type: 'string',
      coerce: parseMaxWarnings,
      describe: 'Exit 1 when there are more warnings than this (a whole number; -1: no limit)',
    })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('stdin-filename', { type: 'string', describe: 'The file name to report standard input as' })
    .option('cache', { type: 'boolean', describe: 'Skip files whose content and settings have not changed since the last run' })
    .option('cache-location', { type: 'string', default: '.copydeskcache', describe: 'Where --cache keeps its file' })
    .option('baseline', { type: 'string', describe: 'Report only findings beyond those recorded in this baseline file' })
    .option('baseline-write', { type: 'string', describe: 'Record the current findings in this baseline file' })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to this file (atomically), not standard output' })
    .option('print-config', { type: 'string', describe: 'Print the settings that apply to this file, as JSON, and check nothing' })
    .option('ignore-pattern', {
      type: 'string',
      describe: 'Leave out files matching this gitignore-style pattern, relative to the current folder (repeatable)',
    })
    .option('file-list', {
      type: 'string',
      describe: 'Check the paths listed in this file, one a line (- reads standard input); names are literal',
    })
    .option('debug', { type: 'boolean', describe: 'Print timings and decisions on standard error, and the stack of an internal error' })
    .option('jobs', jobsOption('Worker threads to check files with (default: the cores available; 1: this process alone)'))
    .option('dedup-index', {
      type: 'string',
      describe: 'Also compare each document with this signature index of the corpus (copydesk dedup --update-index)',
    });
}

/** --max-warnings takes a whole number; "abc", "1.5" or nothing must not pass for "no limit". */
function parseMaxWarnings(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String([value].flat().at(-1));
  if (!/^(?:-1|\d+)$/.test(text.trim())) {
    const problem = text === '' ? 'needs a number' : `"${text}" is not a whole number`;
    throw new UsageError(`--max-warnings ${problem}: expected e.g. --max-warnings 10 (or -1 for no limit).`);
  }
  return Number(text);
}

/** --color / --no-color win over the terminal and NO_COLOR, for every part that asks colorLevel(). */
async function forceColor(on: boolean): Promise<void> {
  if (on) {
    process.env.FORCE_COLOR = String(Math.max(1, await colorLevel()));
  } else {
    process.env.FORCE_COLOR = '0';
  }
}
