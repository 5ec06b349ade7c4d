// The other copy of an in-document duplicate, as a finding's `related` place: reports (html) show the
// two copies side by side from it, without reading the file again.
import type { Document, Paragraph, RelatedPlace } from '../types.js';

/** Enough of a paragraph to see what differs; a longer one is cut (at a whole code point). */
const MAX_RELATED_TEXT = 600;

export function relatedParagraph(doc: Document, paragraph: Paragraph): RelatedPlace {
  const start = doc.positionAt(paragraph.start);
  const end = doc.positionAt(paragraph.end);
  let text = paragraph.text;
  if (text.length > MAX_RELATED_TEXT) {
    const cut = /[\uD800-\uDBFF]/.test(text[MAX_RELATED_TEXT - 1]) ? MAX_RELATED_TEXT - 1 : MAX_RELATED_TEXT;
    text = `${text.slice(0, cut)}…`;
  }
  // Same document, so no filePath nor record (src/types.ts).
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text };
}
