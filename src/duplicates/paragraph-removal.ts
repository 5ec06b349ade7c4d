// Deleting a repeated paragraph takes its whole lines and one separator with it, so the dump keeps
// its shape: no blank line, stray indentation or trailing spaces are left where the copy was, in a
// one-paragraph-per-line dump or a blank-line-separated one, with "\n" or "\r\n".
import type { Document } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

/** The span that deletes one paragraph (a suggestion's span): `removalRanges` of it alone, with no map made. */
export function paragraphRemovalRange(doc: Document, index: number): Span {
  const { paragraphs, text } = doc;
  if (index < paragraphs.length - 1) {
    const start = Math.max(lineStartOf(doc, paragraphs[index].start), text.charCodeAt(0) === 0xfeff ? 1 : 0);
    return { start, end: lineStartOf(doc, paragraphs[index + 1].start) };
  }
  return { start: lineBreakAfter(doc, paragraphs[index - 1].end), end: lineBreakAfter(doc, paragraphs[index].end) };
}

/**
 * The spans that delete the given paragraphs (sorted indices; never all of them). A paragraph takes
 * its lines and the line break (or blank lines) after it; in the run of deleted paragraphs that ends
 * the document, each takes the line break before it instead, which keeps the file's final newline.
 * The spans never overlap, so one fix pass applies them all, and each is right on its own too.
 */
export function removalRanges(doc: Document, removed: readonly number[]): Map<number, Span> {
  const { paragraphs, text } = doc;
  const ranges = new Map<number, Span>();
  const removedSet = new Set(removed);
  let trailingRunStart = paragraphs.length;
  while (trailingRunStart > 0 && removedSet.has(trailingRunStart - 1)) trailingRunStart--;
  for (const index of removed) {
    const paragraph = paragraphs[index];
    if (index < trailingRunStart) {
      // A byte-order mark is not the first line's to take along.
      const start = Math.max(lineStartOf(doc, paragraph.start), text.charCodeAt(0) === 0xfeff ? 1 : 0);
      ranges.set(index, { start, end: lineStartOf(doc, paragraphs[index + 1].start) });
    } else {
      ranges.set(index, { start: lineBreakAfter(doc, paragraphs[index - 1].end), end: lineBreakAfter(doc, paragraph.end) });
    }
  }
  return ranges;
}

function lineStartOf(doc: Document, offset: number): number {
  return doc.lineStarts[doc.positionAt(offset).line - 1];
}

/** Offset of the line break ("\n" or "\r\n") ending the line that holds `offset`, or the text's end. */
function lineBreakAfter(doc: Document, offset: number): number {
  const line = doc.positionAt(offset).line;
  if (line >= doc.lineStarts.length) return doc.text.length;
  const newline = doc.lineStarts[line] - 1;
  return doc.text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
}
