// An open-addressing hash table over the lines of a `word tier` data file: the table holds line
// offsets, a look-up hashes the query's code units and compares them with the text in place, so no
// word is ever sliced. A look-up costs tens of nanoseconds, where a binary search over the text plus a
// memo of looked-up words cost ~175 ns a token on a long dump.
//
// Building the table at run time takes ~20 ms (cold code over 135,000 lines), too much of a pre-commit
// run's start-up, so `npm run build` writes it next to the word list (scripts/build-word-table.mjs,
// the same layout and hash); a missing or stale table file is rebuilt in memory.
import { readFileSync } from 'node:fs';

const EMPTY = -1;
/** "WTB1": the first 32-bit word of a table file. */
export const TABLE_MAGIC = 0x31425457;
const HEADER = 3;

export class WordTable {
  private constructor(
    private readonly text: string,
    private readonly slots: Int32Array,
  ) {}

  /** The table of `text`, read from `tablePath` when that file was built from this very text. */
  static load(text: string, tablePath: string): WordTable {
    try {
      const bytes = readFileSync(tablePath);
      const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
      const size = words[2];
      if (words[0] === TABLE_MAGIC && words[1] === text.length && size > 0 && (size & (size - 1)) === 0 && words.length === HEADER + size) {
        return new WordTable(text, words.subarray(HEADER));
      }
    } catch {
      // no table file: build one
    }
    return new WordTable(text, buildSlots(text));
  }

  /**
   * Whether source[start, end), lower-cased, is a word of the table — when it is all ASCII letters;
   * false for anything else (the caller then looks closer). Nothing is sliced or lower-cased: this is
   * the look-up of every word of a dump.
   */
  hasAsciiRange(source: string, start: number, end: number): boolean {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i) | 0x20; // A-Z to a-z; other letters fail the test below
      if (c < 0x61 || c > 0x7a) return false;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const { text, slots } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = (h >>> 0) & mask; slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const line = slots[slot];
      if (text.charCodeAt(line + length) !== 0x20) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = text.charCodeAt(line + k) === (source.charCodeAt(start + k) | 0x20);
      if (same) return true;
    }
    return false;
  }

  /** The number after `word` on its line, or undefined when no line has that word. */
  valueOf(word: string): number | undefined {
    const line = this.lineOf(word);
    return line === EMPTY ? undefined : parseNumber(this.text, line + word.length + 1);
  }

  /** The text after `word` on its line ("virginia" → "Virginia"), or undefined when no line has that word. */
  textValueOf(word: string): string | undefined {
    const line = this.lineOf(word);
    if (line === EMPTY) return undefined;
    const end = this.text.indexOf('\n', line);
    return this.text.slice(line + word.length + 1, end === -1 ? this.text.length : end);
  }

  /** The offset of `word`'s line, or EMPTY when no line has that word. */
  private lineOf(word: string): number {
    const { text, slots } = this;
    const mask = slots.length - 1;
    for (let slot = fnv1a(word, 0, word.length) & mask; slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const line = slots[slot];
      if (text.charCodeAt(line + word.length) === 0x20 && text.startsWith(word, line)) return line;
    }
    return EMPTY;
  }
}

/** Line offsets of `word<space>value` lines placed by hash; at most half the slots are used. */
export function buildSlots(text: string): Int32Array {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  let size = 1;
  while (size < (lines + 1) * 2) size <<= 1;
  const slots = new Int32Array(size).fill(EMPTY);
  const mask = size - 1;
  for (let line = 0; line < text.length;) {
    const space = text.indexOf(' ', line);
    if (space === -1) break;
    let slot = fnv1a(text, line, space) & mask;
    while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    slots[slot] = line;
    const end = text.indexOf('\n', space);
    line = end === -1 ? text.length : end + 1;
  }
  return slots;
}

/** The bytes of a table file for `text`: the header, then the slots (little-endian 32-bit words). */
export function tableFileBytes(text: string): Uint8Array {
  const slots = buildSlots(text);
  const words = new Int32Array(HEADER + slots.length);
  words.set([TABLE_MAGIC, text.length, slots.length]);
  words.set(slots, HEADER);
  return new Uint8Array(words.buffer);
}

/** FNV-1a over the UTF-16 code units of s[from, to), as a 32-bit unsigned number. */
export function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function parseNumber(text: string, at: number): number {
  let n = 0;
  for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++at)) n = n * 10 + (c - 0x30);
  return n;
}
