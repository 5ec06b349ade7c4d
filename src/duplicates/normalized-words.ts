// The words of a paragraph as duplicate detection compares them: case-folded, with punctuation,
// symbols and white space as separators, and with apostrophes and invisible format characters
// (zero-width space, soft hyphen, BOM) dropped, so that "Vietnam’s", "VIETNAM'S" and
// "Viet\u200bnam's" are one word. Scraped copies of one paragraph differ in exactly these ways
// (curly against straight quotes, a stray ZWSP, a dash for a hyphen, a trailing "./.").
//
// The scanner yields each word's offsets and two 32-bit hashes without building a normalized copy
// of the text, so a 50 MB single-line paragraph is one pass and no allocation. Compatibility forms
// (NFKC) are not folded: both copies of a repeated paragraph come from the same page and encoding.

const SEPARATOR = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 3;
const IGNORED = 4;
const UNKNOWN = 255;

const LETTER_CHAR = /^\p{L}$/u;
const DIGIT_CHAR = /^\p{Nd}$/u;
const MARK_CHAR = /^\p{M}$/u;
/** Apostrophes join ("Vietnam’s"); format characters (ZWSP, soft hyphen, BOM, ZWJ) are invisible. */
const IGNORED_CHAR = /^['’\p{Cf}]$/u;

/** Character class and case fold of each BMP code unit, filled on first sight. */
const classOf = new Uint8Array(0x10000).fill(UNKNOWN);
const foldOf = new Uint16Array(0x10000);
const astralClassOf = new Map<number, number>();
for (let code = 0; code < 0x80; code++) learnCodeUnit(code);

function classify(char: string): number {
  if (LETTER_CHAR.test(char)) return LETTER;
  if (DIGIT_CHAR.test(char)) return DIGIT;
  if (MARK_CHAR.test(char)) return MARK;
  if (IGNORED_CHAR.test(char)) return IGNORED;
  return SEPARATOR;
}

function learnCodeUnit(code: number): void {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  // Lone surrogates separate; pairs are classified by code point in `classAt`.
  classOf[code] = code >= 0xd800 && code <= 0xdfff ? SEPARATOR : classify(char);
  foldOf[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}

function astralClass(codePoint: number): number {
  let cls = astralClassOf.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClassOf.set(codePoint, cls);
  }
  return cls;
}

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
  private pos = 0;
  private end = 0;
  private width = 1;

  constructor(private readonly text: string) {}

  reset(start: number, end: number): this {
    this.pos = start;
    this.end = end;
    return this;
  }

  next(): boolean {
    const { text, end } = this;
    let i = this.pos;
    let cls = SEPARATOR;
    let width = 1;
    for (; i < end; i += width) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        cls = classOf[code];
        width = 1;
      } else {
        cls = this.classAt(i);
        width = this.width;
      }
      if (cls === LETTER || cls === DIGIT || cls === MARK) break;
    }
    if (i >= end) {
      this.pos = end;
      return false;
    }
    this.wordStart = i;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    let letters = false;
    let digits = true;
    let lastEnd = i;
    for (; i < end; i += width) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        cls = classOf[code];
        width = 1;
      } else {
        cls = this.classAt(i);
        width = this.width;
      }
      if (cls === SEPARATOR) break;
      if (cls === IGNORED) continue;
      if (cls === LETTER) letters = true;
      if (cls !== DIGIT) digits = false;
      let folded = width === 1 ? foldOf[code] : code;
      for (let k = 0; k < width; k++) {
        if (k === 1) folded = text.charCodeAt(i + 1);
        h1 = Math.imul(h1 ^ folded, 0x01000193);
        h2 = Math.imul(h2 ^ folded, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      lastEnd = i + width;
    }
    this.pos = i;
    this.wordEnd = lastEnd;
    this.hash = mix32(h1);
    this.hash2 = mix32(h2);
    this.hasLetter = letters;
    this.isNumber = digits;
    return true;
  }

  /** The class of the character at i; sets `width` to its length in code units. */
  private classAt(i: number): number {
    const code = this.text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < this.end) {
      const low = this.text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.width = 2;
        return astralClass(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      }
    }
    this.width = 1;
    if (classOf[code] === UNKNOWN) learnCodeUnit(code);
    return classOf[code];
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

/** Every character inside a word has been classified by the scanner that found the word. */
function isIgnoredAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return astralClass(text.codePointAt(i)!) === IGNORED;
  return classOf[code] === IGNORED;
}
