// The check pipeline: targets → documents → the kernel → one result per file (ESLint's result shape).
// This is where files are read and written; checking and fixing themselves are the kernel's (src/kernel/),
// and what a run learns lives in its RunContext.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ResultCache } from './cache.js';
import { createDocument } from './document.js';
import type { FileSettings } from './file-settings.js';
import { applyCorpusFixes, corpusRulesThatFix, documentKey } from './fix/corpus-fixes.js';
import { fixJsonlBytes } from './fix/fix-jsonl.js';
import { ChangedOnDisk, NotWritable, removeStaleTempFiles, replaceFileBytes } from './fix/write-file.js';
import { hexDigest } from './hex-digest.js';
import type { Target } from './input/find-files.js';
import {
  isGzipped,
  isJsonl,
  readFileBytes,
  readJsonlDocuments,
  readTextDocument,
  readTextDocumentOnce,
  SkippedFile,
  type SourceEvent,
} from './input/read-sources.js';
import { fix as fixText, type FixTextResult } from './kernel/fix.js';
import { lint } from './kernel/lint.js';
import { RunContext } from './kernel/run-context.js';
import { addFindings, emptyResult, mergeCorpusFindings, type FileResult } from './results/file-result.js';
import { describeIoError, displayPath, isIoError } from './results/messages.js';
import type { Document, Finding, Fix } from './types.js';

// node:zlib is loaded on first use (a .gz dump): most runs read no gzip, and loading it costs start-up.
type Zlib = typeof import('node:zlib');
let zlibModule: Zlib | undefined;
function zlib(): Zlib {
  return (zlibModule ??= createRequire(import.meta.url)('node:zlib') as Zlib);
}

export type { FileSettings } from './file-settings.js';

export interface FixMode {
  /** Write fixed files (false for --dry-run and for standard input). */
  write: boolean;
  /** Rule ids allowed to fix (all when absent). */
  fixableRules?: ReadonlySet<string>;
  /** Fixes of corpus rules, by `documentKey`, found by a first pass over every document. */
  corpusFixes?: ReadonlyMap<string, Fix[]>;
}

/** What a run is asked to do, and with what (the CLI makes it). */
export interface RunOptions {
  /** The rules, vocabulary and JSONL field that apply to a file. */
  configFor: (filePath: string) => FileSettings;
  /** Corpus rules see every document, so they run with the run's own config. */
  corpusConfig: FileSettings;
  cwd: string;
  stdinFilename?: string;
  /** Reads all of standard input. */
  readStdin: () => Promise<Buffer>;
  /** Fix as well as check. */
  fix?: FixMode;
  /** Reuse the findings of unchanged files (--cache). */
  cache?: ResultCache;
  /** Called as each file is done (progress, streamed output). */
  onFileDone?: (result: FileResult) => void;
}

export interface RunOutcome {
  results: FileResult[];
  /** Files that could not be read; the run still checks the others, then exits 2. */
  failures: string[];
}

/** Checks (or fixes) the targets in one run: every document, then the corpus rules' findings. */
export async function checkTargets(targets: readonly Target[], ctx: RunOptions): Promise<RunOutcome> {
  const run = new RunContext({ corpus: { ...ctx.corpusConfig, oneDocument: holdsOneDocument(targets, ctx) } });
  const outcome = await checkTargetsIn(run, targets, ctx);
  if (run.corpus.active) mergeCorpusFindings(outcome.results, run.corpus.finish());
  return outcome;
}

/** Whether the run's input is one document: one plain-text file, or standard input that is not JSONL. */
function holdsOneDocument(targets: readonly Target[], ctx: RunOptions): boolean {
  if (targets.length !== 1) return false;
  const [target] = targets;
  if (target.kind === 'file') return !isJsonl(target.path);
  return target.kind === 'stdin' && !(ctx.stdinFilename && isJsonl(ctx.stdinFilename));
}

/**
 * Checks the targets within `run`, collecting their documents into its corpus states without finishing
 * them: a worker sends those states back to be merged with the other workers' (src/pool/).
 */
export async function checkTargetsIn(run: RunContext, targets: readonly Target[], ctx: RunOptions): Promise<RunOutcome> {
  const results: FileResult[] = [];
  const failures: string[] = [];
  const tidiedFolders = new Set<string>();
  // Corpus rules that may fix (boilerplate lines) know what to fix only once every document is read.
  const corpusFixes = ctx.fix ? await collectCorpusFixes(targets, ctx) : undefined;
  if (ctx.fix && corpusFixes) ctx = { ...ctx, fix: { ...ctx.fix, corpusFixes } };
  for (const target of targets) {
    if (target.kind === 'unreadable') {
      const reason = describeIoError({ code: target.reason } as NodeJS.ErrnoException);
      failures.push(`Cannot read folder ${displayPath(target.path, ctx.cwd)}: ${reason}; the files in it were not checked.`);
      continue;
    }
    const filePath = target.kind === 'stdin' ? (ctx.stdinFilename ? path.resolve(ctx.cwd, ctx.stdinFilename) : '<stdin>') : target.path;
    const result = emptyResult(filePath);
    const config = ctx.configFor(target.kind === 'stdin' && !ctx.stdinFilename ? path.join(ctx.cwd, '<stdin>') : filePath);
    if (ctx.fix?.write && target.kind === 'file' && !tidiedFolders.has(path.dirname(target.path))) {
      tidiedFolders.add(path.dirname(target.path));
      removeStaleTempFiles(path.dirname(target.path));
    }
    const file: FileInHand = { target, result, config, ctx, run, failures };
    try {
      if (isJsonl(filePath) && ctx.fix) {
        await fixJsonl(file, target.kind === 'stdin' ? await ctx.readStdin() : readFileBytes(target.path));
      } else if (isJsonl(filePath)) {
        const input = target.kind === 'stdin' ? process.stdin : target.path;
        for await (const event of readJsonlDocuments(input, filePath, config)) {
          handleRecord(event, file);
        }
      } else if (!ctx.fix && !(ctx.cache && target.kind === 'file')) {
        checkDocument(await readDocument(target, result.filePath, ctx), file);
      } else {
        await handleTextFile(file, target.kind === 'stdin' ? await ctx.readStdin() : readFileBytes(target.path));
      }
    } catch (error) {
      if (error instanceof SkippedFile) {
        result.skipped = error.message;
        if (ctx.fix && target.kind === 'stdin') {
          result.filtered = { bytes: await ctx.readStdin(), note: `standard input (${error.message}) was passed through unchanged.` };
        }
      } else if (isIoError(error)) {
        failures.push(`Cannot read ${displayPath(filePath, ctx.cwd)}: ${describeIoError(error)}`);
        continue;
      } else {
        throw error;
      }
    }
    results.push(result);
    ctx.onFileDone?.(result);
  }
  return { results, failures };
}

/** What handling one target needs. */
interface FileInHand {
  target: Exclude<Target, { kind: 'unreadable' }>;
  result: FileResult;
  config: FileSettings;
  ctx: RunOptions;
  run: RunContext;
  failures: string[];
}

/** A plain text file read and decoded: what check, fix and fix -i start from. Throws SkippedFile, I/O errors. */
export function readTextFile(file: string): { bytes: Buffer; doc: Document; bom: boolean } {
  const bytes = readFileBytes(file);
  return { bytes, ...readTextDocument(bytes, file) };
}

/**
 * The findings of one document under the settings of its file, with any words accepted since (fix -i's
 * `w`), in `run` (a run of its own when absent).
 */
export function lintWithSettings(
  doc: Document,
  config: FileSettings,
  extraWords: ReadonlySet<string> = new Set(),
  run: RunContext = new RunContext(),
): Finding[] {
  const settings = extraWords.size ? { ...config.settings, words: new Set([...config.settings.words, ...extraWords]) } : config.settings;
  return lint(doc, { rules: config.rules, settings }, run);
}

/**
 * A text file's document, for checking alone: its bytes are dropped once decoded, as they are not
 * needed again (a huge file's bytes would add half of its text's size to what the run holds).
 */
async function readDocument(target: FileInHand['target'], filePath: string, ctx: RunOptions): Promise<Document> {
  if (target.kind === 'stdin') return readTextDocument(await ctx.readStdin(), filePath).doc;
  return readTextDocumentOnce(() => readFileBytes(target.path), filePath);
}

async function handleTextFile(file: FileInHand, bytes: Buffer): Promise<void> {
  const { target, result, config, ctx, run } = file;
  const { doc, bom } = readTextDocument(bytes, result.filePath);
  const filtering = Boolean(ctx.fix) && target.kind === 'stdin';
  if (!ctx.fix) {
    if (ctx.cache && target.kind === 'file') {
      const cached = ctx.cache.lookup(target.path, bytes, config);
      const findings = cached ?? lintWithSettings(doc, config, undefined, run);
      if (!cached) ctx.cache.store(target.path, bytes, config, findings);
      addFindings(result, doc, findings);
      run.corpus.collect(doc);
    } else {
      checkDocument(doc, file);
    }
    return;
  }
  if (doc.invalidBytes.length) {
    // Never rewritten, and as a filter never "repaired" into U+FFFD either: the bytes go through as they came.
    checkDocument(doc, file);
    const note = 'standard input is not valid UTF-8, so it was passed through unchanged, byte for byte.';
    if (filtering) result.filtered = { bytes, note };
    return;
  }
  const fixed = fixDocumentText(doc, file, ctx.fix);
  if (fixed.fixCount === 0) {
    recordFixed(file, doc, fixed);
    if (filtering) result.filtered = { bytes };
    return;
  }
  const output = encodeText(fixed.output, bom);
  if (target.kind === 'stdin' || !ctx.fix.write) {
    recordFixed(file, doc, fixed);
    if (filtering) result.filtered = { bytes: output };
    return;
  }
  ctx.cache?.forget(target.path);
  if (writeOrFail(file, () => replaceFileBytes(target.path, bytes, output))) recordFixed(file, doc, fixed);
  else recordUnfixed(file, doc, fixed);
}

function encodeText(text: string, bom: boolean): Buffer {
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
}

function checkDocument(doc: Document, file: FileInHand): void {
  addFindings(file.result, doc, lintWithSettings(doc, file.config, undefined, file.run));
  file.run.corpus.collect(doc);
}

function handleRecord(event: SourceEvent, file: FileInHand): void {
  if (event.kind === 'bad-record') {
    addFindings(file.result, null, [
      {
        ruleId: 'encoding',
        severity: 'error',
        message: event.message,
        start: 0,
        end: 0,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        record: event.record,
      },
    ]);
  } else {
    checkDocument(event.doc, file);
  }
}

/** Records a document's fixing as done (or, for --dry-run, as it would be): what is left, and how many fixes. */
function recordFixed({ result, run }: FileInHand, doc: Document, fixed: FixTextResult): void {
  const fixedDoc = fixed.fixCount > 0 ? createDocument({ text: fixed.output, path: doc.path, record: doc.record }) : doc;
  addFindings(result, fixedDoc, fixed.remaining);
  run.corpus.collect(fixedDoc);
  if (fixed.fixCount === 0) return;
  result.fixCount = (result.fixCount ?? 0) + fixed.fixCount;
  if (doc.record === undefined) {
    result.source = doc.text;
    result.output = fixed.output;
  }
}

/**
 * The fixes of one document: first those the corpus rules offer for it (boilerplate lines, paragraphs
 * lifted from other documents, when those rules are set to fix), then the rules' own, pass after pass.
 */
function fixDocumentText(doc: Document, { config, run }: FileInHand, fix: FixMode): FixTextResult {
  const options = { path: doc.path, record: doc.record, rules: config.rules, settings: config.settings, fixableRules: fix.fixableRules };
  const corpusFixed = applyCorpusFixes(doc, fix.corpusFixes);
  if (!corpusFixed) return fixText(doc.text, options, run);
  const fixed = fixText(corpusFixed.text, options, run);
  return { ...fixed, fixCount: fixed.fixCount + corpusFixed.count, initial: lintWithSettings(doc, config, undefined, run) };
}

/** The corpus rules that may fix in this run: their fixes need a first pass over every document. */
export function corpusFixersOf(ctx: RunOptions) {
  return ctx.fix ? corpusRulesThatFix(ctx.corpusConfig.rules, ctx.fix.fixableRules) : [];
}

/**
 * The fixes corpus rules offer when they are set to fix (`"fix": true` in their options): a first
 * pass reads every document for those rules alone. Undefined when no corpus rule may fix.
 */
async function collectCorpusFixes(targets: readonly Target[], ctx: RunOptions): Promise<Map<string, Fix[]> | undefined> {
  const fixing = corpusFixersOf(ctx);
  if (fixing.length === 0) return undefined;
  // Standard input is read once, by the fixing pass; its document is only counted there.
  const { results } = await checkTargets(
    targets.filter((t) => t.kind === 'file'),
    {
      ...ctx,
      configFor: (file) => ({ ...ctx.configFor(file), rules: [] }),
      corpusConfig: { ...ctx.corpusConfig, rules: fixing },
      fix: undefined,
      cache: undefined,
      onFileDone: undefined,
    },
  );
  const fixes = new Map<string, Fix[]>();
  for (const result of results) {
    for (const finding of result.messages) {
      if (!finding.fix) continue;
      const key = documentKey(result.filePath, finding.record);
      fixes.set(key, [...(fixes.get(key) ?? []), finding.fix]);
    }
  }
  return fixes;
}

/** Records a document whose fixes could not be written: its findings are those of the text as it is. */
function recordUnfixed({ result, run }: FileInHand, doc: Document, fixed: FixTextResult): void {
  addFindings(result, doc, fixed.initial);
  run.corpus.collect(doc);
}

/** Fixes each record's text field and writes the dump back (gzipped if it came so): src/fix/fix-jsonl.ts. */
async function fixJsonl(file: FileInHand, bytes: Buffer): Promise<void> {
  const { target, result, config, ctx } = file;
  const gzipped = isGzipped(result.filePath);
  const plain = gzipped ? zlib().gunzipSync(bytes) : bytes;
  const { items, output, changed } = fixJsonlBytes(plain, result.filePath, config, (doc) => fixDocumentText(doc, file, ctx.fix!));
  let fixesHold = true;
  if (changed && ctx.fix?.write && target.kind === 'file') {
    fixesHold = writeOrFail(file, () => replaceFileBytes(target.path, bytes, gzipped ? zlib().gzipSync(output) : output));
  }
  for (const item of items) {
    if (item.kind === 'bad') handleRecord(item.event, file);
    else if (item.fixed && fixesHold) recordFixed(file, item.doc, item.fixed);
    else if (item.fixed) recordUnfixed(file, item.doc, item.fixed);
    else checkDocument(item.doc, file);
  }
  if (target.kind === 'stdin') result.filtered = { bytes: !changed ? bytes : gzipped ? zlib().gzipSync(output) : output };
  if (changed && fixesHold) {
    result.source = plain.toString('utf8');
    result.output = output.toString('utf8');
  }
}

/** Writes a fixed file; false (and a message in the run's failures) when it was not written. */
function writeOrFail(file: FileInHand, write: () => void): boolean {
  const shown = displayPath(file.result.filePath, file.ctx.cwd);
  try {
    write();
    return true;
  } catch (error) {
    const changed = 'it changed on disk while it was being fixed; it was left as it is now';
    if (error instanceof ChangedOnDisk) file.failures.push(`Skipped ${shown}: ${changed}.`);
    else if (error instanceof NotWritable) file.failures.push(`Did not write ${shown}: ${error.message}; it was left unchanged.`);
    else if (isIoError(error)) file.failures.push(`Cannot write ${shown}: ${describeIoError(error)}; it was left unchanged.`);
    else throw error;
    return false;
  }
}

export interface CorpusFindingsOfFile {
  /** sha256 of the bytes the findings came from. */
  digest: string;
  findings: Finding[];
}

/**
 * The corpus rules' findings (cross-file duplicates, name variants) for a list of plain text files,
 * for `fix -i`, which walks files one at a time but must show them too. Each file's findings are kept
 * with a digest of the bytes they came from, to be used only while the file is unchanged.
 */
export function corpusFindingsOf(files: readonly string[], corpusConfig: FileSettings): Map<string, CorpusFindingsOfFile> {
  const found = new Map<string, CorpusFindingsOfFile>();
  const run = new RunContext({ corpus: corpusConfig }).corpus;
  if (!run.active) return found;
  const digests = new Map<string, string>();
  for (const file of files) {
    if (isJsonl(file)) continue;
    try {
      const { bytes, doc } = readTextFile(file);
      if (doc.invalidBytes.length) continue;
      run.collect(doc);
      digests.set(file, contentDigest(bytes));
    } catch {
      // Skipped or unreadable: the file's own turn says why.
    }
  }
  for (const [file, findings] of run.finish()) {
    const digest = digests.get(file);
    if (digest) found.set(file, { digest, findings });
  }
  return found;
}

export function contentDigest(bytes: Uint8Array): string {
  return hexDigest('sha256', bytes);
}
