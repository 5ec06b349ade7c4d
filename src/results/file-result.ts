// A file's result, in ESLint's shape (filePath, messages, counts) plus the excerpts its reporters show:
// what the pipeline hands to reporters, baselines and the cache.
import { compareFindings, SharedValues } from '../kernel/lint.js';
import type { Document, Finding } from '../types.js';
import { ByteColumns, detachFromDocument, excerptKey, lineExcerpt, MAX_EXCERPT, type LineExcerpt } from './excerpts.js';

export { excerptKey, type LineExcerpt } from './excerpts.js';

/**
 * The text of a plain file whose findings stand on a large share of its lines (a million duplicate
 * paragraphs), kept whole instead of one excerpt per line: the excerpts would keep it alive anyway, as
 * slices, and each costs a key, an entry and an object. Plain data, so a worker can send it.
 */
export interface KeptLines {
  text: string;
  lineStarts: Uint32Array;
  /** 1 for each line (0-based) a finding starts or ends on: only those have an excerpt. */
  flagged: Uint8Array;
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
  /** The excerpts of the file's lines of at most MAX_EXCERPT characters, when its text is kept (`excerptAt`). */
  keptLines?: KeptLines;
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

/**
 * The text a finding covers, read back from the excerpts (a finding over several lines: its first
 * line's part, a line break, its last line's part), with up to `context` characters either side.
 * Null when the text is unknown (a JSONL record that was not JSON).
 */
export function flaggedText(result: FileResult, f: Finding, context = 0): { before: string; text: string; after: string } | null {
  const start = excerptAt(result, f);
  const end = excerptAt(result, f, f.endLine);
  if (!start || !end) return null;
  const from = f.column - start.firstColumn;
  const to = f.endColumn - end.firstColumn;
  return {
    before: start.text.slice(Math.max(0, from - context), from),
    text: f.line === f.endLine ? start.text.slice(from, to) : `${start.text.slice(from)}\n${end.text.slice(0, to)}`,
    after: end.text.slice(to, to + context),
  };
}

export function emptyResult(filePath: string): FileResult {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, excerpts: new Map() };
}

export function addFindings(result: FileResult, doc: Document | null, findings: readonly Finding[]): void {
  if (doc) countLanguage(result, doc.language);
  const bytes = new ByteColumns();
  const added: LineExcerpt[] = [];
  const kept = doc && keepsLines(result, doc, findings) ? (result.keptLines ??= keepLines(doc)) : undefined;
  const shared = kept ? new SharedValues() : undefined;
  for (const finding of findings) {
    if (shared) shareRepeatedValues(finding, shared);
    result.messages.push(finding);
    if (finding.severity === 'error') {
      result.errorCount++;
      if (finding.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (finding.fix) result.fixableWarningCount++;
    }
    if (!doc) continue;
    const keepExcerpt = (line: number, from: number, to: number) => {
      if (kept && isShortLine(kept, line)) {
        kept.flagged[line - 1] = 1;
      } else if (!result.excerpts.has(excerptKey(finding, line))) {
        const excerpt = lineExcerpt(doc, line, from, to, bytes);
        result.excerpts.set(excerptKey(finding, line), excerpt);
        added.push(excerpt);
      }
    };
    keepExcerpt(finding.line, finding.start, finding.end);
    keepExcerpt(finding.endLine, finding.end, finding.end);
  }
  if (doc && !kept) detachFromDocument(doc, findings, added);
}

/**
 * The excerpt of `line` (the finding's first line by default) of the finding's document, or undefined
 * when no finding of that document with its text stands on that line.
 */
export function excerptAt(result: FileResult, finding: { record?: number; line: number }, line = finding.line): LineExcerpt | undefined {
  const stored = result.excerpts.get(excerptKey(finding, line));
  const kept = result.keptLines;
  if (stored || !kept || finding.record !== undefined || !kept.flagged[line - 1] || !isShortLine(kept, line)) return stored;
  return { text: kept.text.slice(kept.lineStarts[line - 1], lineEnd(kept, line)), firstColumn: 1, firstByteColumn: 1 };
}

/**
 * Whether the result keeps the text of `doc` rather than excerpts of it: a plain file (one document)
 * whose findings' lines and messages add up to more than a quarter of its text.
 */
function keepsLines(result: FileResult, doc: Document, findings: readonly Finding[]): boolean {
  if (doc.record !== undefined) return false;
  if (result.keptLines) return result.keptLines.text === doc.text;
  if (result.messages.length > 0 || result.excerpts.size > 0) return false;
  let excerpted = 0;
  for (const finding of findings) {
    const line = finding.line;
    const length = (line < doc.lineStarts.length ? doc.lineStarts[line] - 1 : doc.text.length) - doc.lineStarts[line - 1];
    excerpted += Math.min(length, MAX_EXCERPT) + finding.message.length;
    if (excerpted > doc.text.length / 4) return true;
  }
  return false;
}

function keepLines(doc: Document): KeptLines {
  // The document's own line starts when they are already a Uint32Array (they are not changed).
  const lineStarts = doc.lineStarts instanceof Uint32Array ? doc.lineStarts : Uint32Array.from(doc.lineStarts);
  return { text: doc.text, lineStarts, flagged: new Uint8Array(doc.lineStarts.length) };
}

/** The offset where `line` ends, before its "\n" (and a "\r" before that), as lineExcerpt counts it. */
function lineEnd(kept: KeptLines, line: number): number {
  let end = line < kept.lineStarts.length ? kept.lineStarts[line] - 1 : kept.text.length;
  if (kept.text.charCodeAt(end - 1) === 0x0d) end--;
  return end;
}

/** A line that lineExcerpt gives whole: its excerpt is the same whichever finding asked first. */
function isShortLine(kept: KeptLines, line: number): boolean {
  return lineEnd(kept, line) - kept.lineStarts[line - 1] <= MAX_EXCERPT;
}

function shareRepeatedValues(finding: Finding, shared: SharedValues): void {
  finding.message = shared.string(finding.message);
  if (finding.related) finding.related = shared.places(finding.related);
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

export function mergeCorpusFindings(results: FileResult[], byPath: Map<string, Finding[]>): void {
  for (const result of results) {
    const extra = byPath.get(result.filePath);
    if (!extra) continue;
    addFindings(result, null, extra);
    result.messages.sort((a, b) => (a.record ?? 0) - (b.record ?? 0) || compareFindings(a, b));
  }
}
