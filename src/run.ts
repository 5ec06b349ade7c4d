// The check pipeline: targets → documents → findings, one result per file (ESLint's result shape).
import path from 'node:path';
import { createDocument } from './document.js';
import type { ConfiguredRule } from './engine.js';
import { CorpusRun, compareFindings, lintDocument } from './engine.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { applyFixes } from './fix/apply-fixes.js';
import { fixText, type FixTextResult } from './fix/fix-text.js';
import { ChangedOnDisk, NotWritable, removeStaleTempFiles, replaceFileBytes } from './fix/write-file.js';
import { hexDigest } from './hex-digest.js';
import type { Target } from './input/find-files.js';
import { findStringField, serializeLike } from './input/jsonl-field.js';
import {
  isGzipped,
  isJsonl,
  readFileBytes,
  readJsonlDocuments,
  readTextDocument,
  recordToDocument,
  SkippedFile,
  type SourceEvent,
} from './input/read-sources.js';
import type { Document, Finding, Fix, RuleSettings } from './types.js';
import type { ResultCache } from './cache.js';

/** The text of a line a finding is on, clipped around the finding when the line is very long. */
export interface LineExcerpt {
  text: string;
  /** The 1-based column (UTF-16 code units) of `text[0]` in the real line. */
  firstColumn: number;
  /** The 1-based column of `text[0]` counted in UTF-8 bytes, for formats that count bytes (rdjson). */
  firstByteColumn: number;
}

export interface FileResult {
  filePath: string;
  messages: Finding[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Why the file was not checked (binary, UTF-16), if it was not. */
  skipped?: string;
  /** Excerpts of the lines findings start and end on, keyed by `excerptKey(record, line)`. */
  excerpts: Map<string, LineExcerpt>;
  /** When fixing: the fixed text of the whole file, if any fix went in (ESLint's `output`). */
  output?: string;
  /** When fixing: the text as it was read, for diffs. */
  source?: string;
  /** When fixing: how many fixes went in (or would, with --dry-run); a file that was not written has none. */
  fixCount?: number;
  /**
   * With `fix -`: what standard output gets, the fixed text or the input byte for byte, and why the
   * input went through unchanged when it could not be read as text.
   */
  filtered?: { bytes: Buffer; note?: string };
  /** The main language of the file's documents (ISO 639-1; a JSONL dump: its records' commonest), for reports. */
  language?: string;
  /** How many of the file's documents are in each language. */
  languageCounts?: Record<string, number>;
}

export interface FixMode {
  /** Write fixed files (false for --dry-run and for standard input). */
  write: boolean;
  /** Rule ids allowed to fix (all when absent). */
  fixableRules?: ReadonlySet<string>;
  /** Fixes of corpus rules, by `documentKey`, found by a first pass over every document. */
  corpusFixes?: ReadonlyMap<string, Fix[]>;
}

/** The settings for one file (src/config/file-config.ts). */
export interface FileSettings {
  rules: readonly ConfiguredRule[];
  settings: RuleSettings;
  jsonlTextField: string;
}

export interface RunContext {
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

const MAX_EXCERPT = 400;

export function excerptKey(finding: { record?: number; line: number }, line = finding.line): string {
  return `${finding.record ?? 0}:${line}`;
}

/**
 * The text a finding covers, read back from the excerpts (a finding over several lines: its first
 * line's part, a line break, its last line's part), with up to `context` characters either side.
 * Null when the text is unknown (a JSONL record that was not JSON).
 */
export function flaggedText(result: FileResult, f: Finding, context = 0): { before: string; text: string; after: string } | null {
  const start = result.excerpts.get(excerptKey(f));
  const end = result.excerpts.get(excerptKey(f, f.endLine));
  if (!start || !end) return null;
  const from = f.column - start.firstColumn;
  const to = f.endColumn - end.firstColumn;
  return {
    before: start.text.slice(Math.max(0, from - context), from),
    text: f.line === f.endLine ? start.text.slice(from, to) : `${start.text.slice(from)}\n${end.text.slice(0, to)}`,
    after: end.text.slice(to, to + context),
  };
}

export async function checkTargets(targets: readonly Target[], ctx: RunContext): Promise<RunOutcome> {
  const results: FileResult[] = [];
  const failures: string[] = [];
  const corpus = new CorpusRun(ctx.corpusConfig.rules, ctx.corpusConfig.settings);
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
    const file: FileInHand = { target, result, config, ctx, corpus, failures };
    try {
      if (isJsonl(filePath) && ctx.fix) {
        await fixJsonl(file, target.kind === 'stdin' ? await ctx.readStdin() : readFileBytes(target.path));
      } else if (isJsonl(filePath)) {
        const input = target.kind === 'stdin' ? process.stdin : target.path;
        for await (const event of readJsonlDocuments(input, filePath, config)) {
          handleRecord(event, result, config, corpus);
        }
      } else if (!ctx.fix && !(ctx.cache && target.kind === 'file')) {
        checkDocument(await readDocument(target, result.filePath, ctx), result, config, corpus);
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
  if (corpus.active) mergeCorpusFindings(results, corpus.finish());
  return { results, failures };
}

/** What handling one target needs. */
interface FileInHand {
  target: Exclude<Target, { kind: 'unreadable' }>;
  result: FileResult;
  config: FileSettings;
  ctx: RunContext;
  corpus: CorpusRun;
  failures: string[];
}

/** A plain text file read and decoded: what check, fix and fix -i start from. Throws SkippedFile, I/O errors. */
export function readTextFile(file: string): { bytes: Buffer; doc: Document; bom: boolean } {
  const bytes = readFileBytes(file);
  return { bytes, ...readTextDocument(bytes, file) };
}

/** The findings of one document under the settings of its file, with any words accepted since (fix -i's `w`). */
export function lintWithSettings(doc: Document, config: FileSettings, extraWords: ReadonlySet<string> = new Set()): Finding[] {
  const settings = extraWords.size ? { ...config.settings, words: new Set([...config.settings.words, ...extraWords]) } : config.settings;
  return lintDocument(doc, config.rules, settings);
}

/**
 * A text file's document, for checking alone: its bytes are dropped once decoded, as they are not
 * needed again (a huge file's bytes would add half of its text's size to what the run holds).
 */
async function readDocument(target: FileInHand['target'], filePath: string, ctx: RunContext): Promise<Document> {
  const bytes = target.kind === 'stdin' ? await ctx.readStdin() : readFileBytes(target.path);
  return readTextDocument(bytes, filePath).doc;
}

async function handleTextFile(file: FileInHand, bytes: Buffer): Promise<void> {
  const { target, result, config, ctx, corpus } = file;
  const { doc, bom } = readTextDocument(bytes, result.filePath);
  const filtering = Boolean(ctx.fix) && target.kind === 'stdin';
  if (!ctx.fix) {
    if (ctx.cache && target.kind === 'file') {
      const cached = ctx.cache.lookup(target.path, bytes, config);
      const findings = cached ?? lintWithSettings(doc, config);
      if (!cached) ctx.cache.store(target.path, bytes, config, findings);
      addFindings(result, doc, findings);
      if (corpus.active) corpus.collect(doc);
    } else {
      checkDocument(doc, result, config, corpus);
    }
    return;
  }
  if (doc.invalidBytes.length) {
    // Never rewritten, and as a filter never "repaired" into U+FFFD either: the bytes go through as they came.
    checkDocument(doc, result, config, corpus);
    const note = 'standard input is not valid UTF-8, so it was passed through unchanged, byte for byte.';
    if (filtering) result.filtered = { bytes, note };
    return;
  }
  const fixed = fixDocumentText(doc, config, ctx.fix);
  if (fixed.fixCount === 0) {
    recordFixed(result, doc, fixed, corpus);
    if (filtering) result.filtered = { bytes };
    return;
  }
  const output = encodeText(fixed.output, bom);
  if (target.kind === 'stdin' || !ctx.fix.write) {
    recordFixed(result, doc, fixed, corpus);
    if (filtering) result.filtered = { bytes: output };
    return;
  }
  ctx.cache?.forget(target.path);
  if (writeOrFail(file, () => replaceFileBytes(target.path, bytes, output))) recordFixed(result, doc, fixed, corpus);
  else recordUnfixed(result, doc, fixed, corpus);
}

function encodeText(text: string, bom: boolean): Buffer {
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
}

function checkDocument(doc: Document, result: FileResult, config: FileSettings, corpus: CorpusRun): void {
  addFindings(result, doc, lintWithSettings(doc, config));
  if (corpus.active) corpus.collect(doc);
}

function handleRecord(event: SourceEvent, result: FileResult, config: FileSettings, corpus: CorpusRun): void {
  if (event.kind === 'bad-record') {
    addFindings(result, null, [
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
    checkDocument(event.doc, result, config, corpus);
  }
}

/** Records a document's fixing as done (or, for --dry-run, as it would be): what is left, and how many fixes. */
function recordFixed(result: FileResult, doc: Document, fixed: FixTextResult, corpus: CorpusRun): void {
  const fixedDoc = fixed.fixCount > 0 ? createDocument({ text: fixed.output, path: doc.path, record: doc.record }) : doc;
  addFindings(result, fixedDoc, fixed.remaining);
  if (corpus.active) corpus.collect(fixedDoc);
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
function fixDocumentText(doc: Document, config: FileSettings, fix: FixMode): FixTextResult {
  const options = { path: doc.path, record: doc.record, rules: config.rules, settings: config.settings, fixableRules: fix.fixableRules };
  const corpusFixed = applyCorpusFixes(doc, fix);
  if (!corpusFixed) return fixText(doc.text, options);
  const fixed = fixText(corpusFixed.text, options);
  return { ...fixed, fixCount: fixed.fixCount + corpusFixed.count, initial: lintWithSettings(doc, config) };
}

/** Whether a corpus rule may fix in this run: its fixes need a first pass over every document. */
export function corpusRulesThatFix(ctx: RunContext): ConfiguredRule[] {
  const allowed = ctx.fix?.fixableRules;
  if (!ctx.fix) return [];
  return ctx.corpusConfig.rules.filter(
    ({ rule, options }) => rule.scope === 'corpus' && rule.fixable && options.fix === true && (!allowed || allowed.has(rule.id)),
  );
}

/**
 * The fixes corpus rules offer when they are set to fix (`"fix": true` in their options): a first
 * pass reads every document for those rules alone. Undefined when no corpus rule may fix.
 */
async function collectCorpusFixes(targets: readonly Target[], ctx: RunContext): Promise<Map<string, Fix[]> | undefined> {
  const fixing = corpusRulesThatFix(ctx);
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

function documentKey(filePath: string, record: number | undefined): string {
  return `${filePath}\u0000${record ?? 0}`;
}

/** The text with its corpus fixes applied (before the rules' own fixes), or null when it has none. */
function applyCorpusFixes(doc: Document, fix: FixMode): { text: string; count: number } | null {
  const fixes = fix.corpusFixes?.get(documentKey(doc.path, doc.record));
  if (!fixes?.length) return null;
  const { output, applied } = applyFixes(doc.text, fixes);
  // A document made only of other documents' paragraphs and the site's lines is a duplicate to
  // report, not a text to empty: the corpus owner decides (copydesk dedup --drop-list).
  if (applied.length === 0 || !/[\p{L}\p{N}]/u.test(output)) return null;
  return { text: output, count: applied.length };
}

/** Records a document whose fixes could not be written: its findings are those of the text as it is. */
function recordUnfixed(result: FileResult, doc: Document, fixed: FixTextResult, corpus: CorpusRun): void {
  addFindings(result, doc, fixed.initial);
  if (corpus.active) corpus.collect(doc);
}

type JsonlItem = { kind: 'bad'; event: SourceEvent } | { kind: 'record'; doc: Document; fixed: FixTextResult | null };

/**
 * Fixes each record's text field and puts it back: only that field's string literal is rewritten
 * (src/input/jsonl-field.ts), so no other field or spacing on the line changes, and a line that is not
 * fixed keeps its bytes exactly. A gzipped dump is written back gzipped.
 */
async function fixJsonl(file: FileInHand, bytes: Buffer): Promise<void> {
  const { target, result, config, ctx, corpus } = file;
  const gzipped = isGzipped(result.filePath);
  const plain = gzipped ? gunzipSync(bytes) : bytes;
  const lines = splitAtLineFeeds(plain);
  const items: JsonlItem[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const event = recordToDocument(lines[i], i + 1, result.filePath, config);
    if (!event) continue;
    if (event.kind === 'bad-record') {
      items.push({ kind: 'bad', event });
      continue;
    }
    const { doc } = event;
    const text = lines[i].toString('utf8');
    const bom = i === 0 && text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const line = text.slice(bom.length);
    const literal = findStringField(line, config.jsonlTextField);
    // The literal found must be the one JSON.parse read (with a key given twice, the last one wins).
    if (literal === null || JSON.parse(line.slice(literal[0], literal[1])) !== doc.text) {
      items.push({ kind: 'record', doc, fixed: null });
      continue;
    }
    const fixed = fixDocumentText(doc, config, ctx.fix!);
    items.push({ kind: 'record', doc, fixed });
    if (fixed.fixCount === 0) continue;
    const replacement = serializeLike(fixed.output, line.slice(literal[0], literal[1]));
    lines[i] = Buffer.from(bom + line.slice(0, literal[0]) + replacement + line.slice(literal[1]), 'utf8');
    changed = true;
  }
  const output = changed ? joinLines(lines) : plain;
  let fixesHold = true;
  if (changed && ctx.fix?.write && target.kind === 'file') {
    fixesHold = writeOrFail(file, () => replaceFileBytes(target.path, bytes, gzipped ? gzipSync(output) : output));
  }
  for (const item of items) {
    if (item.kind === 'bad') handleRecord(item.event, result, config, corpus);
    else if (item.fixed && fixesHold) recordFixed(result, item.doc, item.fixed, corpus);
    else if (item.fixed) recordUnfixed(result, item.doc, item.fixed, corpus);
    else checkDocument(item.doc, result, config, corpus);
  }
  if (target.kind === 'stdin') result.filtered = { bytes: !changed ? bytes : gzipped ? gzipSync(output) : output };
  if (changed && fixesHold) {
    result.source = plain.toString('utf8');
    result.output = output.toString('utf8');
  }
}

/** The lines of a JSONL file as bytes, without their LF (a CR stays at the end of its line). */
function splitAtLineFeeds(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let from = 0;
  for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, from)) {
    lines.push(bytes.subarray(from, nl));
    from = nl + 1;
  }
  lines.push(bytes.subarray(from));
  return lines;
}

function joinLines(lines: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [];
  lines.forEach((line, i) => parts.push(...(i === 0 ? [line] : [LINE_FEED, line])));
  return Buffer.concat(parts);
}

const LINE_FEED = Buffer.from('\n');

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
  const run = new CorpusRun(corpusConfig.rules, corpusConfig.settings);
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

function emptyResult(filePath: string): FileResult {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, excerpts: new Map() };
}

export function addFindings(result: FileResult, doc: Document | null, findings: readonly Finding[]): void {
  if (doc) countLanguage(result, doc.language);
  const bytes = new ByteColumns();
  const added: LineExcerpt[] = [];
  for (const finding of findings) {
    result.messages.push(finding);
    if (finding.severity === 'error') {
      result.errorCount++;
      if (finding.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (finding.fix) result.fixableWarningCount++;
    }
    if (!doc) continue;
    if (!result.excerpts.has(excerptKey(finding))) {
      const excerpt = lineExcerpt(doc, finding.line, finding.start, finding.end, bytes);
      result.excerpts.set(excerptKey(finding), excerpt);
      added.push(excerpt);
    }
    if (!result.excerpts.has(excerptKey(finding, finding.endLine))) {
      const excerpt = lineExcerpt(doc, finding.endLine, finding.end, finding.end, bytes);
      result.excerpts.set(excerptKey(finding, finding.endLine), excerpt);
      added.push(excerpt);
    }
  }
  if (doc) detachFromDocument(doc, findings, added);
}

/**
 * A result outlives its document, but the excerpts and related texts are slices of the document's
 * text, and V8 keeps a whole string alive for any slice of it (of 13 or more characters): 16k files
 * with a finding each kept all 100 MB of their texts. Copies free the texts. A document whose
 * excerpts are a large share of its text (a million findings in one file) keeps its slices instead:
 * they cost less than copies.
 */
function detachFromDocument(doc: Document, findings: readonly Finding[], excerpts: LineExcerpt[]): void {
  let copied = 0;
  for (const excerpt of excerpts) copied += excerpt.text.length;
  for (const finding of findings)
    copied += finding.message.length + (finding.related?.reduce((n, place) => n + (place.text?.length ?? 0), 0) ?? 0);
  if (copied > doc.text.length / 4) return;
  for (const excerpt of excerpts) excerpt.text = flatCopy(excerpt.text);
  for (const finding of findings) {
    // A message made with a template literal may be a chain of pieces of the text until it is read.
    finding.message = flatCopy(finding.message);
    for (const place of finding.related ?? []) if (place.text !== undefined) place.text = flatCopy(place.text);
    if (finding.fix) finding.fix.text = flatCopy(finding.fix.text);
    for (const suggestion of finding.suggestions ?? []) {
      suggestion.desc = flatCopy(suggestion.desc);
      suggestion.fix.text = flatCopy(suggestion.fix.text);
    }
  }
}

/** Counts a document's language for its file, the commonest (then the first in code order) standing for the file. */
function countLanguage(result: FileResult, language: string): void {
  const counts = (result.languageCounts ??= {});
  counts[language] = (counts[language] ?? 0) + 1;
  const current = result.language;
  if (current === undefined || counts[language] > counts[current] || (counts[language] === counts[current] && language < current)) {
    result.language = language;
  }
}

/** A string of its own, code unit for code unit (a lone surrogate included), sharing nothing. */
function flatCopy(text: string): string {
  return text.length < MIN_SLICED_STRING_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** V8 copies a shorter slice of a string anyway. */
const MIN_SLICED_STRING_LENGTH = 13;

/** The line `line` of doc, clipped to a window around [start, end) when it is very long. */
function lineExcerpt(doc: Document, line: number, start: number, end: number, bytes: ByteColumns): LineExcerpt {
  const lineStart = doc.lineStarts[line - 1];
  let lineEnd = line < doc.lineStarts.length ? doc.lineStarts[line] - 1 : doc.text.length;
  if (doc.text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
  if (lineEnd - lineStart <= MAX_EXCERPT) return { text: doc.text.slice(lineStart, lineEnd), firstColumn: 1, firstByteColumn: 1 };
  const from = Math.max(lineStart, Math.min(start, lineEnd) - MAX_EXCERPT / 2);
  const to = Math.min(lineEnd, Math.max(from + MAX_EXCERPT, Math.min(end, from + 2 * MAX_EXCERPT)));
  const firstByteColumn = bytes.between(doc.text, lineStart, from) + 1;
  return { text: doc.text.slice(from, to), firstColumn: from - lineStart + 1, firstByteColumn };
}

/**
 * UTF-8 lengths of line prefixes. Findings come in order, so on a 50 MB single line each length
 * extends the previous one instead of counting from the line's start again.
 */
class ByteColumns {
  private lineStart = -1;
  private offset = 0;
  private bytes = 0;

  between(text: string, lineStart: number, to: number): number {
    if (lineStart !== this.lineStart || to < this.offset) {
      this.lineStart = lineStart;
      this.offset = lineStart;
      this.bytes = 0;
    }
    this.bytes += Buffer.byteLength(text.slice(this.offset, to), 'utf8');
    this.offset = to;
    return this.bytes;
  }
}

export function mergeCorpusFindings(results: FileResult[], byPath: Map<string, Finding[]>): void {
  for (const result of results) {
    const extra = byPath.get(result.filePath);
    if (!extra) continue;
    addFindings(result, null, extra);
    result.messages.sort((a, b) => (a.record ?? 0) - (b.record ?? 0) || compareFindings(a, b));
  }
}

function isIoError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

const IO_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'its name is longer than the system allows',
  ELOOP: 'too many symbolic links',
  ENOTDIR: 'a part of its path is not a folder',
  ERR_FS_FILE_TOO_LARGE: 'file is too large to read at once (over 2 GiB)',
  Z_DATA_ERROR: 'it is not valid gzip data',
  Z_BUF_ERROR: 'its gzip data is cut short',
};

function describeIoError(error: NodeJS.ErrnoException): string {
  return IO_ERRORS[error.code ?? ''] ?? error.code ?? error.message;
}

export function displayPath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  const rel = path.relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
}
