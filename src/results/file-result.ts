// A file's result, in ESLint's shape (filePath, messages, counts) plus the excerpts its reporters show:
// what the pipeline hands to reporters, baselines and the cache.
import { compareFindings } from '../kernel/lint.js';
import type { Document, Finding } from '../types.js';
import { ByteColumns, detachFromDocument, excerptKey, lineExcerpt, type LineExcerpt } from './excerpts.js';

export { excerptKey, type LineExcerpt } from './excerpts.js';

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

export function emptyResult(filePath: string): FileResult {
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
