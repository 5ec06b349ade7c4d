import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../src/data-path.js';
import { isAsciiDictionaryWord } from '../../src/spelling/dictionary.js';
import { HotWords } from '../../src/spelling/hot-words.js';

describe('HotWords: the dictionary look-up of the commonest words, cached', () => {
  it('gives the dictionary’s answer for words, non-words, other cases and scripts, long words', () => {
    const hot = new HotWords();
    const text = 'The THE the Corp mln said Texaco café 3rd counterrevolutionaries Counterrevolutionarie x';
    const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const expected = spans.map(([start, end]) => isAsciiDictionaryWord(text, start, end));
    expect(expected.some(Boolean) && !expected.every(Boolean)).toBe(true);
    for (const round of [1, 2, 3]) {
      expect(
        spans.map(([start, end]) => hot.isAsciiDictionaryWord(text, start, end)),
        `round ${round}`,
      ).toEqual(expected);
    }
  });

  it('answers right for thousands of words that evict one another, in any order', () => {
    const listed = readFileSync(dataPath('english-words.txt'), 'latin1')
      .split('\n')
      .slice(0, 40_000)
      .map((line) => line.split(' ')[0])
      .filter((word) => word.length > 0 && word.length < 16);
    // Words and near-misses of them, asked in one order and then in the other.
    const words = listed.flatMap((word, i) => (i % 3 === 0 ? [word, `${word}q`, word.toUpperCase()] : [word]));
    const text = words.join(' ');
    const spans: [number, number][] = [];
    for (let at = 0, i = 0; i < words.length; at += words[i].length + 1, i++) spans.push([at, at + words[i].length]);
    const hot = new HotWords();
    for (const order of [spans, [...spans].reverse(), spans]) {
      const wrong = order.filter(([start, end]) => hot.isAsciiDictionaryWord(text, start, end) !== isAsciiDictionaryWord(text, start, end));
      expect(wrong).toEqual([]);
    }
  });
});
