// A memo of a pure function of a word, asked with the word as a range of a text: a hit hashes the
// range and compares it with the key in place, so the many words of a dump that a memo answers make no
// string (a Map keyed by strings needs a slice per question, and hashes it again). Open addressing
// over a table of fixed size: once it holds its `maxEntries`, a new word is computed and not kept (the
// words a Zipfian text asks for again and again came first); what it answers never depends on that.
// A key longer than `maxKeyLength` (a blob of base64 is one long word) is computed and not kept.
import { fnv1a } from './word-table.js';

export class RangeMemo<V> {
  private readonly hashes: Int32Array;
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private readonly mask: number;
  private entries = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxKeyLength: number,
  ) {
    let size = 1;
    while (size < maxEntries * 2) size <<= 1;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  get size(): number {
    return this.entries;
  }

  /** The answer for text[start, end), computed by `compute` from that slice the first time. */
  get(text: string, start: number, end: number, compute: (key: string) => V): V {
    const hash = fnv1a(text, start, end) | 0;
    const { hashes, keys, mask } = this;
    const length = end - start;
    let slot = hash & mask;
    for (let key = keys[slot]; key !== undefined; key = keys[(slot = (slot + 1) & mask)]) {
      if (hashes[slot] !== hash || key.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = key.charCodeAt(i) === text.charCodeAt(start + i);
      if (same) return this.values[slot] as V;
    }
    if (length > this.maxKeyLength || this.entries >= this.maxEntries) return compute(text.slice(start, end));
    // A copy, not a slice: V8 keeps the text a slice is cut from, and the memo outlives the document.
    const key = copyOf(text.slice(start, end));
    const value = compute(key);
    hashes[slot] = hash;
    keys[slot] = key;
    this.values[slot] = value;
    this.entries++;
    return value;
  }
}

/** A string of its own: a slice of a long text (a sliced string in V8) keeps all of that text alive. */
function copyOf(slice: string): string {
  return ` ${slice}`.slice(1);
}
