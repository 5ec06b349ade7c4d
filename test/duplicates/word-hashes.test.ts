// A document's word hashes, made once and shared by the rules that key spans by their words: a scanner
// given them must read exactly what one hashing each word itself reads, on every range (a dateline's
// body may start or end inside a word, which is hashed as the range holds it).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { analyzeDuplicates } from '../../src/duplicates/find-duplicates.js';
import { WordScanner } from '../../src/duplicates/normalized-words.js';
import { hashWords, LastDocumentHashes } from '../../src/duplicates/word-hashes.js';

const text = "HANOI (VNA) – Vietnam’s VIETNAM'S Viet\u200bnam's 17.8 pct, 𝓀𝓀 rock’n’roll-era\n\nSecond line";

/** Every word's hashes and the scanner's state after the range, read in batches of two. */
function read(scanner: WordScanner, start: number, end: number): number[] {
  const hashes = new Uint32Array(2);
  const hashes2 = new Uint32Array(2);
  const found: number[] = [];
  scanner.reset(start, end);
  for (let count = scanner.readHashes(hashes, hashes2); count > 0; count = scanner.readHashes(hashes, hashes2)) {
    for (let k = 0; k < count; k++) found.push(hashes[k], hashes2[k]);
  }
  return [...found, scanner.contentKey(), scanner.words, scanner.letterWords, scanner.numbers, scanner.wordEnd, scanner.hash2];
}

describe('shared word hashes', () => {
  it('give a scanner the hashes, keys and counts it computes itself, on every range', () => {
    const doc = createDocument({ text, path: 'n.txt' });
    const shared = new WordScanner(text, doc.words, hashWords(text, doc.words));
    const own = new WordScanner(text, doc.words);
    const tokenizing = new WordScanner(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end += 2) {
        if (/[\udc00-\udfff]/.test(text.charAt(start)) || /[\udc00-\udfff]/.test(text.charAt(end))) continue;
        const expected = read(tokenizing, start, end);
        expect(read(shared, start, end), `${start}-${end}`).toEqual(expected);
        expect(read(own, start, end), `${start}-${end}`).toEqual(expected);
      }
    }
  });

  it('read to the end of a range give the key and counts of reading it word by word', () => {
    const doc = createDocument({ text, path: 'n.txt' });
    const shared = new WordScanner(text, doc.words, hashWords(text, doc.words));
    const byWord = new WordScanner(text);
    for (const [start, end] of [
      [0, text.length],
      [3, 40],
      [12, text.indexOf('\n')],
    ]) {
      shared.reset(start, end).readToEnd();
      byWord.reset(start, end);
      while (byWord.next()) {
        // every word
      }
      expect([shared.contentKey(), shared.words, shared.letterWords]).toEqual([byWord.contentKey(), byWord.words, byWord.letterWords]);
    }
  });

  it('are made once for the document being collected, and again for the next one', () => {
    const memo = new LastDocumentHashes();
    const first = createDocument({ text, path: 'a.txt' });
    const second = createDocument({ text: 'Another story', path: 'b.txt' });
    const hashes = memo.of(first.text, first.words);
    expect(memo.of(first.text, first.words)).toBe(hashes);
    expect(memo.of(second.text, second.words)?.hash).toEqual(hashWords(second.text, second.words).hash);
    expect(memo.of(first.text, first.words)).not.toBe(hashes);
  });

  it('give the within-document duplicate rules the analysis they make alone', () => {
    const lead = 'HANOI (VNA) – The harbour of Hai Phong opened a new container terminal on Monday, the port authority said.';
    const copy = `${lead}\n\nPhoto: VNA\n\n${lead.slice(14).toUpperCase()}\n\nThe harbour of Hai Phong opened a new container terminal on Monday, the port said.\n`;
    const alone = analyzeDuplicates(createDocument({ text: copy, path: 'a.txt' }));
    expect(alone.pairs.length).toBeGreaterThan(0);
    const doc = createDocument({ text: copy, path: 'a.txt' });
    expect(analyzeDuplicates(doc, hashWords(copy, doc.words))).toEqual(alone);
  });
});
