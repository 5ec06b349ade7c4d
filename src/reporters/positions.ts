// Where a finding is, in the terms CI formats use: a path relative to the working folder, a line
// range in the file, and columns in the unit each format counts. Findings count columns in UTF-16
// code units; rdjson counts UTF-8 bytes, which the line excerpts the run keeps make exact.
import path from 'node:path';
import { excerptAt, type FileResult } from '../results/index.js';
import type { Finding } from '../types.js';

export interface Position {
  line: number;
  /** 1-based; absent when it cannot be told (a JSONL record, a line the run kept no excerpt of). */
  column?: number;
}

export interface FileRange {
  start: Position;
  end: Position;
}

/**
 * The path as CI tools want it: relative to `cwd` with forward slashes, or absolute (also with
 * forward slashes) when the file is outside it. Standard input stays `<stdin>`.
 */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  const rel = path.relative(cwd, filePath);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  return (inside ? rel : filePath).split(path.sep).join('/');
}

/**
 * The finding's place in the file, columns in UTF-16 code units. A finding in a JSONL record is
 * placed on the record's line with no columns: its columns count the decoded text, not the JSON
 * line, where escapes (`\n`, `\u00e9`) make them differ. `recordNote` says where in the text it is.
 */
export function fileRange(f: Finding): FileRange {
  if (f.record !== undefined) return { start: { line: f.record }, end: { line: f.record } };
  return { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } };
}

/**
 * The finding's position for the JSON formats, which editors and ESLint formatters read as a place in
 * the file: for a JSONL record, `line`/`column` are the record's line and its start, and the place in
 * the record's text goes beside them (`recordLine`, `recordColumn`, `recordEndLine`, `recordEndColumn`).
 */
export function jsonPosition(f: Finding) {
  if (f.record === undefined) return { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  return {
    line: f.record,
    column: 1,
    endLine: f.record,
    endColumn: 1,
    recordLine: f.line,
    recordColumn: f.column,
    recordEndLine: f.endLine,
    recordEndColumn: f.endColumn,
  };
}

/** For a finding in a JSONL record: where in the record's text it is, to append to the message. */
export function recordNote(f: Finding): string {
  return f.record === undefined ? '' : ` (record text ${f.line}:${f.column})`;
}

/**
 * The same range with columns in UTF-8 bytes. When either column cannot be converted both are
 * dropped, which reviewdog reads as whole lines.
 */
export function utf8Range(result: FileResult, f: Finding): FileRange {
  const startColumn = f.record === undefined ? utf8Column(result, f, f.line, f.column) : undefined;
  const endColumn = f.record === undefined ? utf8Column(result, f, f.endLine, f.endColumn) : undefined;
  if (startColumn === undefined || endColumn === undefined) return withoutColumns(fileRange(f));
  return { start: { line: f.line, column: startColumn }, end: { line: f.endLine, column: endColumn } };
}

function withoutColumns(range: FileRange): FileRange {
  return { start: { line: range.start.line }, end: { line: range.end.line } };
}

/**
 * The UTF-8 byte column of a UTF-16 column on one of the finding's lines, counted from the line's
 * excerpt: `firstByteColumn` is where the excerpt starts, the rest is the excerpt's own bytes.
 */
function utf8Column(result: FileResult, f: Finding, line: number, column: number): number | undefined {
  const excerpt = excerptAt(result, f, line);
  if (!excerpt) return undefined;
  const inExcerpt = column - excerpt.firstColumn;
  if (inExcerpt < 0 || inExcerpt > excerpt.text.length) return undefined;
  return excerpt.firstByteColumn + Buffer.byteLength(excerpt.text.slice(0, inExcerpt), 'utf8');
}

/**
 * The line and UTF-8 byte column of a text offset (a fix's range) that lies on the finding's first
 * or last line, found by its distance from the finding's start or end. An offset on another line (a
 * fix that also takes the line break after a paragraph) cannot be placed without the text.
 */
export function utf8PositionOf(result: FileResult, f: Finding, offset: number): Required<Position> | undefined {
  const anchors = [
    { line: f.line, column: f.column, offset: f.start },
    { line: f.endLine, column: f.endColumn, offset: f.end },
  ];
  for (const anchor of anchors) {
    const column = utf8Column(result, f, anchor.line, anchor.column + (offset - anchor.offset));
    if (column !== undefined) return { line: anchor.line, column };
  }
  return undefined;
}
