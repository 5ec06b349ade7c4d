// `copydesk fix --interactive`: walks the findings of each .txt file in a terminal, one key press each
// (raw mode, no Enter), and writes each file, atomically, once its last finding is answered. `q` quits
// keeping what was accepted; Ctrl-C leaves the file in hand as it was. Whatever way the session ends,
// the terminal is put back out of raw mode. See docs/interactive.md.
import { Chalk } from 'chalk';
import { compareFindings, type ConfiguredRule } from '../engine.js';
import { UsageError } from '../errors.js';
import { isJsonl, SkippedFile } from '../input/read-sources.js';
import { showInvisible } from '../reporters/show-invisible.js';
import { displayPath } from '../results/index.js';
import { contentDigest, corpusFindingsOf, lintWithSettings, readTextFile, type FileSettings } from '../run.js';
import type { RuleSettings } from '../types.js';
import { KeyReader } from './keys.js';
import { reviewFile, type FileOutcome, type OpenedFile, type SessionContext } from './review-file.js';

export interface InteractiveOptions {
  /** Absolute paths of the .txt files to walk, in order (JSONL files are skipped with a note). */
  files: string[];
  /** The run's own rules and settings (the current folder's config): the corpus rules run with them. */
  rules: readonly ConfiguredRule[];
  settings: RuleSettings;
  /** The settings of each file (its nearest config, its overrides), as check and fix use; the run's when absent. */
  configFor?: (file: string) => FileSettings;
  cwd: string;
  /** The config file in use, if any: where `w` adds words. */
  configFile?: string;
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  colorLevel: 0 | 1 | 2 | 3;
}

/** Exit code for a session stopped by Ctrl-C or a signal, as shells report SIGINT. */
const INTERRUPTED_EXIT = 130;

export function assertTerminal(input: NodeJS.ReadStream, output: NodeJS.WriteStream): void {
  if (!input.isTTY || !output.isTTY) {
    throw new UsageError(
      'fix --interactive needs a terminal on standard input and output (it reads single key presses); use copydesk fix, or fix --dry-run to see a diff.',
    );
  }
}

/** Runs the session; returns the exit code: 0, 2 when a file could not be read or written, 130 when interrupted. */
export async function runInteractiveSession(options: InteractiveOptions): Promise<number> {
  assertTerminal(options.input, options.output);
  const c = new Chalk({ level: options.colorLevel });
  const out = options.output;
  const keys = new KeyReader(options.input);
  const ctx: SessionContext = {
    keys,
    c,
    cwd: options.cwd,
    out,
    say: (line = '') => out.write(`${line}\n`),
    write: (text) => out.write(text),
    words: new Set(),
    configFile: options.configFile,
    tally: { fixes: 0, filesWritten: 0, wordsAdded: [], failures: 0 },
  };
  let outcome: FileOutcome = 'next';
  let current = '';
  try {
    // Corpus rules (cross-file duplicates) need every file before they can report: read once up front.
    const corpusFindings = corpusFindingsOf(options.files, runSettings(options));
    ctx.say(c.dim(`Walking the findings in ${plural(options.files.length, 'file')}; press ? for help.`));
    for (const file of options.files) {
      const opened = openFile(ctx, options, file, corpusFindings);
      if (!opened) continue;
      current = opened.display;
      outcome = await reviewFile(ctx, opened);
      if (outcome !== 'next') break;
    }
  } finally {
    keys.close();
  }
  ctx.say();
  if (outcome === 'interrupt') ctx.say(c.yellow(`Interrupted: ${current} was left as it was.`));
  ctx.say(summary(ctx));
  if (outcome === 'interrupt') return INTERRUPTED_EXIT;
  return ctx.tally.failures > 0 ? 2 : 0;
}

/** Reads and checks one file; null (after a note) when it is skipped. Later files see the words added so far. */
function openFile(ctx: SessionContext, options: InteractiveOptions, file: string, corpus: CorpusFindings): OpenedFile | null {
  // A file name can hold control characters (`na\e[2Jme.txt`): shown escaped, never sent to the terminal raw.
  const display = showInvisible(displayPath(file, options.cwd));
  const skip = (why: string) => {
    ctx.say(ctx.c.yellow(`${display}: skipped, ${why}`));
    return null;
  };
  if (isJsonl(file)) return skip('the interactive session does not walk JSONL dumps; copydesk fix applies their safe fixes.');
  let read: ReturnType<typeof readTextFile>;
  try {
    read = readTextFile(file);
  } catch (error) {
    if (error instanceof SkippedFile) return skip(`${error.message}.`);
    ctx.tally.failures++;
    return skip(`it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const { bytes, doc, bom } = read;
  if (doc.invalidBytes.length) {
    return skip(
      `it is not valid UTF-8 (byte offset ${doc.invalidBytes[0].byteOffset}), and copydesk never rewrites such a file. copydesk check shows where.`,
    );
  }
  const config = configOf(options, file);
  const findings = lintWithSettings(doc, config, ctx.words);
  const fromCorpus = corpus.get(file);
  if (fromCorpus && fromCorpus.digest === contentDigest(bytes)) findings.push(...fromCorpus.findings);
  else if (fromCorpus) ctx.say(ctx.c.yellow(`${display}: changed since the session began; its cross-file findings are left out.`));
  if (findings.length === 0) return null;
  const words = new Set([...config.settings.words, ...ctx.words]);
  return { file, display, bytes, bom, doc, words, findings: findings.sort(compareFindings) };
}

type CorpusFindings = ReturnType<typeof corpusFindingsOf>;

function runSettings(options: InteractiveOptions): FileSettings {
  return { rules: options.rules, settings: options.settings, jsonlTextField: 'text' };
}

function configOf(options: InteractiveOptions, file: string): FileSettings {
  return options.configFor ? options.configFor(file) : runSettings(options);
}

function summary(ctx: SessionContext): string {
  const { fixes, filesWritten, wordsAdded, failures } = ctx.tally;
  const parts = [
    `applied ${plural(fixes, 'fix', 'fixes')}`,
    `wrote ${plural(filesWritten, 'file')}`,
    `added ${plural(wordsAdded.length, 'word')}`,
  ];
  let text = ctx.c.bold(`Summary: ${parts.join(', ')}.`);
  if (wordsAdded.length && ctx.configFile)
    text += `\n  Words added to ${showInvisible(displayPath(ctx.configFile, ctx.cwd))}: ${wordsAdded.join(', ')}`;
  if (failures) text += ctx.c.red(`\n  ${plural(failures, 'file')} could not be read or written (see above).`);
  return text;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
