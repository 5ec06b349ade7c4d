// The command line: `copydesk [check] [paths…]`, `copydesk rules`. Parses arguments, loads the
// config, runs the pipeline, prints a report, and sets the exit code:
// 0 no error-level finding, 1 error-level findings (or too many warnings), 2 the run itself failed.
import yargs, { type Argv } from 'yargs';
import { rulesById } from '../../rules/index.js';
import path from 'node:path';
import { ConfigResolver } from '../config/file-config.js';
import { UsageError } from '../errors.js';
import { findTargets, STDIN_ARG } from '../input/find-files.js';
import { loadReporter, reporterNames } from '../reporters/index.js';
import { displayPath, type FileResult } from '../results/index.js';
import { checkTargets, type RunOptions } from '../run.js';
import { checkTargetsInParallel, defaultJobs, parallelFor } from '../pool/check-in-parallel.js';
import type { Severity } from '../types.js';
import { jobsOption } from './jobs-option.js';
import { colorLevel, readAllStdinCached, writeOut } from './terminal.js';
import { ProgressLine } from './progress.js';
import { runDedup, withDedupOptions, type DedupArgs } from './dedup.js';
import { clockMs, debugLog, type DebugLog } from './debug.js';
import { commandSlipFor } from './suggest-command.js';
import { showInvisible } from '../reporters/show-invisible.js';

// What only some runs use (init, rules, --cache, --baseline, --file-list, -o, fix's diffs, each
// report format) is imported where it is used: in the bundle such a module's top level then runs only
// in the runs that need it, not at every start.

const DEFAULT_EXTENSIONS = ['.txt', '.jsonl'];

declare const COPYDESK_VERSION: string;

interface CheckArgs {
  cache?: boolean;
  'cache-location': string;
  baseline?: string;
  'baseline-write'?: string;
  interactive?: boolean;
  'dry-run'?: boolean;
  paths: string[];
  format?: string;
  config?: string;
  rule?: string | string[];
  'max-warnings'?: number;
  quiet: boolean;
  'stdin-filename'?: string;
  'output-file'?: string;
  'print-config'?: string;
  'ignore-pattern'?: string | string[];
  'file-list'?: string;
  debug?: boolean;
  /** The command words yargs matched: ['check'], ['fix'], or [] for the default command. */
  _: (string | number)[];
  jobs?: number;
  'dedup-index'?: string;
}

// The bundle is also what worker threads load (src/pool/worker.ts): they call this export.
export { checkBatchInWorker } from '../pool/worker.js';

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

/** What every command that checks files starts from: the configs, the rules, the files. */
async function prepareRun(args: CheckArgs, debug: DebugLog = () => {}) {
  const cwd = process.cwd();
  const ruleFlags = parseRuleFlags([args.rule ?? []].flat());
  const resolver = new ConfigResolver(cwd, args.config, ruleFlags);
  const runConfig = resolver.runConfig;
  debug(`config of the run: ${runConfig.file ?? 'none (the defaults)'}`);
  const extensions = runConfig.config.extensions ?? DEFAULT_EXTENSIONS;
  const paths = await pathsToCheck(args, cwd, extensions);
  const ignoredByCli = await cliIgnores([args['ignore-pattern'] ?? []].flat(), cwd);
  const targets = await findTargets(paths, {
    cwd,
    extensions,
    configIgnores: (file) => {
      if (ignoredByCli(file)) {
        debug(`ignored by --ignore-pattern: ${displayPath(file, cwd)}`);
        return true;
      }
      if (!resolver.ignores(file)) return false;
      debug(`ignored by the config's ignore: ${displayPath(file, cwd)}`);
      return true;
    },
  });
  debug(`${targets.length} file${targets.length === 1 ? '' : 's'} to check`);
  return { cwd, ruleFlags, resolver, runConfig, targets };
}

/**
 * The paths the command line names: its positional paths, plus those of --file-list. With neither,
 * the current folder; with an empty list and no paths, nothing at all (a change that touched no dump).
 */
async function pathsToCheck(args: CheckArgs, cwd: string, extensions: readonly string[]): Promise<string[]> {
  const given = args.paths ?? [];
  if (!args['file-list']) {
    if (given.length === 1 && args._.length === 0) {
      const command = commandSlipFor(given[0], cwd);
      if (command) throw new UsageError(`"${given[0]}" is neither a command nor a file or folder. Did you mean \`copydesk ${command}\`?`);
    }
    return given.length ? given : ['.'];
  }
  const source = args['file-list'] === STDIN_ARG ? '-' : args['file-list'];
  if (source === '-' && given.includes(STDIN_ARG)) {
    throw new UsageError('--file-list - reads the list from standard input, so - cannot also be a path.');
  }
  const { listedTargets, readFileList } = await import('./file-list.js');
  const listed = listedTargets(await readFileList(source, cwd, readAllStdinCached), cwd, extensions);
  for (const name of listed.missing) {
    // A list of changed files names deleted ones too; they have nothing left to check.
    process.stderr.write(`copydesk: ${showInvisible(name)} (from the file list) does not exist; skipped.\n`);
  }
  return [...given, ...listed.paths];
}

/** --ignore-pattern: gitignore-style patterns, relative to the current folder, as ESLint's are. */
async function cliIgnores(patterns: readonly string[], cwd: string): Promise<(file: string) => boolean> {
  if (!patterns.length) return () => false;
  const { default: ignore } = await import('ignore');
  const matcher = ignore().add([...patterns]);
  return (file) => {
    const rel = path.relative(cwd, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return matcher.ignores(rel.split(path.sep).join('/'));
  };
}

async function runCheck(args: CheckArgs, reached: Set<string>, fixing = false): Promise<number> {
  const debug = debugLog(Boolean(args.debug));
  if (args['print-config'] !== undefined) return showConfig(args);
  const { cwd, ruleFlags, resolver, targets } = await prepareRun(args, debug);
  const namedRules = Object.entries(ruleFlags)
    .filter(([, severity]) => severity !== 'off')
    .map(([id]) => id);
  const cache = args.cache
    ? (await import('../cache.js')).ResultCache.load(path.resolve(cwd, args['cache-location']), COPYDESK_VERSION)
    : undefined;
  const progress = ProgressLine.create(targets);
  // jsonl streams: each file's lines as soon as it is checked; corpus findings follow at the end.
  // A report going to a file (-o) is written whole, at the end.
  const streams = format(args) === 'jsonl' && !fixing && !args.baseline && !args.quiet && !args['output-file'];
  const streamed = streams ? new Map<FileResult, number>() : null;
  const formatJsonlResult = streams ? (await import('../reporters/jsonl.js')).formatResult : undefined;
  const configFiles = new Set<string>();
  const onFileDone = (result: FileResult) => {
    progress?.fileDone(result);
    if (result.skipped) debug(`skipped ${displayPath(result.filePath, cwd)}: ${result.skipped}`);
    if (streamed) {
      writeOut(formatJsonlResult!(result));
      streamed.set(result, result.messages.length);
    }
  };
  const checkStarted = clockMs();
  const runContext: RunOptions = {
    configFor: (file) => {
      const config = resolver.forFile(file);
      for (const { rule } of config.rules) reached.add(`ran:${rule.id}`);
      const name = config.configFile ?? '(defaults)';
      if (!configFiles.has(name)) debug(`config ${name} applies to ${displayPath(file, cwd)} (and others like it)`);
      configFiles.add(name);
      return config;
    },
    corpusConfig: resolver.forFile(path.join(cwd, '.')),
    cwd,
    stdinFilename: args['stdin-filename'],
    readStdin: readAllStdinCached,
    fix: fixing ? { write: !args['dry-run'], fixableRules: namedRules.length ? new Set(namedRules) : undefined } : undefined,
    cache,
    onFileDone,
  };
  const plan = { jobs: args.jobs ?? defaultJobs(), explicit: args.jobs !== undefined, configFile: args.config, ruleFlags };
  const parallel = parallelFor(targets, runContext, plan);
  const { results: allResults, failures } = parallel
    ? await checkTargetsInParallel(targets, runContext, plan, parallel.sizes)
    : await checkTargets(targets, runContext);
  progress?.clear();
  if (args['dedup-index']) {
    const { checkAgainstIndex } = await import('../dedup/index-check.js');
    await checkAgainstIndex(allResults, path.resolve(cwd, args['dedup-index']), (file) => resolver.forFile(file), cwd);
  }
  debug(`checked ${allResults.length} file${allResults.length === 1 ? '' : 's'} in ${Math.round(clockMs() - checkStarted)} ms`);
  if (cache) writingOrFail(`the cache ${args['cache-location']}`, () => cache.save());
  if (args['baseline-write']) {
    const { writeBaseline } = await import('../baseline.js');
    const file = args['baseline-write'];
    const count = writingOrFail(`the baseline ${file}`, () => writeBaseline(path.resolve(cwd, file), allResults, cwd));
    process.stderr.write(showInvisible(`copydesk: wrote a baseline of ${count} finding${count === 1 ? '' : 's'} to ${file}.`) + '\n');
  }
  for (const result of allResults) for (const finding of result.messages) reached.add(`reported:${finding.ruleId}`);
  reached.add(`format:${streamed ? 'jsonl-streamed' : format(args)}`);
  let results = allResults;
  if (args.baseline) {
    const { applyBaseline, readBaseline } = await import('../baseline.js');
    const outcome = applyBaseline(allResults, readBaseline(path.resolve(cwd, args.baseline)), cwd);
    results = outcome.results;
    if (outcome.resolved > 0) {
      const one = outcome.resolved === 1;
      const gone = `${outcome.resolved} finding${one ? '' : 's'} in the baseline ${one ? 'is' : 'are'} gone`;
      const rerun = `rerun with --baseline-write ${args.baseline}`;
      process.stderr.write(showInvisible(`copydesk: ${gone}; the baseline can shrink (${rerun}).`) + '\n');
    }
  }
  const readsStdin = targets.some((t) => t.kind === 'stdin');
  const shown = args.quiet ? results.map(errorsOnly) : results;
  const reportStarted = clockMs();
  const report = streamed
    ? results.map((r) => formatJsonlResult!({ ...r, skipped: undefined, messages: r.messages.slice(streamed.get(r) ?? 0) })).join('')
    : (await loadReporter(format(args)))(shown, { cwd, colorLevel: args['output-file'] ? 0 : await colorLevel(), rules: rulesById });
  debug(`report (${format(args)}) made in ${Math.round(clockMs() - reportStarted)} ms`);
  const printReport = async (stream: 'stdout' | 'stderr') => {
    if (args['output-file']) await (await import('./output-file.js')).writeReportFile(args['output-file'], report, cwd);
    else if (stream === 'stderr') process.stderr.write(report);
    else writeOut(report);
  };
  const eslintJson = format(args) === 'json' || format(args) === 'json-with-metadata';
  if (fixing && readsStdin && !eslintJson) {
    // `copydesk fix -` is a filter: the fixed text on standard output, the report on standard error.
    const stdinResult = results.find((r) => !targets.some((t) => t.kind === 'file' && t.path === r.filePath));
    process.stdout.write(stdinResult?.filtered?.bytes ?? (await readAllStdinCached()));
    if (stdinResult?.filtered?.note) process.stderr.write(`copydesk: ${stdinResult.filtered.note}\n`);
    await printReport('stderr');
  } else if (fixing && args['dry-run'] && !eslintJson) {
    const { unifiedDiffs } = await import('./fix-output.js');
    writeOut(await unifiedDiffs(results, cwd));
    await printReport('stdout');
  } else {
    await printReport('stdout');
  }
  // stylish says it in the report itself; every other format, and a report sent to a file, here too.
  if (format(args) !== 'stylish' || args['output-file']) process.stderr.write(skippedNotes(results, cwd));
  if (fixing) process.stderr.write((await import('./fix-output.js')).fixSummary(results, Boolean(args['dry-run'])));
  for (const failure of failures) process.stderr.write(`copydesk: ${showInvisible(failure)}\n`);
  if (failures.length) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (args['max-warnings'] !== undefined && args['max-warnings'] >= 0 && warnings > args['max-warnings']) {
    process.stderr.write(`copydesk: too many warnings (${warnings}); the maximum is ${args['max-warnings']}.\n`);
    return 1;
  }
  return 0;
}

/** A cache or baseline that cannot be written (a folder of that name, no permission) is exit 2, not an internal error. */
function writingOrFail<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new UsageError(`Cannot write ${what}: ${code}`);
    throw error;
  }
}

/** A file that was not checked (binary, UTF-16), once per file: a silent skip reads as a clean file. */
function skippedNotes(results: readonly FileResult[], cwd: string): string {
  return results
    .filter((r) => r.skipped)
    .map((r) => `copydesk: ${showInvisible(displayPath(r.filePath, cwd))} was not checked: ${r.skipped}.\n`)
    .join('');
}

/** --print-config FILE: the settings for FILE as JSON; nothing is checked. */
async function showConfig(args: CheckArgs): Promise<number> {
  const cwd = process.cwd();
  const resolver = new ConfigResolver(cwd, args.config, parseRuleFlags([args.rule ?? []].flat()));
  const file = args['print-config']!;
  if (!file) throw new UsageError('--print-config needs a file name, e.g. --print-config news/a.txt');
  const ignoredByCli = (await cliIgnores([args['ignore-pattern'] ?? []].flat(), cwd))(path.resolve(cwd, file));
  const { printConfig } = await import('./print-config.js');
  const text = printConfig(resolver, file, cwd, ignoredByCli);
  if (args['output-file']) await (await import('./output-file.js')).writeReportFile(args['output-file'], text, cwd);
  else writeOut(text);
  return 0;
}

/** `fix -i`: the session lives in src/interactive, loaded only when asked for. */
async function runInteractive(args: CheckArgs): Promise<number> {
  const { assertTerminal, runInteractiveSession } = await import('../interactive/session.js');
  assertTerminal(process.stdin, process.stdout);
  const { cwd, resolver, runConfig, targets } = await prepareRun(args);
  if (targets.some((t) => t.kind === 'stdin')) throw new UsageError('fix --interactive needs files, not standard input.');
  const { rules, settings } = resolver.forFile(path.join(cwd, '.'));
  const unreadable = targets.flatMap((t) => (t.kind === 'unreadable' ? [t] : []));
  for (const folder of unreadable) {
    const shown = path.relative(cwd, folder.path) || '.';
    process.stderr.write(`copydesk: Cannot read folder ${shown} (${folder.reason}); the files in it are left out.\n`);
  }
  const code = await runInteractiveSession({
    files: targets.flatMap((t) => (t.kind === 'file' ? [t.path] : [])),
    rules,
    settings,
    // Each file with its own config, as check and fix read it.
    configFor: (file) => resolver.forFile(file),
    cwd,
    configFile: runConfig.file,
    input: process.stdin,
    output: process.stdout,
    colorLevel: await colorLevel(),
  });
  return unreadable.length && code === 0 ? 2 : code;
}

/** The output format: as asked, else stylish on a terminal and compact in a pipe. */
function format(args: CheckArgs): string {
  return args.format ?? (process.stdout.isTTY ? 'stylish' : 'compact');
}

function parseRuleFlags(flags: string[]): Record<string, Severity> {
  const severities: Record<string, Severity> = {};
  for (const flag of flags) {
    const match = /^([\w-]+)=(off|warn|error|0|1|2)$/.exec(flag);
    if (!match) throw new UsageError(`--rule ${flag}: expected id=off|warn|error, e.g. --rule typo=warn`);
    severities[match[1]] = ({ 0: 'off', 1: 'warn', 2: 'error' } as Record<string, Severity>)[match[2]] ?? (match[2] as Severity);
  }
  return severities;
}

function errorsOnly(result: FileResult): FileResult {
  const messages = result.messages.filter((m) => m.severity === 'error');
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
