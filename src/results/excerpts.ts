// Excerpts: the text of the lines findings stand on, kept with a file's result so that reporters can
// show the flagged characters after the document itself is gone.
import type { Document, Finding } from '../types.js';

/** The text of a line a finding is on, clipped around the finding when the line is very long. */
export interface LineExcerpt {
  text: string;
  /** The 1-based column (UTF-16 code units) of `text[0]` in the real line. */
  firstColumn: number;
  /** The 1-based column of `text[0]` counted in UTF-8 bytes, for formats that count bytes (rdjson). */
  firstByteColumn: number;
}

/** Lines longer than this are clipped around the finding that first asked for them. */
export const MAX_EXCERPT = 400;

export function excerptKey(finding: { record?: number; line: number }, line = finding.line): string {
  return `${finding.record ?? 0}:${line}`;
}

/**
 * A result outlives its document, but the excerpts and related texts are slices of the document's
 * text, and V8 keeps a whole string alive for any slice of it (of 13 or more characters): 16k files
 * with a finding each kept all 100 MB of their texts. Copies free the texts. A document whose
 * excerpts are a large share of its text (a million findings in one file) keeps its slices instead:
 * they cost less than copies.
 */
export function detachFromDocument(doc: Document, findings: readonly Finding[], excerpts: LineExcerpt[]): void {
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

/** A string of its own, code unit for code unit (a lone surrogate included), sharing nothing. */
function flatCopy(text: string): string {
  return text.length < MIN_SLICED_STRING_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** V8 copies a shorter slice of a string anyway. */
const MIN_SLICED_STRING_LENGTH = 13;

/** The line `line` of doc, clipped to a window around [start, end) when it is very long. */
export function lineExcerpt(doc: Document, line: number, start: number, end: number, bytes: ByteColumns): LineExcerpt {
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
export class ByteColumns {
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
