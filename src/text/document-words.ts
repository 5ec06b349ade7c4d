// The words of a whole document, found once (src/text/word-spans.ts) and kept as three parallel typed
// arrays: each word's start, end and flags. Built on the first rule's question and shared by every
// rule after it, so a document is tokenized once however many rules walk its words; no string or
// object is made per word (9 bytes a word; a rule slices the few words it reports).
//
// Words never cross a paragraph's edge (paragraphs are split at line breaks, which separate words),
// so the words of a paragraph are a run of indexes: `indexAtOrAfter(paragraph.start)` up to
// `indexAtOrAfter(paragraph.end)`.

import { classAt, INVISIBLE, SEPARATOR, WORD_CHARACTER } from './char-classes.js';

export interface DocumentWords {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** The word's char-classes bits ORed (LETTER, DIGIT, APOSTROPHE, INVISIBLE…): see WordSpans.flags. */
  readonly flags: Uint8Array;
  /** The index of the first word that starts at or after `offset` (`count` when there is none). */
  indexAtOrAfter(offset: number): number;
  /** Whether a hyphen joins the word to the next one, as in a compound: "Boutros-Ghali", "non-bank". */
  isHyphenatedToNext(index: number): boolean;
  /** How many words lie in text[start, end) (a paragraph's range: no word crosses its edges). */
  countIn(start: number, end: number): number;
  /** The word as written. */
  textOf(index: number): string;
}

export function findDocumentWords(text: string): DocumentWords {
  // News text has about one word in six code units: the arrays start at one in five and grow when
  // needed (a text has at most (length + 1) / 2 words).
  const length = text.length;
  let capacity = 16 + ((length / 5) | 0);
  let starts: Uint32Array = new Uint32Array(capacity);
  let ends: Uint32Array = new Uint32Array(capacity);
  let flags: Uint8Array = new Uint8Array(capacity);
  let count = 0;
  // The walk of WordSpans.next, inlined (this loop runs over every code unit of every document; the
  // calls through a WordSpans cost a third more): test/word-spans.test.ts holds the two to the same words.
  let i = 0;
  for (;;) {
    let cls = SEPARATOR;
    while (i < length && ((cls = classAt(text, i)) & WORD_CHARACTER) === 0) i++;
    if (i >= length) break;
    const start = i;
    let wordFlags = cls;
    for (;;) {
      i++;
      while (i < length && ((cls = classAt(text, i)) & WORD_CHARACTER) !== 0) {
        wordFlags |= cls;
        i++;
      }
      if (i >= length || cls === SEPARATOR) break;
      let j = i + 1;
      if (cls === INVISIBLE) while (j < length && classAt(text, j) === INVISIBLE) j++;
      if (j >= length || (classAt(text, j) & WORD_CHARACTER) === 0) break;
      wordFlags |= cls;
      i = j;
    }
    if (count === capacity) {
      capacity = Math.min(capacity * 2, 16 + ((length / 2) | 0));
      starts = grownUint32(starts, capacity);
      ends = grownUint32(ends, capacity);
      const grownFlags = new Uint8Array(capacity);
      grownFlags.set(flags);
      flags = grownFlags;
    }
    starts[count] = start;
    ends[count] = i;
    flags[count] = wordFlags;
    count++;
  }
  return new WordIndex(text, count, starts.subarray(0, count), ends.subarray(0, count), flags.subarray(0, count));
}

/** Hyphen-minus, hyphen and non-breaking hyphen: the marks that glue a compound's words. */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function grownUint32(from: Uint32Array, capacity: number): Uint32Array {
  const to = new Uint32Array(capacity);
  to.set(from);
  return to;
}

class WordIndex implements DocumentWords {
  constructor(
    private readonly text: string,
    readonly count: number,
    readonly starts: Uint32Array,
    readonly ends: Uint32Array,
    readonly flags: Uint8Array,
  ) {}

  indexAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isHyphenatedToNext(index: number): boolean {
    const end = this.ends[index];
    return index + 1 < this.count && this.starts[index + 1] === end + 1 && isHyphen(this.text.charCodeAt(end));
  }

  countIn(start: number, end: number): number {
    return this.indexAtOrAfter(end) - this.indexAtOrAfter(start);
  }

  textOf(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index]);
  }
}
