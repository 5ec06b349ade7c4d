// What an English-only corpus rule collects from a document: the document itself when every paragraph
// is English, else a copy in which each paragraph in another language is blotted out character for
// character (so every offset, line and column stays as it was). name-variant counts the capitalised
// words of every document; a French quotation's names and words are not evidence about English spelling.
import { createDocument } from '../document.js';
import type { Document } from '../types.js';

/**
 * Stands in for each character of a paragraph in another language: no word, and not white space, which
 * would make a blank line and change how the copy splits into paragraphs.
 */
const BLOT = '.';

export function englishView(doc: Document): Document {
  const foreign = doc.paragraphs.filter((p) => doc.languageAt(p.start) !== 'en');
  if (foreign.length === 0) return doc;
  let text = '';
  let at = 0;
  for (const p of foreign) {
    text += doc.text.slice(at, p.start) + doc.text.slice(p.start, p.end).replace(/[^\r\n]/g, BLOT);
    at = p.end;
  }
  text += doc.text.slice(at);
  return createDocument({ text, path: doc.path, record: doc.record, invalidBytes: [...doc.invalidBytes] });
}
