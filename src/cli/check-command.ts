// `copydesk check` and `copydesk fix` (with --print-config and -i): the configs, the files, the
// pipeline, the report and the exit code. Loaded by src/cli/main.ts when one of them runs, so that
// `--version` and `--help` do not start up the rules, the config loader and the pipeline.
import path from 'node:path';
import { rulesById } from '../../rules/index.js';
import { ConfigResolver } from '../config/file-config.js';
import { UsageError } from '../errors.js';
import { findTargets, STDIN_ARG } from '../input/find-files.js';
import { checkTargetsInParallel, defaultJobs, parallelFor } from '../pool/check-in-parallel.js';
import { loadReporter } from '../reporters/index.js';
import { showInvisible } from '../reporters/show-invisible.js';
import { displayPath, type FileResult } from '../results/index.js';
import { checkTargets, type RunOptions } from '../run.js';
import { withRunHeapPolicy } from '../pool/heap-policy.js';
import type { Severity } from '../types.js';
import { clockMs, debugLog, type DebugLog } from './debug.js';
import { ProgressLine } from './progress.js';
import { commandSlipFor } from './suggest-command.js';
import { colorLevel, readAllStdinCached, writeOut } from './terminal.js';

const DEFAULT_EXTENSIONS = ['.txt', '.jsonl'];

declare const COPYDESK_VERSION: string;

export interface CheckArgs {
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

export async function runCheck(args: CheckArgs, reached: Set<string>, fixing = false): Promise<number> {
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
  const jsonlModule = streams ? await import('../reporters/jsonl.js') : undefined;
  const formatJsonlResult = jsonlModule?.formatResult;
  const configFiles = new Set<string>();
  const onFileDone = (result: FileResult) => {
    progress?.fileDone(result);
    if (result.skipped) debug(`skipped ${displayPath(result.filePath, cwd)}: ${result.skipped}`);
    if (streamed) {
      for (const chunk of jsonlModule!.resultChunks(result)) writeOut(chunk);
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
  // The heap policy is set once here, around the whole run (the library's runs nest: fix's first pass for
  // corpus fixes is a run within the run, and an inner reset would end the policy early).
  const { results: allResults, failures } = await withRunHeapPolicy(() =>
    parallel ? checkTargetsInParallel(targets, runContext, plan, parallel.sizes) : checkTargets(targets, runContext),
  );
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
  const reporterContext = { cwd, colorLevel: args['output-file'] ? 0 : await colorLevel(), rules: rulesById };
  // Written as it is made, unless it goes to a file (src/reporters/streaming.ts): a huge report is never held whole.
  const streaming =
    !streamed && !args['output-file'] ? await (await import('../reporters/streaming.js')).loadStreamingReporter(format(args)) : undefined;
  const report = streamed
    ? results.map((r) => formatJsonlResult!({ ...r, skipped: undefined, messages: r.messages.slice(streamed.get(r) ?? 0) })).join('')
    : streaming
      ? ''
      : (await loadReporter(format(args)))(shown, reporterContext);
  debug(`report (${format(args)}) made in ${Math.round(clockMs() - reportStarted)} ms`);
  const printReport = async (stream: 'stdout' | 'stderr') => {
    if (streaming) for (const chunk of streaming(shown, reporterContext)) writeTo(stream, chunk);
    else if (args['output-file']) await (await import('./output-file.js')).writeReportFile(args['output-file'], report, cwd);
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
export async function runInteractive(args: CheckArgs): Promise<number> {
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

function writeTo(stream: 'stdout' | 'stderr', text: string): void {
  if (stream === 'stderr') process.stderr.write(text);
  else writeOut(text);
}
