// Builds the immutable Document every rule reads: text, line starts and paragraphs; its languages are
// found on first use (only runs with an English-only rule on ask) and kept with the document, and so
// are its text layer's words and sentences: tokenized once, on the first rule's question, for all.
import { findDocumentLanguages, type DocumentLanguages } from './language/document-languages.js';
import type { Document, InvalidByteRun, Paragraph } from './types.js';
import { findDocumentWords, type DocumentWords } from './text/document-words.js';
import { paragraphKinds, type ParagraphKind } from './text/paragraph-kinds.js';
import { findDocumentSentences, type DocumentSentences } from './text/sentences.js';

export interface DocumentInit {
  text: string;
  path: string;
  record?: number;
  invalidBytes?: InvalidByteRun[];
}

export function createDocument(init: DocumentInit): Document {
  const { text } = init;
  const lineStarts = findLineStarts(text);
  const paragraphs = splitParagraphs(text, lineStarts);
  let languages: DocumentLanguages | undefined;
  const findLanguages = () => (languages ??= findDocumentLanguages(text, paragraphs));
  // Classified paragraph by paragraph as rules ask, once for every rule that asks.
  let kindAt: ((index: number) => ParagraphKind) | undefined;
  let words: DocumentWords | undefined;
  let sentences: DocumentSentences | undefined;
  const findWords = () => (words ??= findDocumentWords(text));
  return Object.freeze({
    text,
    path: init.path,
    record: init.record,
    lineStarts,
    paragraphs,
    invalidBytes: init.invalidBytes ?? [],
    positionAt: (offset: number) => positionAt(lineStarts, offset),
    get language() {
      return findLanguages().language;
    },
    languageAt: (offset: number) => {
      const found = findLanguages();
      const index = paragraphAt(paragraphs, offset);
      return index < 0 ? found.language : found.paragraphLanguage(index);
    },
    get words() {
      return findWords();
    },
    get sentences() {
      return (sentences ??= findDocumentSentences(text, paragraphs, findWords()));
    },
    paragraphKind: (index: number) => (kindAt ??= paragraphKinds(paragraphs.length, (i) => paragraphs[i].text))(index),
  });
}

/** The index of the paragraph that holds `offset`, or -1 when it falls between paragraphs. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end <= offset) lo = mid + 1;
    else if (paragraphs[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Offsets where each line begins. Lines end at "\n"; a "\r" before it stays part of the line's end. */
export function findLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

/**
 * A dump with blank lines between paragraphs splits on blank lines (a wrapped paragraph keeps its
 * line breaks inside); otherwise every line is a paragraph. Each paragraph's span is trimmed of
 * surrounding white space, so a paragraph never starts with indentation or ends with "\r".
 */
export function splitParagraphs(text: string, lineStarts: readonly number[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blankSeparated = hasBlankLine(text, lineStarts);
  let blockStart = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end, text: text.slice(start, end) });
  };
  for (let i = 0; i < lineStarts.length; i++) {
    const lineStart = lineStarts[i];
    const lineEnd = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
    if (!blankSeparated) {
      push(lineStart, lineEnd);
    } else if (isBlank(text, lineStart, lineEnd)) {
      push(blockStart, lineStart);
      blockStart = lineEnd + 1;
    }
  }
  if (blankSeparated) push(blockStart, text.length);
  return paragraphs;
}

/**
 * Whether a line break is followed by a blank line that another line break ends (what
 * /\n[ \t\r\f\v\u00a0]*\r?\n/ matches): a walk over the lines, which stops at the first character of
 * most lines, where the regular expression tried every line break of a text without blank lines.
 */
export function hasBlankLine(text: string, lineStarts: readonly number[]): boolean {
  // The line after the last break ends the text, not at a break.
  for (let line = 1; line + 1 < lineStarts.length; line++) {
    let i = lineStarts[line];
    const end = lineStarts[line + 1] - 1;
    while (i < end && isBlankLineSpace(text.charCodeAt(i))) i++;
    if (i === end) return true;
  }
  return false;
}

/** What a blank line may hold: space, tab, CR, FF, VT and NBSP (no other line break: those end lines of their own). */
function isBlankLineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x0b || code === 0xa0;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** ASCII white space and NBSP: what may surround a paragraph without being part of it. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
}
