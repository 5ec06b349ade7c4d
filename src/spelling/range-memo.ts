// A memo of a pure function of a word, asked with the word as a range of a text: a hit hashes the
// range and compares it with the key in place, so the many words of a dump that a memo answers make no
// string (a Map keyed by strings needs a slice per question, and hashes it again). Open addressing
// over a table that starts small (a run of one short document fills a few dozen entries) and doubles
// as it fills; once it holds its `maxEntries`, a new word is computed and not kept (the words a Zipfian
// text asks for again and again came first): what it answers never depends on what it holds.
// A key longer than `maxKeyLength` (a blob of base64 is one long word) is computed and not kept.
import { fnv1a } from './word-table.js';

const INITIAL_SLOTS = 64;

export class RangeMemo<V> {
  private hashes = new Int32Array(INITIAL_SLOTS);
  private keys: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
  private values: (V | undefined)[] = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
  private entries = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxKeyLength: number,
  ) {}

  get size(): number {
    return this.entries;
  }

  /** The answer for text[start, end), computed by `compute` from that slice the first time. */
  get(text: string, start: number, end: number, compute: (key: string) => V): V {
    const hash = fnv1a(text, start, end) | 0;
    const { hashes, keys } = this;
    const mask = keys.length - 1;
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
    this.place(hash, key, value);
    this.entries++;
    // At most half the slots used, so that a miss meets an empty slot soon.
    if (this.entries * 2 > keys.length) this.grow();
    return value;
  }

  private place(hash: number, key: string, value: V): void {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { hashes, keys, values } = this;
    const size = keys.length * 2;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== undefined) this.place(hashes[slot], key, values[slot] as V);
    }
  }
}

/** A string of its own: a slice of a long text (a sliced string in V8) keeps all of that text alive. */
function copyOf(slice: string): string {
  return ` ${slice}`.slice(1);
}
