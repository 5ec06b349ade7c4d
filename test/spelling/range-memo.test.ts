import { describe, expect, it } from 'vitest';
import { RangeMemo } from '../../src/spelling/range-memo.js';

describe('RangeMemo: a memo asked with a range of a text', () => {
  it('answers a word from its first computation, wherever the word stands and in whatever text', () => {
    const memo = new RangeMemo<string>(10, 20);
    const computed: string[] = [];
    const compute = (key: string) => {
      computed.push(key);
      return key.toUpperCase();
    };
    expect(memo.get('the Texaco deal', 4, 10, compute)).toBe('TEXACO');
    expect(memo.get('Texaco said', 0, 6, compute)).toBe('TEXACO');
    // Same length and first letters, another word: computed on its own.
    expect(memo.get('a Texado', 2, 8, compute)).toBe('TEXADO');
    expect(memo.get('Tex', 0, 3, compute)).toBe('TEX');
    expect(computed).toEqual(['Texaco', 'Texado', 'Tex']);
    expect(memo.size).toBe(3);
  });

  it('once full, or asked about a key too long to keep, computes without keeping and answers the same', () => {
    const memo = new RangeMemo<number>(2, 5);
    let calls = 0;
    const length = (key: string) => {
      calls++;
      return key.length;
    };
    const text = 'one two three four';
    expect(memo.get(text, 0, 3, length)).toBe(3);
    expect(memo.get(text, 8, 13, length)).toBe(5);
    expect(memo.get(text, 14, 18, length)).toBe(4);
    expect(memo.size).toBe(2);
    expect(memo.get(text, 14, 18, length)).toBe(4);
    expect(memo.get(text, 0, 3, length)).toBe(3);
    expect(calls).toBe(4);
    const long = new RangeMemo<number>(10, 5);
    expect(long.get('abcdefgh', 0, 8, length)).toBe(8);
    expect(long.size).toBe(0);
  });

  it('tells apart many words that share a slot of its table', () => {
    const memo = new RangeMemo<string>(3000, 20);
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const text = words.join(' ');
    for (const round of [1, 2]) {
      let at = 0;
      for (const word of words) {
        expect(
          memo.get(text, at, at + word.length, (key) => `${key}!`),
          `round ${round}`,
        ).toBe(`${word}!`);
        at += word.length + 1;
      }
    }
    expect(memo.size).toBe(3000);
  });
});
