// The words of a whole document, found once (src/text/word-spans.ts) and kept as three parallel typed
// arrays: each word's start, end and flags. Built on the first rule's question and shared by every
// rule after it, so a document is tokenized once however many rules walk its words; no string or
// object is made per word (9 bytes a word; a rule slices the few words it reports).
//
// Words never cross a paragraph's edge (paragraphs are split at line breaks, which separate words),
// so the words of a paragraph are a run of indexes: `indexAtOrAfter(paragraph.start)` up to
// `indexAtOrAfter(paragraph.end)`.

import { classAt, WORD_CHARACTER } from './char-classes.js';
import { WordSpans } from './word-spans.js';

/** Flag of a word that a hyphen joins to the next word, as in a compound: "Boutros-Ghali", "non-bank". */
export const HYPHEN_AFTER = 32;

export interface DocumentWords {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** The word's char-classes bits ORed (LETTER, DIGIT, APOSTROPHE, INVISIBLE…), and HYPHEN_AFTER. */
  readonly flags: Uint8Array;
  /** The index of the first word that starts at or after `offset` (`count` when there is none). */
  indexAtOrAfter(offset: number): number;
  /** How many words lie in text[start, end) (a paragraph's range: no word crosses its edges). */
  countIn(start: number, end: number): number;
  /** The word as written. */
  textOf(index: number): string;
}

export function findDocumentWords(text: string): DocumentWords {
  // A word is at least one code unit and a separator: a text has at most (length + 1) / 2 words.
  // News text has about one word in six code units, so the arrays start there and grow when needed.
  let capacity = Math.max(16, Math.ceil(text.length / 5));
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let flags = new Uint8Array(capacity);
  let count = 0;
  const spans = new WordSpans().reset(text);
  while (spans.next()) {
    if (count === capacity) {
      capacity = Math.min(capacity * 2, Math.ceil((text.length + 1) / 2));
      starts = grown(starts, new Uint32Array(capacity));
      ends = grown(ends, new Uint32Array(capacity));
      flags = grown(flags, new Uint8Array(capacity));
    }
    const { start, end } = spans;
    starts[count] = start;
    ends[count] = end;
    const hyphenated = isHyphen(text.charCodeAt(end)) && end + 1 < text.length && (classAt(text, end + 1) & WORD_CHARACTER) !== 0;
    flags[count] = hyphenated ? spans.flags | HYPHEN_AFTER : spans.flags;
    count++;
  }
  return new WordIndex(text, count, starts.subarray(0, count), ends.subarray(0, count), flags.subarray(0, count));
}

/** Hyphen-minus, hyphen and non-breaking hyphen: the marks that glue a compound's words. */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function grown<T extends Uint32Array | Uint8Array>(from: T, to: T): T {
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

  countIn(start: number, end: number): number {
    return this.indexAtOrAfter(end) - this.indexAtOrAfter(start);
  }

  textOf(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index]);
  }
}
