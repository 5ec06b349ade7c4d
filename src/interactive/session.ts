// `copydesk fix --interactive`: walks the findings of each .txt file in a terminal, one key press each
// (raw mode, no Enter), and writes each file, atomically, once its last finding is answered. `q` quits
// keeping what was accepted; Ctrl-C leaves the file in hand as it was. Whatever way the session ends,
// the terminal is put back out of raw mode. See docs/interactive.md.
import { hexDigest } from '../hex-digest.js';
import { Chalk } from 'chalk';
import { CorpusRun, compareFindings, lintDocument, type ConfiguredRule } from '../engine.js';
import { UsageError } from '../errors.js';
import { isJsonl, readFileBytes, readTextDocument, SkippedFile } from '../input/read-sources.js';
import { displayPath } from '../run.js';
import type { Finding, RuleSettings } from '../types.js';
import { KeyReader } from './keys.js';
import { reviewFile, type FileOutcome, type OpenedFile, type SessionContext } from './review-file.js';

export interface InteractiveOptions {
  /** Absolute paths of the .txt files to walk, in order (JSONL files are skipped with a note). */
  files: string[];
  rules: readonly ConfiguredRule[];
  settings: RuleSettings;
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
    throw new UsageError('fix --interactive needs a terminal on standard input and output (it reads single key presses); use copydesk fix, or fix --dry-run to see a diff.');
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
    words: new Set(options.settings.words),
    configFile: options.configFile,
    tally: { fixes: 0, filesWritten: 0, wordsAdded: [], failures: 0 },
  };
  let outcome: FileOutcome = 'next';
  let current = '';
  try {
    const corpusFindings = findCorpusFindings(options);
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
  const display = displayPath(file, options.cwd);
  const skip = (why: string) => {
    ctx.say(ctx.c.yellow(`${display}: skipped, ${why}`));
    return null;
  };
  if (isJsonl(file)) return skip('the interactive session does not walk JSONL dumps; copydesk fix applies their safe fixes.');
  let bytes: Buffer;
  try {
    bytes = readFileBytes(file);
  } catch (error) {
    ctx.tally.failures++;
    return skip(`it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  let read: ReturnType<typeof readTextDocument>;
  try {
    read = readTextDocument(bytes, file);
  } catch (error) {
    if (error instanceof SkippedFile) return skip(`${error.message}.`);
    throw error;
  }
  const { doc, bom } = read;
  if (doc.invalidBytes.length) {
    return skip(`it is not valid UTF-8 (byte offset ${doc.invalidBytes[0].byteOffset}), and copydesk never rewrites such a file. copydesk check shows where.`);
  }
  const findings = lintDocument(doc, options.rules, { words: ctx.words, names: options.settings.names });
  const fromCorpus = corpus.get(file);
  if (fromCorpus && fromCorpus.hash === hashOf(bytes)) findings.push(...fromCorpus.findings);
  else if (fromCorpus) ctx.say(ctx.c.yellow(`${display}: changed since the session began; its cross-file findings are left out.`));
  if (findings.length === 0) return null;
  return { file, display, bytes, bom, doc, findings: findings.sort(compareFindings) };
}

type CorpusFindings = Map<string, { hash: string; findings: Finding[] }>;

/**
 * Corpus rules (cross-file duplicates) need every file before they can report, so when any is on,
 * the files are read once up front. Their findings are kept with a hash of the bytes they came
 * from and used only if the file is unchanged when its turn comes.
 */
function findCorpusFindings(options: InteractiveOptions): CorpusFindings {
  const found: CorpusFindings = new Map();
  const run = new CorpusRun(options.rules, options.settings);
  if (!run.active) return found;
  const hashes = new Map<string, string>();
  for (const file of options.files) {
    if (isJsonl(file)) continue;
    try {
      const bytes = readFileBytes(file);
      const { doc } = readTextDocument(bytes, file);
      if (doc.invalidBytes.length) continue;
      run.collect(doc);
      hashes.set(file, hashOf(bytes));
    } catch {
      // Skipped or unreadable: openFile says why when the file's turn comes.
    }
  }
  for (const [file, findings] of run.finish()) {
    const hash = hashes.get(file);
    if (hash) found.set(file, { hash, findings });
  }
  return found;
}

function hashOf(bytes: Uint8Array): string {
  return hexDigest('sha256', bytes);
}

function summary(ctx: SessionContext): string {
  const { fixes, filesWritten, wordsAdded, failures } = ctx.tally;
  const parts = [`applied ${plural(fixes, 'fix', 'fixes')}`, `wrote ${plural(filesWritten, 'file')}`, `added ${plural(wordsAdded.length, 'word')}`];
  let text = ctx.c.bold(`Summary: ${parts.join(', ')}.`);
  if (wordsAdded.length && ctx.configFile) text += `\n  Words added to ${displayPath(ctx.configFile, ctx.cwd)}: ${wordsAdded.join(', ')}`;
  if (failures) text += ctx.c.red(`\n  ${plural(failures, 'file')} could not be read or written (see above).`);
  return text;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
