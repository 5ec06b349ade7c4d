// The shingles of a fingerprint are hashed as the words are read (src/dedup/fingerprint.ts): they must be
// the sorted distinct hashes of the word 5-grams that a plain reading gives (every word's hash first, then
// each run of five), and what the state keeps must be an array of their own size, not a view of the room
// they were gathered in (a worker would send that room whole to the main thread).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { bodySpans, fingerprintText, minHash, SHINGLE_WORDS, sortUint32 } from '../../src/dedup/fingerprint.js';
import { hashWords } from '../../src/duplicates/word-hashes.js';
import { mix32, WordScanner } from '../../src/duplicates/normalized-words.js';

/** The shingles read the plain way: all the body's word hashes, then one hash per run of five words. */
function plainShingles(text: string): number[] {
  const doc = createDocument({ text, path: 'x.txt' });
  const scanner = new WordScanner(text);
  const words: number[] = [];
  for (const [start, end] of bodySpans(text, doc.paragraphs)) {
    scanner.reset(start, end);
    while (scanner.next()) words.push(scanner.hash);
  }
  if (words.length === 0) return [];
  const shingles = new Set<number>();
  for (let i = 0; i < Math.max(1, words.length - SHINGLE_WORDS + 1); i++) {
    let h = 0x3c6ef372;
    for (const word of words.slice(i, i + SHINGLE_WORDS)) h = Math.imul(h ^ word, 0x9e3779b1) ^ (h >>> 15);
    shingles.add(mix32(h));
  }
  return [...shingles].sort((a, b) => a - b);
}

function fingerprintOf(text: string) {
  const doc = createDocument({ text, path: 'x.txt' });
  return fingerprintText(doc.text, doc.paragraphs);
}

const PARAGRAPH = 'The harbour of Hai Phong opened a new container terminal on Monday, the port authority said.';

describe('fingerprint shingles', () => {
  it.each([
    ['no words', '...\n'],
    ['one word', 'Harbour\n'],
    ['four words', 'The harbour opened today.\n'],
    ['five words', 'The harbour opened again today.\n'],
    ['paragraphs whose 5-grams run across their edges', `${PARAGRAPH}\n\nA second paragraph follows it.\n\nAnd a third.\n`],
    ['a paragraph repeated, so 5-grams repeat', `${Array.from({ length: 300 }, () => PARAGRAPH).join('\n')}\n`],
    ['many words, none repeated', `${Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ')}\n`],
  ])('are the distinct 5-gram hashes of %s', (_name, text) => {
    const fingerprint = fingerprintOf(text);
    expect([...fingerprint.shingles]).toEqual(plainShingles(text));
  });

  it('are kept in an array of their own size, with or without repeats', () => {
    for (const text of [
      `${Array.from({ length: 300 }, () => PARAGRAPH).join('\n')}\n`,
      `${Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ')}\n`,
    ]) {
      const { shingles } = fingerprintOf(text);
      expect(shingles.length).toBeGreaterThan(10);
      expect(shingles.byteOffset).toBe(0);
      expect(shingles.buffer.byteLength).toBe(shingles.byteLength);
    }
  });
});

describe('fingerprint arithmetic', () => {
  /** Well-mixed pseudo-random hashes, the same in every run. */
  const hashes = (n: number, seed: number) => Uint32Array.from({ length: n }, (_, i) => mix32(Math.imul(i + seed, 0x9e3779b9)));

  it('sorts shingles as the built-in sort does, small or past the radix sort threshold, repeats and extremes included', () => {
    for (const n of [0, 1, 255, 256, 257, 1000, 70_000]) {
      const values = hashes(n, n);
      if (n > 3) values.set([0, 0xffffffff, values[1], 0x80000000]);
      const expected = values.slice().sort();
      sortUint32(values);
      expect(values).toEqual(expected);
    }
  });

  it('takes the same MinHash signature as one hash function per pass would, for any signature size', () => {
    const seeds = Array.from({ length: 512 }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)) | 1);
    const oneAtATime = (shingles: Uint32Array, size: number) =>
      Uint32Array.from({ length: size }, (_, k) =>
        shingles.reduce((min, x) => Math.min(min, Math.imul(x ^ seeds[k], 0x9e3779b1) >>> 0), 0xffffffff),
      );
    for (const size of [96, 7, 1]) {
      for (const n of [0, 1, 500]) expect(minHash(hashes(n, size), size)).toEqual(oneAtATime(hashes(n, size), size));
    }
  });

  it('gives the same fingerprint from the document word index and its shared hashes as from the text alone', () => {
    const text = `Hai Phong (VNA) – ${PARAGRAPH}\n\nPhoto: VNA\n\n${PARAGRAPH} It was the second one.\n`;
    const doc = createDocument({ text, path: 'x.txt' });
    const alone = fingerprintText(text, doc.paragraphs);
    expect(fingerprintText(text, doc.paragraphs, undefined, doc.words)).toEqual(alone);
    expect(fingerprintText(text, doc.paragraphs, undefined, doc.words, hashWords(text, doc.words))).toEqual(alone);
  });
});
