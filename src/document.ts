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

/**
 * Offsets where each line begins. Lines end at "\n"; a "\r" before it stays part of the line's end.
 * A typed array: a million lines cost 4 MB, where an array of numbers cost twice that and more while it grew.
 */
export function findLineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

export function positionAt(lineStarts: ArrayLike<number>, offset: number): { line: number; column: number } {
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
 * A paragraph's span, with its text sliced from the document's only when asked for: a file of a million
 * one-line paragraphs kept a million slices (and each paragraph's own object of three fields) alive for
 * as long as the document lived. One class for every document, so rules reading `start`, `end` and
 * `text` stay monomorphic.
 */
export class ParagraphSpan implements Paragraph {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly source: string,
  ) {}

  /** `doc.text.slice(start, end)`, made at each read: callers that read it often keep it themselves. */
  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  /** What a paragraph was as plain data (`{ start, end, text }`): JSON and test equality see that shape. */
  toJSON(): { start: number; end: number; text: string } {
    return { start: this.start, end: this.end, text: this.text };
  }
}

/**
 * A dump with blank lines between paragraphs splits on blank lines (a wrapped paragraph keeps its
 * line breaks inside); otherwise every line is a paragraph. Each paragraph's span is trimmed of
 * surrounding white space, so a paragraph never starts with indentation or ends with "\r".
 */
export function splitParagraphs(text: string, lineStarts: ArrayLike<number>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blankSeparated = hasBlankLine(text, lineStarts);
  let blockStart = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push(new ParagraphSpan(start, end, text));
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
export function hasBlankLine(text: string, lineStarts: ArrayLike<number>): boolean {
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
