// The words of a paragraph as duplicate detection compares them: case-folded, with punctuation,
// symbols and white space as separators, and with apostrophes and the invisible characters a word is
// read across (src/text/words.ts: zero-width space, soft hyphen, BOM, C0 controls, private use)
// dropped, so that "Vietnam’s", "VIETNAM'S", "Viet\u200bnam's" and "Viet\u0001nam's" are one word.
// Scraped copies of one paragraph differ in exactly these ways (curly against straight quotes, a
// stray ZWSP, a dash for a hyphen, a trailing "./.").
//
// The scanner yields each word's offsets and two 32-bit hashes without building a normalized copy
// of the text, so a 50 MB single-line paragraph is one pass and no allocation. Compatibility forms
// (NFKC) are not folded: both copies of a repeated paragraph come from the same page and encoding.

import { INVISIBLE_IN_WORD } from '../text/words.js';

// Classes are bits, so that the classes of a word's characters OR together into one number.
const SEPARATOR = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 4;
const IGNORED = 8;
const UNKNOWN = 255;
/** The classes that make (or start) a word. */
const WORD_CHARACTER = LETTER | DIGIT | MARK;

const LETTER_CHAR = /^\p{L}$/u;
const DIGIT_CHAR = /^\p{Nd}$/u;
const MARK_CHAR = /^\p{M}$/u;
/** Apostrophes join ("Vietnam’s"); format characters (ZWSP, soft hyphen, BOM, ZWJ), controls and private use are invisible. */
const IGNORED_CHAR = new RegExp(`^['’${INVISIBLE_IN_WORD}]$`, 'u');

/**
 * Character class and case fold of each BMP code unit, filled on first sight. Surrogates stay
 * UNKNOWN: `classAt` gives both halves of a pair the class of its astral character, and a lone one
 * separates. A unit folds to itself until learnt (astral characters are not case-folded).
 */
const classOf = new Uint8Array(0x10000).fill(UNKNOWN);
const foldOf = new Uint16Array(0x10000);
const astralClassOf = new Map<number, number>();
for (let code = 0; code < 0x10000; code++) foldOf[code] = code;
for (let code = 0; code < 0x80; code++) learnCodeUnit(code);

function classify(char: string): number {
  if (LETTER_CHAR.test(char)) return LETTER;
  if (DIGIT_CHAR.test(char)) return DIGIT;
  if (MARK_CHAR.test(char)) return MARK;
  if (IGNORED_CHAR.test(char)) return IGNORED;
  return SEPARATOR;
}

function learnCodeUnit(code: number): number {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  classOf[code] = classify(char);
  foldOf[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  return classOf[code];
}

/** The class of the code unit at i: the table's, or learnt now, or (a surrogate) its character's. */
function classAt(text: string, i: number): number {
  const cls = classOf[text.charCodeAt(i)];
  return cls === UNKNOWN ? learnClassAt(text, i) : cls;
}

function learnClassAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return learnCodeUnit(code);
  // The astral character this unit is half of, if its other half is there.
  const pairStart = code <= 0xdbff ? i : i - 1;
  const codePoint = pairStart >= 0 ? text.codePointAt(pairStart)! : code;
  return codePoint > 0xffff ? astralClass(codePoint) : SEPARATOR;
}

function astralClass(codePoint: number): number {
  let cls = astralClassOf.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClassOf.set(codePoint, cls);
  }
  return cls;
}

const KEY1_SEED = 0x12345678;
const KEY2_SEED = 0x9abcdef0;

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
  private pos = 0;
  private end = 0;

  constructor(private readonly text: string) {}

  /** The range must not split a surrogate pair (paragraph and word ranges never do). */
  reset(start: number, end: number): this {
    this.pos = start;
    this.end = end;
    this.words = 0;
    this.letterWords = 0;
    this.numbers = 0;
    this.key1 = KEY1_SEED;
    this.key2 = KEY2_SEED;
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
  readHashes(hashes: Uint32Array): number {
    let count = 0;
    while (count < hashes.length && this.next()) hashes[count++] = this.hash;
    return count;
  }

  next(): boolean {
    const { text, end } = this;
    let i = this.pos;
    while (i < end && (classAt(text, i) & WORD_CHARACTER) === 0) i++;
    if (i >= end) {
      this.pos = end;
      return false;
    }
    this.wordStart = i;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    let classes = 0;
    let lastEnd = i;
    // Each code unit is hashed, both halves of a surrogate pair too, each folded on its own.
    for (; i < end; i++) {
      const cls = classAt(text, i);
      if (cls === SEPARATOR) break;
      if (cls === IGNORED) continue;
      classes |= cls;
      const folded = foldOf[text.charCodeAt(i)];
      h1 = Math.imul(h1 ^ folded, 0x01000193);
      h2 = Math.imul(h2 ^ folded, 0x5bd1e995);
      h2 ^= h2 >>> 15;
      lastEnd = i + 1;
    }
    this.pos = i;
    this.wordEnd = lastEnd;
    this.hash = mix32(h1);
    this.hash2 = mix32(h2);
    this.hasLetter = (classes & LETTER) !== 0;
    this.isNumber = classes === DIGIT;
    this.words++;
    if (this.hasLetter) this.letterWords++;
    if (this.isNumber) this.numbers++;
    this.key1 = Math.imul(((this.key1 << 13) | (this.key1 >>> 19)) ^ this.hash, 0x9e3779b1);
    this.key2 = Math.imul(((this.key2 << 13) | (this.key2 >>> 19)) ^ this.hash2, 0x9e3779b1);
    return true;
  }
}

/** Whether two ranges hold the same normalized words (compared character by character, not by hash). */
export function sameWords(text: string, a: [number, number], b: [number, number]): boolean {
  const left = new WordScanner(text).reset(a[0], a[1]);
  const right = new WordScanner(text).reset(b[0], b[1]);
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
      if (width === 1 ? foldOf[x] !== foldOf[y] : x !== y) return false;
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
  return classAt(text, i) === IGNORED;
}
