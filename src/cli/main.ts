// The command line: `copydesk [check] [paths…]`, `copydesk rules`. Parses arguments, loads the
// config, runs the pipeline, prints a report, and sets the exit code:
// 0 no error-level finding, 1 error-level findings (or too many warnings), 2 the run itself failed.
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { rulesById } from '../../rules/index.js';
import path from 'node:path';
import { applyBaseline, readBaseline, writeBaseline } from '../baseline.js';
import { ResultCache } from '../cache.js';
import { ConfigResolver } from '../config/file-config.js';
import { UsageError } from '../errors.js';
import { findTargets, STDIN_ARG } from '../input/find-files.js';
import { reporters } from '../reporters/index.js';
import { formatResult as formatJsonlResult } from '../reporters/jsonl.js';
import { checkTargets, type FileResult } from '../run.js';
import type { Severity } from '../types.js';
import { colorLevel, readAllStdinCached, writeOut } from './terminal.js';
import { printRules, rulesAsJson } from './print-rules.js';
import { ProgressLine } from './progress.js';
import { writeStarterConfig } from './init.js';
import { runDedup, withDedupOptions, type DedupArgs } from './dedup.js';
export { runFingerprintWorker } from '../dedup/worker.js';
import { fixSummary, unifiedDiffs } from './fix-output.js';

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
  'dedup-index'?: string;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  // yargs swallows a bare "-", so it travels as a marker that cannot be a real path argument.
  const parser = yargs(argv.map((arg) => (arg === '-' ? STDIN_ARG : arg)))
    .scriptName('copydesk')
    .usage('$0 [check] [paths…]\n\nFinds stray Unicode, duplicate leads and paragraphs, typos, doubled words, truncated fragments and scraping residue in text dumps.')
    .command(['check [paths..]', '$0 [paths..]'], 'Check files, folders, globs, or - for standard input (the default command)', (y) => withCheckOptions(y),
      async (args) => {
        exitCode = await runCheck(args as unknown as CheckArgs);
      })
    .command('dedup [paths..]', 'List duplicate documents as clusters; write keep and drop lists (docs/dedup.md)', (y) => withDedupOptions(y),
      async (args) => {
        exitCode = await runDedup(args as unknown as DedupArgs);
      })
    .command('fix [paths..]', 'Apply every safe fix, then report what is left', (y) =>
      withCheckOptions(y)
        .option('dry-run', { type: 'boolean', describe: 'Write nothing; print a unified diff (with --format json, each result carries its fixed `output`)' })
        .option('interactive', { alias: 'i', type: 'boolean', describe: 'Walk the findings one by one in a terminal, a key press each' })
        .conflicts('interactive', 'dry-run'),
      async (args) => {
        exitCode = args.interactive ? await runInteractive(args as unknown as CheckArgs) : await runCheck(args as unknown as CheckArgs, true);
      })
    .command('init', 'Write a starting copydesk.config.json with every rule and its default', (y) =>
      y.option('force', { type: 'boolean', describe: 'Overwrite an existing copydesk.config.json' }),
      (args) => {
        writeOut(writeStarterConfig(process.cwd(), Boolean(args.force)));
      })
    .command('rules', 'List every rule with its description, default severity and whether it fixes', (y) =>
      y.option('format', { alias: 'f', type: 'string', choices: ['table', 'json'], default: 'table' }),
      (args) => {
        writeOut(args.format === 'json' ? rulesAsJson() : printRules(colorLevel()));
      })
    .strict()
    .help()
    .alias('help', 'h')
    .version(COPYDESK_VERSION)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      throw error instanceof UsageError ? error : new UsageError(message || (error?.message ?? 'invalid arguments'));
    });
  await parser.parseAsync();
  return exitCode;
}

function withCheckOptions(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files, folders, globs; - reads standard input' })
    .option('format', { alias: 'f', type: 'string', choices: Object.keys(reporters), describe: 'Output format (default: stylish on a terminal, compact in a pipe)' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking for one' })
    .option('rule', { type: 'string', describe: 'Set a rule\'s severity: --rule typo=off (repeatable); with fix (not fix -i), only the rules named with a severity other than off may fix' })
    .option('max-warnings', { type: 'number', describe: 'Exit 1 when there are more warnings than this' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('stdin-filename', { type: 'string', describe: 'The file name to report standard input as' })
    .option('cache', { type: 'boolean', describe: 'Skip files whose content and settings have not changed since the last run' })
    .option('cache-location', { type: 'string', default: '.copydeskcache', describe: 'Where --cache keeps its file' })
    .option('baseline', { type: 'string', describe: 'Report only findings beyond those recorded in this baseline file' })
    .option('baseline-write', { type: 'string', describe: 'Record the current findings in this baseline file' })
    .option('dedup-index', { type: 'string', describe: 'Also compare each document with this signature index of the corpus (copydesk dedup --update-index)' });
}

/** What every command that checks files starts from: the configs, the rules, the files. */
async function prepareRun(args: CheckArgs) {
  const cwd = process.cwd();
  const ruleFlags = parseRuleFlags([args.rule ?? []].flat());
  const resolver = new ConfigResolver(cwd, args.config, ruleFlags);
  const runConfig = resolver.runConfig;
  const targets = await findTargets(args.paths, {
    cwd,
    extensions: runConfig.config.extensions ?? DEFAULT_EXTENSIONS,
    configIgnores: (file) => resolver.ignores(file),
  });
  return { cwd, ruleFlags, resolver, runConfig, targets };
}

async function runCheck(args: CheckArgs, fixing = false): Promise<number> {
  const { cwd, ruleFlags, resolver, targets } = await prepareRun(args);
  const namedRules = Object.entries(ruleFlags).filter(([, severity]) => severity !== 'off').map(([id]) => id);
  const cache = args.cache ? ResultCache.load(path.resolve(cwd, args['cache-location']), COPYDESK_VERSION) : undefined;
  const progress = ProgressLine.create(targets);
  // jsonl streams: each file's lines as soon as it is checked; corpus findings follow at the end.
  const streamed = format(args) === 'jsonl' && !fixing && !args.baseline && !args.quiet ? new Map<FileResult, number>() : null;
  const onFileDone = (result: FileResult) => {
    progress?.fileDone(result);
    if (streamed) {
      writeOut(formatJsonlResult(result));
      streamed.set(result, result.messages.length);
    }
  };
  const { results: allResults, failures } = await checkTargets(targets, {
    configFor: (file) => resolver.forFile(file),
    corpusConfig: resolver.forFile(path.join(cwd, '.')),
    cwd,
    stdinFilename: args['stdin-filename'],
    readStdin: readAllStdinCached,
    fix: fixing ? { write: !args['dry-run'], fixableRules: namedRules.length ? new Set(namedRules) : undefined } : undefined,
    cache,
    onFileDone,
  });
  progress?.clear();
  if (args['dedup-index']) {
    const { checkAgainstIndex } = await import('../dedup/index-check.js');
    await checkAgainstIndex(allResults, path.resolve(cwd, args['dedup-index']), (file) => resolver.forFile(file), cwd);
  }
  cache?.save();
  if (args['baseline-write']) {
    const count = writeBaseline(path.resolve(cwd, args['baseline-write']), allResults, cwd);
    process.stderr.write(`copydesk: wrote a baseline of ${count} finding${count === 1 ? '' : 's'} to ${args['baseline-write']}.\n`);
  }
  let results = allResults;
  if (args.baseline) {
    const outcome = applyBaseline(allResults, readBaseline(path.resolve(cwd, args.baseline)), cwd);
    results = outcome.results;
    if (outcome.resolved > 0) {
      process.stderr.write(`copydesk: ${outcome.resolved} finding${outcome.resolved === 1 ? '' : 's'} in the baseline ${outcome.resolved === 1 ? 'is' : 'are'} gone; the baseline can shrink (rerun with --baseline-write ${args.baseline}).\n`);
    }
  }
  const readsStdin = targets.some((t) => t.kind === 'stdin');
  const shown = args.quiet ? results.map(errorsOnly) : results;
  const report = streamed
    ? results.map((r) => formatJsonlResult({ ...r, skipped: undefined, messages: r.messages.slice(streamed.get(r) ?? 0) })).join('')
    : reporters[format(args)](shown, { cwd, colorLevel: colorLevel(), rules: rulesById });
  if (fixing && readsStdin && format(args) !== 'json') {
    // `copydesk fix -` is a filter: the fixed text on standard output, the report on standard error.
    const stdinResult = results.find((r) => !targets.some((t) => t.kind === 'file' && t.path === r.filePath));
    writeOut(stdinResult?.output ?? stdinResult?.source ?? (await readAllStdinCached()).toString('utf8'));
    process.stderr.write(report);
  } else if (fixing && args['dry-run'] && format(args) !== 'json') {
    writeOut(await unifiedDiffs(results, cwd));
    writeOut(report);
  } else {
    writeOut(report);
  }
  if (fixing) process.stderr.write(fixSummary(results, Boolean(args['dry-run'])));
  for (const failure of failures) process.stderr.write(`copydesk: ${failure}\n`);
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

/** `fix -i`: the session lives in src/interactive, loaded only when asked for. */
async function runInteractive(args: CheckArgs): Promise<number> {
  const { assertTerminal, runInteractiveSession } = await import('../interactive/session.js');
  assertTerminal(process.stdin, process.stdout);
  const { cwd, resolver, runConfig, targets } = await prepareRun(args);
  if (targets.some((t) => t.kind === 'stdin')) throw new UsageError('fix --interactive needs files, not standard input.');
  const { rules, settings } = resolver.forFile(path.join(cwd, '.'));
  return runInteractiveSession({
    files: targets.flatMap((t) => (t.kind === 'file' ? [t.path] : [])),
    rules,
    settings,
    cwd,
    configFile: runConfig.file,
    input: process.stdin,
    output: process.stdout,
    colorLevel: colorLevel(),
  });
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
