// The fingerprint of one document for cross-document dedup: what is left of an article once the parts
// that differ between syndicated copies of one wire story are set aside. Five outlets run one VNA
// story as `Hai Phong (VNA) – …`, `HAI PHONG, March 3 (VNA) - …`, with or without a photo caption
// glued in front, with curly or straight quotes: the caption paragraphs, the leading dateline, case,
// punctuation and white space are not part of the fingerprint, so those copies compare equal.
//
// A fingerprint is hashes only, never text: the exact key (53 bits) of the normalized word sequence,
// the sorted distinct 32-bit hashes of its word 5-grams (for the real Jaccard similarity), and the LSH
// band keys of a MinHash signature over those shingles (to propose candidate pairs without comparing
// every pair). Words are read by the scanner the within-document duplicate rules use
// (src/duplicates/normalized-words.ts): case-folded, punctuation and apostrophes ignored.
import { findLeadPrefix } from '../text/dateline.js';
import { isCaption, withoutLeadingDateline } from '../text/line-kinds.js';
import { mix32, WordScanner } from '../duplicates/normalized-words.js';
import type { Paragraph } from '../types.js';
import { countCommon } from '../duplicates/shingle-sketch.js';
import type { DocumentWords } from '../text/document-words.js';
import type { WordHashes } from '../duplicates/word-hashes.js';

export const SHINGLE_WORDS = 5;

export interface LshShape {
  bands: number;
  rows: number;
}

/** 16 bands of 6 rows: a pair at Jaccard 0.8 becomes a candidate with probability 0.992, at 0.5 with 0.22. */
export const DEFAULT_LSH: LshShape = { bands: 16, rows: 6 };

export interface Fingerprint {
  /** Normalized words of the body (without captions and the leading dateline). */
  words: number;
  /** The same for any two texts with the same normalized body words. */
  exactKey: number;
  /** Sorted distinct hashes of the body's word 5-grams (one shingle of all words when fewer than 5). */
  shingles: Uint32Array;
  /** One key per LSH band; two documents sharing any band key are a candidate pair. */
  bands: Uint32Array;
}

/** The spans of a text that count for dedup: every paragraph but captions, the first without its dateline. */
export function bodySpans(text: string, paragraphs: readonly Paragraph[]): [number, number][] {
  const starts = bodyStarts(text, paragraphs);
  const spans: [number, number][] = [];
  paragraphs.forEach((paragraph, i) => {
    if (starts[i] !== NO_BODY && starts[i] < paragraph.end) spans.push([starts[i], paragraph.end]);
  });
  return spans;
}

/** A caption's entry in `bodyStarts`. */
export const NO_BODY = -1;

/**
 * Where each paragraph's body starts (`bodySpans` are those that start before their paragraph ends):
 * NO_BODY for a caption; the first paragraph with a body starts after its lead prefix.
 */
export function bodyStarts(text: string, paragraphs: readonly Paragraph[]): Int32Array {
  const starts = new Int32Array(paragraphs.length);
  let hasBody = false;
  paragraphs.forEach((paragraph, i) => {
    if (isCaption(paragraph.text)) {
      starts[i] = NO_BODY;
      return;
    }
    const start = hasBody ? paragraph.start : afterLeadPrefix(text, paragraph);
    starts[i] = start;
    if (start < paragraph.end) hasBody = true;
  });
  return starts;
}

/**
 * The first paragraph's body: after a glued caption and an agency dateline, or a wire dateline. A
 * re-spaced copy (`HO  CHI  MINH  CITY,  June  25  (VNA)  -`) is matched on its spaces collapsed, as
 * the dateline patterns expect single spaces, and the offset mapped back.
 */
function afterLeadPrefix(text: string, paragraph: Paragraph): number {
  const lead = findLeadPrefix(text, paragraph.start, paragraph.end);
  if (lead) return lead.bodyStart;
  const plain = paragraph.text;
  const collapsed = plain.replace(SPACE_RUN, ' ');
  if (collapsed === plain) return paragraph.end - withoutLeadingDateline(plain).length;
  const collapsedLead = findLeadPrefix(collapsed, 0, collapsed.length);
  const bodyStart = collapsedLead ? collapsedLead.bodyStart : collapsed.length - withoutLeadingDateline(collapsed).length;
  return paragraph.start + offsetBeforeCollapsing(plain, bodyStart);
}

const SPACE_RUN = /[ \t\u00a0]{2,}/g;
const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\u00a0';

/** The offset in `plain` of offset `collapsedOffset` in `plain` with its runs of spaces made one. */
function offsetBeforeCollapsing(plain: string, collapsedOffset: number): number {
  let collapsed = 0;
  for (let i = 0; i < plain.length; i++) {
    if (collapsed === collapsedOffset) return i;
    if (isSpace(plain[i]) && i > 0 && isSpace(plain[i - 1])) continue;
    collapsed++;
  }
  return plain.length;
}

/**
 * `words`: the document's word index (`doc.words`), read instead of tokenizing the text again; `hashes`:
 * its words' hashes, when another rule has made them (src/duplicates/word-hashes.ts).
 */
export function fingerprintText(
  text: string,
  paragraphs: readonly Paragraph[],
  lsh: LshShape = DEFAULT_LSH,
  words?: DocumentWords,
  hashes?: WordHashes,
): Fingerprint {
  const { shingles, words: wordCount, exactKey } = bodyShingles(text, bodySpans(text, paragraphs), SHINGLE_WORDS, words, hashes);
  return { words: wordCount, exactKey, shingles, bands: bandKeys(minHash(shingles, lsh.bands * lsh.rows), lsh) };
}

/**
 * The sorted distinct hashes of the body's word n-grams (a text shorter than n words is one shingle of
 * them all), the number of words and the exact key of the whole sequence. Each n-gram is hashed as its
 * last word is read, from a ring of the last n word hashes: a huge document never holds its word hashes
 * beside its shingles, nor a doubled array beside its copy (a 50 MB one-line file held three arrays of
 * 34 MB at once; now the shingles and their distinct copy).
 */
export function bodyShingles(
  text: string,
  spans: readonly [number, number][],
  size: number,
  index?: DocumentWords,
  indexHashes?: WordHashes,
): { shingles: Uint32Array; words: number; exactKey: number } {
  const scanner = new WordScanner(text, index, indexHashes);
  const window = new Uint32Array(size);
  // Word hashes are read in batches (the scanner's inlined walk of the index), then shingled.
  const hashes = new Uint32Array(HASH_BATCH);
  const hashes2 = new Uint32Array(HASH_BATCH);
  // Room for a shingle per code unit, more than a text can have: the system backs only the pages
  // written, so this costs what the shingles take, with no doubling and no copy as it fills.
  let room = 1;
  for (const [start, end] of spans) room += end - start;
  const shingles = new Uint32Array(room);
  let count = 0;
  let words = 0;
  let key1 = 0x2545f491;
  let key2 = 0x6a09e667;
  for (const [start, end] of spans) {
    scanner.reset(start, end);
    for (let read = scanner.readHashes(hashes, hashes2); read > 0; read = scanner.readHashes(hashes, hashes2)) {
      for (let w = 0; w < read; w++) {
        const hash = hashes[w];
        window[words % size] = hash;
        words++;
        if (words >= size) shingles[count++] = shingleOf(window, words - size, size);
        key1 = Math.imul(((key1 << 13) | (key1 >>> 19)) ^ hash, 0x9e3779b1);
        key2 = Math.imul(((key2 << 13) | (key2 >>> 19)) ^ hashes2[w], 0x85ebca6b);
      }
    }
  }
  // A text shorter than n words is one shingle of all its words.
  if (words > 0 && words < size) shingles[count++] = shingleOf(window, 0, words);
  return { shingles: sortedDistinct(shingles.subarray(0, count)), words, exactKey: mix32(key1) * 0x200000 + (mix32(key2) >>> 11) };
}

/** The hash of `count` words from the `first`-th word read, held in a ring of the last `window.length`. */
function shingleOf(window: Uint32Array, first: number, count: number): number {
  let h = 0x3c6ef372;
  for (let j = first; j < first + count; j++) h = Math.imul(h ^ window[j % window.length], 0x9e3779b1) ^ (h >>> 15);
  return mix32(h);
}

const HASH_BATCH = 256;

/** Sorts in place and keeps each value once, in an array of its own (not a view of the room it was sorted in). */
function sortedDistinct(values: Uint32Array): Uint32Array {
  sortUint32(values);
  let unique = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[unique++] = values[i];
  return values.slice(0, unique);
}

/**
 * Sorts in place: small arrays by the built-in sort, larger ones by a radix sort of three 11-bit digits
 * (a document's shingles are well-mixed hashes; this took a quarter of the rule's time as a comparison sort);
 * a huge array sorts in place by the built-in sort too, so as not to hold a copy of it.
 */
export function sortUint32(values: Uint32Array): void {
  const n = values.length;
  if (n < RADIX_FROM || n > RADIX_UNTIL) {
    values.sort();
    return;
  }
  const counts = new Uint32Array(3 * RADIX);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    counts[v & RADIX_MASK]++;
    counts[RADIX + ((v >>> 11) & RADIX_MASK)]++;
    counts[2 * RADIX + (v >>> 22)]++;
  }
  for (let digit = 0; digit < 3; digit++) {
    let sum = 0;
    for (let b = digit * RADIX; b < (digit + 1) * RADIX; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
  }
  const scratch = new Uint32Array(n);
  let from: Uint32Array = values;
  let to: Uint32Array = scratch;
  for (let digit = 0; digit < 3; digit++) {
    const shift = digit * 11;
    const base = digit * RADIX;
    for (let i = 0; i < n; i++) {
      const v = from[i];
      to[counts[base + ((v >>> shift) & RADIX_MASK)]++] = v;
    }
    [from, to] = [to, from];
  }
  // Three passes leave the sorted values in the scratch.
  values.set(from);
}

const RADIX = 2048;
const RADIX_MASK = RADIX - 1;
const RADIX_FROM = 256;
// A huge one-line document sorts in place: its scratch would be one more copy of all its shingles.
const RADIX_UNTIL = 1 << 20;

/** Fixed seeds, so a signature is the same in every run, worker and shard. */
const SEEDS = Array.from({ length: 512 }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)) | 1);

/**
 * `size` minimum hashes of the shingles under `size` hash functions: x ↦ (x ⊕ seed) · odd constant,
 * a permutation of 32-bit words whose high bits depend on every input bit (the shingles are already
 * mixed). An empty set has the all-ones signature.
 */
export function minHash(shingles: Uint32Array, size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  // Four hash functions per pass over the shingles: a quarter of the loads and loop steps.
  let k = 0;
  for (; k + 4 <= size; k += 4) {
    const s0 = SEEDS[k];
    const s1 = SEEDS[k + 1];
    const s2 = SEEDS[k + 2];
    const s3 = SEEDS[k + 3];
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const x = shingles[i];
      const h0 = Math.imul(x ^ s0, 0x9e3779b1) >>> 0;
      const h1 = Math.imul(x ^ s1, 0x9e3779b1) >>> 0;
      const h2 = Math.imul(x ^ s2, 0x9e3779b1) >>> 0;
      const h3 = Math.imul(x ^ s3, 0x9e3779b1) >>> 0;
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    signature[k] = m0;
    signature[k + 1] = m1;
    signature[k + 2] = m2;
    signature[k + 3] = m3;
  }
  for (; k < size; k++) {
    const seed = SEEDS[k];
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const h = Math.imul(shingles[i] ^ seed, 0x9e3779b1) >>> 0;
      if (h < min) min = h;
    }
    signature[k] = min;
  }
  return signature;
}

/** One 32-bit key per band of `rows` signature values, salted by the band's number. */
export function bandKeys(signature: Uint32Array, lsh: LshShape): Uint32Array {
  const keys = new Uint32Array(lsh.bands);
  for (let b = 0; b < lsh.bands; b++) {
    let h = Math.imul(b + 1, 0x27d4eb2f);
    for (let r = 0; r < lsh.rows; r++) h = mix32(h ^ signature[b * lsh.rows + r]);
    keys[b] = h;
  }
  return keys;
}

/** |A ∩ B| / |A ∪ B| of two sorted sets of distinct hashes. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const common = countCommon(a, b);
  return common / (a.length + b.length - common);
}
