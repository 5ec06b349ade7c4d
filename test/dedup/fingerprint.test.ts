// The shingles of a fingerprint are hashed as the words are read (src/dedup/fingerprint.ts): they must be
// the sorted distinct hashes of the word 5-grams that a plain reading gives (every word's hash first, then
// each run of five), and what the state keeps must be an array of their own size, not a view of the room
// they were gathered in (a worker would send that room whole to the main thread).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { bodySpans, fingerprintText, SHINGLE_WORDS } from '../../src/dedup/fingerprint.js';
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
