// An open-addressing hash table over the lines of a `word tier` data file: the table holds line
// offsets, a look-up hashes the query's code units and compares them with the text in place, so no
// word is ever sliced. A look-up costs tens of nanoseconds, where a binary search over the text plus a
// memo of looked-up words cost ~175 ns a token on a long dump.
//
// Building the table at run time takes ~20 ms (cold code over 135,000 lines), too much of a pre-commit
// run's start-up, so `npm run build` writes it next to the word list (scripts/build-word-table.mjs,
// the same layout and hash); a missing or stale table file is rebuilt in memory.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

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

/** How many look-ups an OnDemandWordTable answers from its files before it reads them whole. */
export const ON_DEMAND_LOOKUPS = 32;
/** Bytes read after a probed word: its space and its value (a few digits). */
const VALUE_BYTES = 24;

/**
 * The table of a one-byte (latin1) `word value` file and its table file, read on demand: the first
 * ON_DEMAND_LOOKUPS look-ups read only the slots and the lines they probe (a few positioned reads each),
 * then both files are read whole (WordTable.load). A one-file run that asks the word priors of a handful
 * of candidates then reads ~100 bytes instead of 1.3 MB (~3 ms). The answers are WordTable's: any file
 * this cannot read in place (a table built for other text, a value longer than expected) goes whole.
 */
export class OnDemandWordTable {
  private whole: WordTable | undefined;
  private lookups = 0;
  /** The table's slot count, once its header was checked against the text file; 0 before. */
  private slotCount = 0;

  constructor(
    private readonly textPath: string,
    private readonly tablePath: string,
  ) {}

  /** Whether the files were read whole (after ON_DEMAND_LOOKUPS look-ups, or files it could not read in place). */
  get isReadWhole(): boolean {
    return this.whole !== undefined;
  }

  /** The number after `word` on its line, or undefined when no line has that word (WordTable.valueOf). */
  valueOf(word: string): number | undefined {
    if (this.whole !== undefined) return this.whole.valueOf(word);
    if (++this.lookups <= ON_DEMAND_LOOKUPS) {
      const value = this.readInPlace(word);
      if (value !== NOT_READ) return value;
    }
    this.whole = WordTable.load(readFileSync(this.textPath, 'latin1'), this.tablePath);
    return this.whole.valueOf(word);
  }

  /** The value of `word` read from the files in place: a number, undefined when absent, NOT_READ when it cannot tell. */
  private readInPlace(word: string): number | undefined | typeof NOT_READ {
    let tableFd = -1;
    let textFd = -1;
    try {
      tableFd = openSync(this.tablePath, 'r');
      textFd = openSync(this.textPath, 'r');
      if (this.slotCount === 0) this.slotCount = checkedSlotCount(tableFd, fstatSync(textFd).size);
      if (this.slotCount === 0) return NOT_READ;
      const mask = this.slotCount - 1;
      const slotBytes = Buffer.alloc(4);
      const line = Buffer.alloc(word.length + 1 + VALUE_BYTES);
      let slot = fnv1a(word, 0, word.length) & mask;
      for (let probes = 0; probes < this.slotCount; probes++, slot = (slot + 1) & mask) {
        if (readSync(tableFd, slotBytes, 0, 4, (HEADER + slot) * 4) !== 4) return NOT_READ;
        const offset = slotBytes.readInt32LE(0);
        if (offset === EMPTY) return undefined;
        const read = readSync(textFd, line, 0, line.length, offset);
        if (read <= word.length || line[word.length] !== 0x20) continue;
        let same = true;
        for (let k = 0; k < word.length && same; k++) same = line[k] === word.charCodeAt(k);
        if (!same) continue;
        let value = 0;
        let at = word.length + 1;
        for (; at < read && line[at] >= 0x30 && line[at] <= 0x39; at++) value = value * 10 + (line[at] - 0x30);
        // Digits up to the end of what was read may go on: let the whole text answer.
        return at < read || read < line.length ? value : NOT_READ;
      }
      return NOT_READ;
    } catch {
      return NOT_READ;
    } finally {
      if (tableFd >= 0) closeSync(tableFd);
      if (textFd >= 0) closeSync(textFd);
    }
  }
}

const NOT_READ = Symbol('not read in place');

/** The slot count of a table file whose header says it was built for a text of `textLength` code units; 0 otherwise. */
function checkedSlotCount(tableFd: number, textLength: number): number {
  const header = Buffer.alloc(HEADER * 4);
  if (readSync(tableFd, header, 0, header.length, 0) !== header.length) return 0;
  const size = header.readInt32LE(8);
  const valid =
    header.readInt32LE(0) === TABLE_MAGIC &&
    header.readInt32LE(4) === textLength &&
    size > 0 &&
    (size & (size - 1)) === 0 &&
    fstatSync(tableFd).size === (HEADER + size) * 4;
  return valid ? size : 0;
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
