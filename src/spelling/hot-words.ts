// The dictionary look-up of every word of a dump, in front of the word table (src/spelling/word-table.ts):
// the table's 2 MiB of slots and 1.8 MB of words are out of the processor's caches, so a look-up there
// costs two cache misses, about 150 ns, for each of the 3.4 million words of a 20 MB slice. News
// vocabulary is Zipfian ("the", "said", "mln", "Corp"), so a small direct-mapped table of the words
// asked last, their letters in place, answers nine in ten of them from the cache: 16,384 rows of 16
// bytes. It starts at 1,024 rows (a run of one short document needs no more) and grows as its misses
// mount. It holds the answers of a pure function of the word (no run's state); a row goes to the next
// word that hashes to it, which changes only the speed.
import { isAsciiDictionaryWord } from './dictionary.js';

const INITIAL_ROWS = 1024;
const MAX_ROWS = 16_384;
/** Misses per row before the table grows fourfold. */
const MISSES_PER_ROW = 4;
const ROW_BYTES = 16;
/** Longer words are rare enough to go to the table. */
const MAX_CACHED_LENGTH = ROW_BYTES - 1;
const NOT_A_WORD = 0;
const A_WORD = 1;

export class HotWords {
  /** Each row: the word's lower-case letters. */
  private letters = new Uint8Array(INITIAL_ROWS * ROW_BYTES);
  /** The row's word length (0: an empty row). */
  private lengths = new Uint8Array(INITIAL_ROWS);
  private verdicts = new Uint8Array(INITIAL_ROWS);
  private misses = 0;

  /** Whether text[start, end) is all ASCII letters and, lower-cased, a dictionary word (isAsciiDictionaryWord). */
  isAsciiDictionaryWord(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (length > MAX_CACHED_LENGTH) return isAsciiDictionaryWord(text, start, end);
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i) | 0x20; // A-Z to a-z; other letters fail the test below
      if (c < 0x61 || c > 0x7a) return false;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const rows = this.lengths.length;
    const row = (h >>> 18) & (rows - 1);
    const { letters } = this;
    const at = row * ROW_BYTES;
    if (this.lengths[row] === length) {
      let same = true;
      for (let k = 0; k < length && same; k++) same = letters[at + k] === (text.charCodeAt(start + k) | 0x20);
      if (same) return this.verdicts[row] === A_WORD;
    }
    const isWord = isAsciiDictionaryWord(text, start, end);
    if (++this.misses > rows * MISSES_PER_ROW && rows < MAX_ROWS) {
      this.grow(rows * 4);
      return isWord;
    }
    for (let k = 0; k < length; k++) letters[at + k] = text.charCodeAt(start + k) | 0x20;
    this.lengths[row] = length;
    this.verdicts[row] = isWord ? A_WORD : NOT_A_WORD;
    return isWord;
  }

  /** A larger table, empty: a cache only loses speed. */
  private grow(rows: number): void {
    this.letters = new Uint8Array(rows * ROW_BYTES);
    this.lengths = new Uint8Array(rows);
    this.verdicts = new Uint8Array(rows);
    this.misses = 0;
  }
}
