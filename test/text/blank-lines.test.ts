// A document splits on blank lines when it has one (src/document.ts): the walk over its lines that
// decides it must agree with the pattern it replaced, on the characters a blank line may or may not hold.
import { describe, expect, it } from 'vitest';
import { createDocument, findLineStarts, hasBlankLine } from '../../src/document.js';

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\r?\n/;

describe('hasBlankLine', () => {
  it.each([
    ['a\n\nb', true],
    ['a\n \t\r\u00a0\f\v\nb', true],
    ['a\r\n\r\nb', true],
    ['\n\n', true],
    ['a\n \n', true],
    ['a\n \u2028\nb', false],
    ['a\n x\nb', false],
    ['a\n   ', false],
    ['\n', false],
    ['a\nb\nc', false],
  ])('%j → %s', (text, expected) => {
    expect(hasBlankLine(text, findLineStarts(text))).toBe(expected);
    expect(BLANK_LINE.test(text)).toBe(expected);
  });

  it('agrees with the pattern on random texts', () => {
    const pieces = ['\n', '\r', ' ', '\t', '\f', '\v', '\u00a0', '\u2028', '\u3000', 'a', 'word'];
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 5000; round++) {
      let text = '';
      for (let n = random(10); n >= 0; n--) text += pieces[random(pieces.length)];
      expect(hasBlankLine(text, findLineStarts(text)), JSON.stringify(text)).toBe(BLANK_LINE.test(text));
    }
  });

  it('splits on blank lines only when there is one', () => {
    expect(createDocument({ text: 'One\ntwo\n\nThree', path: 'a.txt' }).paragraphs.map((p) => p.text)).toEqual(['One\ntwo', 'Three']);
    expect(createDocument({ text: 'One\ntwo\n \u2028\nThree', path: 'a.txt' }).paragraphs.map((p) => p.text)).toEqual([
      'One',
      'two',
      '\u2028',
      'Three',
    ]);
  });
});
