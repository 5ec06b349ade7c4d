// Word-shingle sketches for finding near-duplicate paragraphs without comparing every pair. Each
// paragraph keeps the SKETCH_SIZE smallest hashes of its word 3-grams (a bottom-k sketch); two
// paragraphs that share most of their 3-grams share most of those smallest hashes too. An inverted
// index from sketch hash to paragraphs proposes candidates; the caller verifies them exactly with
// `sortedShingles` and `countCommon`. Postings are capped, so boilerplate phrases shared by many
// paragraphs cost nothing and the whole search stays linear in the number of paragraphs.
//
// Every paragraph of a document is sketched, so the sketches live in one typed array and the index
// is an open-addressing table of typed arrays: no object, array or Map entry per paragraph or hash.
// Those arrays are reused from one document to the next (see `Reusable`).
import { mix32 } from './normalized-words.js';

export const SKETCH_SIZE = 16;
/** A sketch hash shared by more paragraphs than this is boilerplate, not evidence. */
const MAX_POSTINGS = 4;
/** Sketch hashes keep 30 bits, so that a hash + 1 fits an Int32Array slot (0 marks an empty one). */
const SKETCH_HASH_SHIFT = 2;

/**
 * A typed array for one document at a time, kept for the next one and only grown: allocating such
 * arrays anew (their memory lives outside V8's heap) cost more than sketching a short document. A
 * document's analysis runs from start to end before the next one's starts, so sharing is safe. A
 * huge document gets arrays of its own, so that they are freed after it.
 */
class Reusable<T extends Uint8Array | Int32Array | Uint32Array> {
  private array: T;

  constructor(private readonly create: (length: number) => T) {
    this.array = create(1024);
  }

  /** An array of at least `length` entries, with unknown contents. */
  get(length: number): T {
    if (length <= this.array.length) return this.array;
    const array = this.create(length);
    if (length <= MAX_REUSED_LENGTH) this.array = array;
    return array;
  }
}

const MAX_REUSED_LENGTH = 1 << 18;
const sketchStore = new Reusable((length) => new Uint32Array(length));
const sketchSizes = new Reusable((length) => new Uint8Array(length));
const indexKeys = new Reusable((length) => new Int32Array(length));
const indexFirsts = new Reusable((length) => new Int32Array(length));
const sharedCounts = new Reusable((length) => new Uint8Array(length));

/** For each paragraph, the SKETCH_SIZE smallest distinct shingle hashes seen, sorted. */
export class Sketches {
  private readonly store: Uint32Array;
  private readonly sizes: Uint8Array;

  constructor(paragraphCount: number) {
    this.store = sketchStore.get(paragraphCount * SKETCH_SIZE);
    this.sizes = sketchSizes.get(paragraphCount).fill(0, 0, paragraphCount);
  }

  add(paragraph: number, shingleHash: number): void {
    const value = shingleHash >>> SKETCH_HASH_SHIFT;
    const { store } = this;
    const base = paragraph * SKETCH_SIZE;
    const size = this.sizes[paragraph];
    // Once the sketch is full, most hashes are larger than its largest: one comparison.
    if (size === SKETCH_SIZE && value >= store[base + SKETCH_SIZE - 1]) return;
    let i = size;
    while (i > 0 && store[base + i - 1] > value) i--;
    if (i > 0 && store[base + i - 1] === value) return;
    for (let j = Math.min(size, SKETCH_SIZE - 1); j > i; j--) store[base + j] = store[base + j - 1];
    store[base + i] = value;
    if (size < SKETCH_SIZE) this.sizes[paragraph] = size + 1;
  }

  size(paragraph: number): number {
    return this.sizes[paragraph];
  }

  /** The k-th smallest hash of the paragraph's sketch. */
  at(paragraph: number, k: number): number {
    return this.store[paragraph * SKETCH_SIZE + k];
  }
}

/**
 * Sketch hash → the first paragraphs that have it (at most MAX_POSTINGS). Most hashes belong to one
 * paragraph, so that one sits in the table and only shared hashes get a list in `more`.
 */
export class SketchIndex {
  /** Open addressing with linear probing: sketch hash + 1 (0: empty slot), and its first paragraph. */
  private readonly keys: Int32Array;
  private readonly firsts: Int32Array;
  private readonly mask: number;
  private readonly more = new Map<number, number[]>();
  /** Scratch counts of shared hashes per paragraph, reset after each query. */
  private readonly shared: Uint8Array;
  private readonly touched: number[] = [];

  /** `maxHashes`: how many sketch hashes may be added in all (the table stays at most half full). */
  constructor(
    private readonly sketches: Sketches,
    paragraphCount: number,
    maxHashes: number,
  ) {
    let capacity = 16;
    while (capacity < maxHashes * 2) capacity *= 2;
    this.keys = indexKeys.get(capacity).fill(0, 0, capacity);
    this.firsts = indexFirsts.get(capacity);
    this.mask = capacity - 1;
    this.shared = sharedCounts.get(paragraphCount).fill(0, 0, paragraphCount);
  }

  add(paragraph: number): void {
    const { sketches, keys } = this;
    for (let k = 0; k < sketches.size(paragraph); k++) {
      const hash = sketches.at(paragraph, k);
      const slot = this.slotOf(hash);
      if (keys[slot] === 0) {
        keys[slot] = hash + 1;
        this.firsts[slot] = paragraph;
        continue;
      }
      const list = this.more.get(hash);
      if (!list) this.more.set(hash, [paragraph]);
      else if (list.length < MAX_POSTINGS - 1) list.push(paragraph);
    }
  }

  /** Indexed paragraphs sharing at least two of the paragraph's sketch hashes (one, for a tiny sketch), most shared first. */
  candidates(paragraph: number): number[] {
    const { sketches, keys, shared, touched } = this;
    const size = sketches.size(paragraph);
    for (let k = 0; k < size; k++) {
      const hash = sketches.at(paragraph, k);
      const slot = this.slotOf(hash);
      if (keys[slot] === 0) continue;
      const first = this.firsts[slot];
      if (shared[first]++ === 0) touched.push(first);
      for (const other of this.more.get(hash) ?? NONE) if (shared[other]++ === 0) touched.push(other);
    }
    if (touched.length === 0) return [];
    const minShared = Math.min(2, size);
    const candidates = touched.filter((other) => shared[other] >= minShared).sort((a, b) => shared[b] - shared[a] || b - a);
    for (const other of touched) shared[other] = 0;
    touched.length = 0;
    return candidates;
  }

  /** The slot holding `hash`, or the empty slot where it would go. Hashes are well mixed already. */
  private slotOf(hash: number): number {
    const { keys, mask } = this;
    let slot = hash & mask;
    while (keys[slot] !== 0 && keys[slot] !== hash + 1) slot = (slot + 1) & mask;
    return slot;
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
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}
