// The words duplicate detection compares: the tokenizer's words, case-folded, apostrophes and
// invisible characters dropped. A scanner reading the document's word index must give exactly the
// hashes of one tokenizing the range itself, whatever the range (a dateline's body may start or end
// inside a word).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { sameWords, WordScanner } from '../../src/duplicates/normalized-words.js';

function scan(scanner: WordScanner, start: number, end: number): string[] {
  const found: string[] = [];
  scanner.reset(start, end);
  while (scanner.next()) found.push(`${scanner.wordStart}-${scanner.wordEnd}:${scanner.hash}/${scanner.hash2}`);
  return [...found, `key ${scanner.contentKey()} letters ${scanner.letterWords} numbers ${scanner.numbers}`];
}

describe('WordScanner', () => {
  const text = "HANOI (VNA) – Vietnam’s VIETNAM'S Viet\u200bnam's 17.8 pct, 𝓀𝓀 rock’n’roll-era\n\nSecond line";

  it('reads the same words from the document index as by tokenizing, on every range', () => {
    const doc = createDocument({ text, path: 'n.txt' });
    const fromIndex = new WordScanner(text, doc.words);
    const tokenizing = new WordScanner(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end += 3) {
        // A range never splits a surrogate pair.
        if (/[\udc00-\udfff]/.test(text.charAt(start)) || /[\udc00-\udfff]/.test(text.charAt(end))) continue;
        expect(scan(fromIndex, start, end), `${start}-${end}`).toEqual(scan(tokenizing, start, end));
      }
    }
  });

  it('reads the same hashes in batches (readHashes, its loop over the index inlined) as word by word, on every range', () => {
    const doc = createDocument({ text, path: 'n.txt' });
    const batched = new WordScanner(text, doc.words);
    const tokenizing = new WordScanner(text);
    const batch = new Uint32Array(2);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end += 2) {
        if (/[\udc00-\udfff]/.test(text.charAt(start)) || /[\udc00-\udfff]/.test(text.charAt(end))) continue;
        const hashes: number[] = [];
        batched.reset(start, end);
        for (let count = batched.readHashes(batch); count > 0; count = batched.readHashes(batch)) hashes.push(...batch.subarray(0, count));
        const state = [batched.contentKey(), batched.words, batched.letterWords, batched.numbers, batched.wordEnd, batched.hash2];
        const expected: number[] = [];
        tokenizing.reset(start, end);
        while (tokenizing.next()) expected.push(tokenizing.hash);
        expect(hashes, `${start}-${end}`).toEqual(expected);
        const expectedState = [tokenizing.contentKey(), tokenizing.words, tokenizing.letterWords, tokenizing.numbers];
        expect(state.slice(0, 4), `${start}-${end}`).toEqual(expectedState);
        // After the last word, a batch leaves the fields word-by-word reading leaves.
        if (expected.length > 0) {
          const last = new WordScanner(text);
          last.reset(start, end);
          for (let n = 0; n < expected.length; n++) last.next();
          expect(state.slice(4), `${start}-${end}`).toEqual([last.wordEnd, last.hash2]);
        }
      }
    }
  });

  it('hashes a word the same whatever its case, apostrophe or invisible characters', () => {
    const scanner = new WordScanner(text, createDocument({ text, path: 'n.txt' }).words);
    const at = (word: string) => {
      const start = text.indexOf(word);
      scanner.reset(start, start + word.length);
      scanner.next();
      return scanner.hash;
    };
    expect(at("VIETNAM'S")).toBe(at('Vietnam’s'));
    expect(at("Viet\u200bnam's")).toBe(at('Vietnam’s'));
    expect(at('Second')).not.toBe(at('Vietnam’s'));
  });

  it('compares two ranges word for word, not by hash alone', () => {
    const copy = "Vietnam’s talks ended.\n\nVIETNAM'S TALKS ENDED\n\nVietnam talks ended.";
    const doc = createDocument({ text: copy, path: 'c.txt' });
    const [a, b, c] = doc.paragraphs.map((p): [number, number] => [p.start, p.end]);
    expect(sameWords(copy, a, b, doc.words)).toBe(true);
    expect(sameWords(copy, a, c, doc.words)).toBe(false);
  });
});
