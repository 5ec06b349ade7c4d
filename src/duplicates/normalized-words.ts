// The words of a paragraph as duplicate detection compares them: case-folded, with punctuation,
// symbols and white space as separators, and with apostrophes and the invisible characters a word is
// read across (src/text/char-classes.ts: zero-width space, soft hyphen, BOM, C0 controls, private use)
// dropped, so that "Vietnam’s", "VIETNAM'S", "Viet\u200bnam's" and "Viet\u0001nam's" are one word.
// Scraped copies of one paragraph differ in exactly these ways (curly against straight quotes, a
// stray ZWSP, a dash for a hyphen, a trailing "./.").
//
// The scanner yields each word's offsets and two 32-bit hashes without building a normalized copy
// of the text, so a 50 MB single-line paragraph is one pass and no allocation. Compatibility forms
// (NFKC) are not folded: both copies of a repeated paragraph come from the same page and encoding.
// The words are the tokenizer's (src/text/word-spans.ts): a scanner given the document's word index
// walks it instead of tokenizing the paragraph again.

import { classAt, DIGIT, foldedUnit, JOINER, LETTER, WORD_CHARACTER } from '../text/char-classes.js';
import type { DocumentWords } from '../text/document-words.js';
import { WordSpans } from '../text/word-spans.js';
import type { WordHashes } from './word-hashes.js';

const KEY1_SEED = 0x12345678;
const KEY2_SEED = 0x9abcdef0;

/** Words hashed per batch by `readToEnd`. */
const BATCH_WORDS = 256;

/** Murmur3's finalizer: spreads a hash's bits so the smallest shingle hashes are a fair sample. */
export function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Walks the normalized words of text[start, end); read the fields after each `next()` that returns true. */
export class WordScanner {
  wordStart = 0;
  wordEnd = 0;
  /** Two independent 32-bit hashes of the folded word. */
  hash = 0;
  hash2 = 0;
  hasLetter = false;
  /** Only digits: "17" in "17.8", "2024". */
  isNumber = false;
  /** Words read since `reset`; of them, words with a letter and numbers (see `isNumber`). */
  words = 0;
  letterWords = 0;
  numbers = 0;
  /** Two lanes of a running hash of the words read since `reset`: see `contentKey`. */
  private key1 = KEY1_SEED;
  private key2 = KEY2_SEED;
  private end = 0;
  /** The char-classes bits of the current word (see WordSpans.flags). */
  private wordFlags = 0;
  /** The next word of the document's index to read, while the range is read from the index. */
  private nextIndex = 0;
  /** Whether the range is read from `index`; otherwise (no index, or a range that cuts a word) tokenized here. */
  private fromIndex = false;
  private readonly spans = new WordSpans();
  /** The scratch of `readToEnd`, made on its first call. */
  private batch: Uint32Array | undefined;

  /**
   * With the document's word index (`doc.words`), its words are read from it rather than tokenized again;
   * with their hashes too (src/duplicates/word-hashes.ts), a word read whole from it is not hashed again.
   */
  constructor(
    private readonly text: string,
    private readonly index?: DocumentWords,
    private readonly indexHashes?: WordHashes,
  ) {}

  /** The range must not split a surrogate pair (paragraph and word ranges never do). */
  reset(start: number, end: number): this {
    this.end = end;
    this.words = 0;
    this.letterWords = 0;
    this.numbers = 0;
    this.key1 = KEY1_SEED;
    this.key2 = KEY2_SEED;
    const { index } = this;
    if (index) {
      this.nextIndex = index.indexAtOrAfter(start);
      // A range that starts inside a word reads that word from its start on: tokenized here.
      this.fromIndex = this.nextIndex === 0 || index.ends[this.nextIndex - 1] <= start;
    } else {
      this.fromIndex = false;
    }
    if (!this.fromIndex) this.spans.reset(this.text, start, end);
    return this;
  }

  /**
   * The key of the words read since `reset`, the same for any range with the same normalized words:
   * two 32-bit lanes folded into one exact JavaScript number (53 bits) for a Map key. Read after each
   * word, it is the key a paragraph of exactly the words so far would have.
   */
  contentKey(): number {
    return mix32(this.key1) * 0x200000 + (mix32(this.key2) >>> 11);
  }

  /**
   * Reads up to `hashes.length` words and stores their `hash`; returns how many (0 at the end).
   * Reading a paragraph in batches keeps the character loop and a caller's per-word work (a shingle
   * sketch) in two small loops that V8 compiles well: as one loop it ran 30% slower, V8 having given
   * up inlining the per-word calls.
   */
  readHashes(hashes: Uint32Array, hashes2?: Uint32Array): number {
    let count = this.fromIndex ? this.readIndexedHashes(hashes, hashes2) : 0;
    while (count < hashes.length && this.next()) {
      if (hashes2) hashes2[count] = this.hash2;
      hashes[count++] = this.hash;
    }
    return count;
  }

  /**
   * Reads the rest of the range, for its counts and `contentKey` only: in batches through the inlined
   * walk of the document's index (a span's key is most of what the boilerplate and cross-document
   * rules compute, and `next` per word cost them twice as much).
   */
  readToEnd(): this {
    const batch = (this.batch ??= new Uint32Array(BATCH_WORDS));
    while (this.readHashes(batch) > 0) {
      // the counts and keys are the scanner's
    }
    return this;
  }

  /**
   * `readHashes` over the words the document's index holds, with `next`'s hashing inlined and its
   * counts and keys kept in locals: the same hashes and state as calling `next` for each word. Stops
   * before a word the range ends inside, which `next` tokenizes.
   */
  private readIndexedHashes(hashes: Uint32Array, hashes2: Uint32Array | undefined): number {
    const { text, index, end } = this;
    if (!index) return 0;
    if (this.indexHashes) return this.readKnownHashes(hashes, hashes2, this.indexHashes);
    const { starts, ends, flags } = index;
    const wordCount = index.count;
    let k = this.nextIndex;
    let count = 0;
    let { key1, key2, words, letterWords, numbers } = this;
    let h2 = 0;
    let wordFlags = 0;
    while (count < hashes.length && k < wordCount && starts[k] < end && ends[k] <= end) {
      const wordEnd = ends[k];
      wordFlags = flags[k];
      let h1 = 0x811c9dc5;
      h2 = 0x9747b28c;
      const hasJoiner = (wordFlags & JOINER) !== 0;
      for (let i = starts[k]; i < wordEnd; i++) {
        if (hasJoiner && (classAt(text, i) & JOINER) !== 0) continue;
        const folded = foldedUnit(text.charCodeAt(i));
        h1 = Math.imul(h1 ^ folded, 0x01000193);
        h2 = Math.imul(h2 ^ folded, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      const hash = mix32(h1);
      const hash2 = mix32(h2);
      if (hashes2) hashes2[count] = hash2;
      hashes[count++] = hash;
      words++;
      if ((wordFlags & LETTER) !== 0) letterWords++;
      if ((wordFlags & WORD_CHARACTER) === DIGIT) numbers++;
      key1 = Math.imul(((key1 << 13) | (key1 >>> 19)) ^ hash, 0x9e3779b1);
      key2 = Math.imul(((key2 << 13) | (key2 >>> 19)) ^ hash2, 0x9e3779b1);
      k++;
    }
    if (count > 0) {
      // What `next` leaves for the last word read.
      this.wordStart = starts[k - 1];
      this.wordEnd = ends[k - 1];
      this.wordFlags = wordFlags;
      this.hash = hashes[count - 1];
      this.hash2 = mix32(h2);
      this.hasLetter = (wordFlags & LETTER) !== 0;
      this.isNumber = (wordFlags & WORD_CHARACTER) === DIGIT;
      this.nextIndex = k;
      this.key1 = key1;
      this.key2 = key2;
      this.words = words;
      this.letterWords = letterWords;
      this.numbers = numbers;
    }
    return count;
  }

  /** `readIndexedHashes` with each word's hashes known already: the same hashes, counts and keys. */
  private readKnownHashes(hashes: Uint32Array, hashes2: Uint32Array | undefined, known: WordHashes): number {
    const { index, end } = this;
    if (!index) return 0;
    const { starts, ends, flags } = index;
    const wordCount = index.count;
    let k = this.nextIndex;
    let count = 0;
    let { key1, key2, words, letterWords, numbers } = this;
    while (count < hashes.length && k < wordCount && starts[k] < end && ends[k] <= end) {
      const hash = known.hash[k];
      const hash2 = known.hash2[k];
      const wordFlags = flags[k];
      if (hashes2) hashes2[count] = hash2;
      hashes[count++] = hash;
      words++;
      if ((wordFlags & LETTER) !== 0) letterWords++;
      if ((wordFlags & WORD_CHARACTER) === DIGIT) numbers++;
      key1 = Math.imul(((key1 << 13) | (key1 >>> 19)) ^ hash, 0x9e3779b1);
      key2 = Math.imul(((key2 << 13) | (key2 >>> 19)) ^ hash2, 0x9e3779b1);
      k++;
    }
    if (count > 0) {
      const last = k - 1;
      this.wordStart = starts[last];
      this.wordEnd = ends[last];
      this.wordFlags = flags[last];
      this.hash = known.hash[last];
      this.hash2 = known.hash2[last];
      this.hasLetter = (flags[last] & LETTER) !== 0;
      this.isNumber = (flags[last] & WORD_CHARACTER) === DIGIT;
      this.nextIndex = k;
      this.key1 = key1;
      this.key2 = key2;
      this.words = words;
      this.letterWords = letterWords;
      this.numbers = numbers;
    }
    return count;
  }

  next(): boolean {
    if (!this.nextSpan()) return false;
    const { text, wordStart, wordEnd } = this;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    const hasJoiner = (this.wordFlags & JOINER) !== 0;
    // Each code unit is hashed, both halves of a surrogate pair too, each folded on its own.
    for (let i = wordStart; i < wordEnd; i++) {
      if (hasJoiner && (classAt(text, i) & JOINER) !== 0) continue;
      const folded = foldedUnit(text.charCodeAt(i));
      h1 = Math.imul(h1 ^ folded, 0x01000193);
      h2 = Math.imul(h2 ^ folded, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.hash = mix32(h1);
    this.hash2 = mix32(h2);
    this.hasLetter = (this.wordFlags & LETTER) !== 0;
    this.isNumber = (this.wordFlags & WORD_CHARACTER) === DIGIT;
    this.words++;
    if (this.hasLetter) this.letterWords++;
    if (this.isNumber) this.numbers++;
    this.key1 = Math.imul(((this.key1 << 13) | (this.key1 >>> 19)) ^ this.hash, 0x9e3779b1);
    this.key2 = Math.imul(((this.key2 << 13) | (this.key2 >>> 19)) ^ this.hash2, 0x9e3779b1);
    return true;
  }

  /** Moves to the next word of the range: sets wordStart, wordEnd and wordFlags. */
  private nextSpan(): boolean {
    const { index, spans } = this;
    if (this.fromIndex && index) {
      const k = this.nextIndex;
      if (k >= index.count || index.starts[k] >= this.end) return false;
      if (index.ends[k] <= this.end) {
        this.wordStart = index.starts[k];
        this.wordEnd = index.ends[k];
        this.wordFlags = index.flags[k];
        this.nextIndex = k + 1;
        return true;
      }
      // The range ends inside this word: the rest is tokenized as the range holds it.
      this.fromIndex = false;
      spans.reset(this.text, index.starts[k], this.end);
    }
    if (!spans.next()) return false;
    this.wordStart = spans.start;
    this.wordEnd = spans.end;
    this.wordFlags = spans.flags;
    return true;
  }
}

/** Whether two ranges hold the same normalized words (compared character by character, not by hash). */
export function sameWords(text: string, a: [number, number], b: [number, number], index?: DocumentWords): boolean {
  const left = new WordScanner(text, index).reset(a[0], a[1]);
  const right = new WordScanner(text, index).reset(b[0], b[1]);
  for (;;) {
    const hasLeft = left.next();
    const hasRight = right.next();
    if (hasLeft !== hasRight) return false;
    if (!hasLeft) return true;
    if (left.hash !== right.hash || left.hash2 !== right.hash2) return false;
    if (!sameFoldedWord(text, left.wordStart, left.wordEnd, right.wordStart, right.wordEnd)) return false;
  }
}

/** Compares two words as they are hashed: folded, skipping apostrophes and format characters. */
function sameFoldedWord(text: string, i: number, iEnd: number, j: number, jEnd: number): boolean {
  for (;;) {
    while (i < iEnd && isIgnoredAt(text, i)) i += unitWidthAt(text, i, iEnd);
    while (j < jEnd && isIgnoredAt(text, j)) j += unitWidthAt(text, j, jEnd);
    if (i >= iEnd || j >= jEnd) return i >= iEnd && j >= jEnd;
    const width = unitWidthAt(text, i, iEnd);
    if (width !== unitWidthAt(text, j, jEnd)) return false;
    for (let k = 0; k < width; k++) {
      const x = text.charCodeAt(i + k);
      const y = text.charCodeAt(j + k);
      if (width === 1 ? foldedUnit(x) !== foldedUnit(y) : x !== y) return false;
    }
    i += width;
    j += width;
  }
}

function unitWidthAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
}

function isIgnoredAt(text: string, i: number): boolean {
  return (classAt(text, i) & JOINER) !== 0;
}
