// The check pipeline: targets → documents → findings, one result per file (ESLint's result shape).
import path from 'node:path';
import { createDocument } from './document.js';
import type { ConfiguredRule } from './engine.js';
import { CorpusRun, compareFindings, lintDocument } from './engine.js';
import { applyFixes } from './fix/apply-fixes.js';
import { fixText } from './fix/fix-text.js';
import { ChangedOnDisk, writeFixedFile } from './fix/write-file.js';
import type { Target } from './input/find-files.js';
import { findStringField, serializeLike } from './input/jsonl-field.js';
import { isJsonl, readFileBytes, readJsonlDocuments, readTextDocument, recordToDocument, SkippedFile, type SourceEvent } from './input/read-sources.js';
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
  /** When fixing: how many fixes went in. */
  fixCount?: number;
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
  // Corpus rules that may fix (boilerplate lines) know what to fix only once every document is read.
  const corpusFixes = ctx.fix ? await collectCorpusFixes(targets, ctx) : undefined;
  if (ctx.fix && corpusFixes) ctx = { ...ctx, fix: { ...ctx.fix, corpusFixes } };
  for (const target of targets) {
    const filePath = target.kind === 'stdin' ? (ctx.stdinFilename ? path.resolve(ctx.cwd, ctx.stdinFilename) : '<stdin>') : target.path;
    const result = emptyResult(filePath);
    const config = ctx.configFor(target.kind === 'stdin' && !ctx.stdinFilename ? path.join(ctx.cwd, '<stdin>') : filePath);
    try {
      if (isJsonl(filePath) && ctx.fix) {
        const bytes = target.kind === 'stdin' ? await ctx.readStdin() : readFileBytes(target.path);
        await fixJsonl(bytes, target, result, config, ctx, corpus, failures);
      } else if (isJsonl(filePath)) {
        const input = target.kind === 'stdin' ? process.stdin : target.path;
        for await (const event of readJsonlDocuments(input, filePath, config)) {
          handleRecord(event, result, config, corpus);
        }
      } else {
        const bytes = target.kind === 'stdin' ? await ctx.readStdin() : readFileBytes(target.path);
        const { doc, bom } = readTextDocument(bytes, filePath);
        if (ctx.fix && doc.invalidBytes.length === 0) {
          const output = fixDocument(doc, result, config, ctx.fix, corpus);
          if (output !== null && ctx.fix.write && target.kind === 'file') {
            ctx.cache?.forget(target.path);
            await writeOrFail(target.path, bytes, output, bom, failures, ctx.cwd);
          }
        } else if (ctx.cache && target.kind === 'file') {
          const cached = ctx.cache.lookup(target.path, bytes, config);
          const findings = cached ?? lintDocument(doc, config.rules, config.settings);
          if (!cached) ctx.cache.store(target.path, bytes, config, findings);
          addFindings(result, doc, findings);
          if (corpus.active) corpus.collect(doc);
        } else {
          checkDocument(doc, result, config, corpus);
        }
      }
    } catch (error) {
      if (error instanceof SkippedFile) {
        result.skipped = error.message;
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

function checkDocument(doc: Document, result: FileResult, config: FileSettings, corpus: CorpusRun): void {
  addFindings(result, doc, lintDocument(doc, config.rules, config.settings));
  if (corpus.active) corpus.collect(doc);
}

function handleRecord(event: SourceEvent, result: FileResult, config: FileSettings, corpus: CorpusRun): void {
  if (event.kind === 'bad-record') {
    addFindings(result, null, [{ ruleId: 'encoding', severity: 'error', message: event.message, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, record: event.record }]);
  } else {
    checkDocument(event.doc, result, config, corpus);
  }
}

/** Fixes one document; records what is left. Returns the fixed text, or null when nothing changed. */
function fixDocument(doc: Document, result: FileResult, config: FileSettings, fix: FixMode | undefined, corpus: CorpusRun): string | null {
  const corpusFixed = applyCorpusFixes(doc, fix);
  if (corpusFixed) doc = corpusFixed.doc;
  const fixed = fixText(doc.text, { path: doc.path, record: doc.record, rules: config.rules, settings: config.settings, fixableRules: fix?.fixableRules });
  const fixedDoc = fixed.fixCount > 0 ? createDocument({ text: fixed.output, path: doc.path, record: doc.record }) : doc;
  addFindings(result, fixedDoc, fixed.remaining);
  if (corpus.active) corpus.collect(fixedDoc);
  const fixCount = fixed.fixCount + (corpusFixed?.count ?? 0);
  if (fixCount === 0) return null;
  result.fixCount = (result.fixCount ?? 0) + fixCount;
  if (corpusFixed) doc = corpusFixed.original;
  if (doc.record === undefined) {
    result.source = doc.text;
    result.output = fixed.output;
  }
  return fixed.output;
}

/**
 * The fixes corpus rules offer when they are set to fix (`"fix": true` in their options): a first
 * pass reads every document for those rules alone. Undefined when no corpus rule may fix.
 */
async function collectCorpusFixes(targets: readonly Target[], ctx: RunContext): Promise<Map<string, Fix[]> | undefined> {
  const allowed = ctx.fix?.fixableRules;
  const fixing = ctx.corpusConfig.rules.filter(({ rule, options }) => rule.scope === 'corpus' && rule.fixable && options.fix === true && (!allowed || allowed.has(rule.id)));
  if (fixing.length === 0) return undefined;
  // Standard input is read once, by the fixing pass; its document is only counted there.
  const { results } = await checkTargets(targets.filter((t) => t.kind === 'file'), {
    ...ctx,
    configFor: (file) => ({ ...ctx.configFor(file), rules: [] }),
    corpusConfig: { ...ctx.corpusConfig, rules: fixing },
    fix: undefined,
    cache: undefined,
    onFileDone: undefined,
  });
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

/** The document with its corpus fixes applied (before the rules' own fixes), or null when it has none. */
function applyCorpusFixes(doc: Document, fix: FixMode | undefined): { doc: Document; original: Document; count: number } | null {
  const fixes = fix?.corpusFixes?.get(documentKey(doc.path, doc.record));
  if (!fixes?.length) return null;
  const { output, applied } = applyFixes(doc.text, fixes);
  // A document made only of other documents' paragraphs and the site's lines is a duplicate to
  // report, not a text to empty: the corpus owner decides (copydesk dedup --drop-list).
  if (applied.length === 0 || !/[\p{L}\p{N}]/u.test(output)) return null;
  return { doc: createDocument({ text: output, path: doc.path, record: doc.record }), original: doc, count: applied.length };
}

/**
 * Fixes each record's text field and puts it back: only that field's string literal is rewritten
 * (src/input/jsonl-field.ts), so no other field, escape or spacing on the line changes.
 */
async function fixJsonl(bytes: Buffer, target: Target, result: FileResult, config: FileSettings, ctx: RunContext, corpus: CorpusRun, failures: string[]): Promise<void> {
  const source = bytes.toString('utf8');
  const lines = source.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const event = recordToDocument(Buffer.from(line, 'utf8'), i + 1, result.filePath, config);
    if (!event || event.kind === 'bad-record' || !event.json) {
      if (event) handleRecord(event, result, config, corpus);
      continue;
    }
    const literal = findStringField(line, config.jsonlTextField);
    const fixable = literal !== null && JSON.parse(line.slice(literal[0], literal[1])) === event.doc.text;
    if (!fixable) {
      checkDocument(event.doc, result, config, corpus);
      continue;
    }
    const output = fixDocument(event.doc, result, config, ctx.fix, corpus);
    if (output === null) continue;
    const replacement = serializeLike(output, line.slice(literal[0], literal[1]), event.doc.text);
    if (replacement === null) continue;
    lines[i] = line.slice(0, literal[0]) + replacement + line.slice(literal[1]);
    changed = true;
  }
  if (!changed) return;
  result.source = source;
  result.output = lines.join('\n');
  if (ctx.fix?.write && target.kind === 'file') await writeOrFail(target.path, bytes, result.output, false, failures, ctx.cwd);
}

async function writeOrFail(file: string, bytes: Buffer, output: string, bom: boolean, failures: string[], cwd: string): Promise<void> {
  try {
    await writeFixedFile(file, bytes, output, bom);
  } catch (error) {
    if (error instanceof ChangedOnDisk) failures.push(`Skipped ${displayPath(file, cwd)}: it changed on disk while it was being fixed.`);
    else if (isIoError(error)) failures.push(`Cannot write ${displayPath(file, cwd)}: ${describeIoError(error)}; it was left unchanged.`);
    else throw error;
  }
}

function emptyResult(filePath: string): FileResult {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, excerpts: new Map() };
}

export function addFindings(result: FileResult, doc: Document | null, findings: readonly Finding[]): void {
  const bytes = new ByteColumns();
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
    if (!result.excerpts.has(excerptKey(finding))) result.excerpts.set(excerptKey(finding), lineExcerpt(doc, finding.line, finding.start, finding.end, bytes));
    if (!result.excerpts.has(excerptKey(finding, finding.endLine))) {
      result.excerpts.set(excerptKey(finding, finding.endLine), lineExcerpt(doc, finding.endLine, finding.end, finding.end, bytes));
    }
  }
}

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

function mergeCorpusFindings(results: FileResult[], byPath: Map<string, Finding[]>): void {
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
  ERR_FS_FILE_TOO_LARGE: 'file is too large to read at once (over 2 GiB)',
};

function describeIoError(error: NodeJS.ErrnoException): string {
  return IO_ERRORS[error.code ?? ''] ?? error.code ?? error.message;
}

export function displayPath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  const rel = path.relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
}
