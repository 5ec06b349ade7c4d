// Word-shingle sketches for finding near-duplicate paragraphs without comparing every pair. Each
// paragraph keeps the SKETCH_SIZE smallest hashes of its word 3-grams (a bottom-k sketch); two
// paragraphs that share most of their 3-grams share most of those smallest hashes too. An inverted
// index from sketch hash to paragraphs proposes candidates; the caller verifies them exactly with
// `sortedShingles` and `countCommon`. Postings are capped, so boilerplate phrases shared by many
// paragraphs cost nothing and the whole search stays linear in the number of paragraphs.
import { mix32 } from './normalized-words.js';

export const SKETCH_SIZE = 16;
/** A sketch hash shared by more paragraphs than this is boilerplate, not evidence. */
const MAX_POSTINGS = 4;
/** Sketch hashes keep 30 bits: V8 keys a Map by small integers much faster than by heap numbers. */
const SMALL_INTEGER_SHIFT = 2;

/** The SKETCH_SIZE smallest distinct shingle hashes seen, kept sorted in a slice of a shared typed array. */
export class BottomSketch {
  size = 0;

  constructor(private readonly store: Uint32Array, private readonly base: number) {}

  add(shingleHash: number): void {
    const value = shingleHash >>> SMALL_INTEGER_SHIFT;
    const { store, base } = this;
    if (this.size === SKETCH_SIZE && value >= store[base + SKETCH_SIZE - 1]) return;
    let i = this.size;
    while (i > 0 && store[base + i - 1] > value) i--;
    if (i > 0 && store[base + i - 1] === value) return;
    const last = Math.min(this.size, SKETCH_SIZE - 1);
    for (let j = last; j > i; j--) store[base + j] = store[base + j - 1];
    store[base + i] = value;
    if (this.size < SKETCH_SIZE) this.size++;
  }
}

/**
 * Sketch hash → the first paragraphs that have it (at most MAX_POSTINGS). Most hashes belong to one
 * paragraph, so that case is a plain number and only shared hashes get a list.
 */
export class SketchIndex {
  private readonly first = new Map<number, number>();
  private readonly more = new Map<number, number[]>();
  /** Scratch counts of shared hashes per paragraph, reset after each query. */
  private readonly shared: Uint8Array;
  private readonly touched: number[] = [];

  constructor(paragraphCount: number) {
    this.shared = new Uint8Array(paragraphCount);
  }

  add(paragraph: number, sketch: Uint32Array): void {
    for (const hash of sketch) {
      if (!this.first.has(hash)) {
        this.first.set(hash, paragraph);
        continue;
      }
      const list = this.more.get(hash);
      if (!list) this.more.set(hash, [paragraph]);
      else if (list.length < MAX_POSTINGS - 1) list.push(paragraph);
    }
  }

  /** Indexed paragraphs sharing at least two of the sketch's hashes (one, for a tiny sketch), most shared first. */
  candidates(sketch: Uint32Array): number[] {
    const { shared, touched } = this;
    const count = (paragraph: number) => {
      if (shared[paragraph]++ === 0) touched.push(paragraph);
    };
    for (const hash of sketch) {
      const first = this.first.get(hash);
      if (first === undefined) continue;
      count(first);
      for (const paragraph of this.more.get(hash) ?? NONE) count(paragraph);
    }
    const minShared = Math.min(2, sketch.length);
    const candidates = touched.filter((paragraph) => shared[paragraph] >= minShared)
      .sort((a, b) => shared[b] - shared[a] || b - a);
    for (const paragraph of touched) shared[paragraph] = 0;
    touched.length = 0;
    return candidates;
  }
}

const NONE: readonly number[] = [];

export function shingleHash3(a: number, b: number, c: number): number {
  return mix32(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c);
}

/** The distinct hashes of the word n-grams of `size` words, sorted: compact even for a 50 MB paragraph. */
export function sortedShingles(wordHashes: Uint32Array, size: number): Uint32Array {
  const shingles = new Uint32Array(Math.max(0, wordHashes.length - size + 1));
  for (let i = 0; i < shingles.length; i++) {
    let h = wordHashes[i];
    for (let j = 1; j < size; j++) h = Math.imul(h, 0x9e3779b1) ^ wordHashes[i + j];
    shingles[i] = mix32(h);
  }
  shingles.sort();
  let unique = 0;
  for (let i = 0; i < shingles.length; i++) if (i === 0 || shingles[i] !== shingles[i - 1]) shingles[unique++] = shingles[i];
  return shingles.subarray(0, unique);
}

/** How many values two sorted arrays of distinct values share. */
export function countCommon(a: Uint32Array, b: Uint32Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}
