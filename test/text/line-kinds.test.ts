// The line-kinds helpers that walk characters instead of running a regular expression per paragraph:
// they must count exactly what the patterns they replaced counted.
import { describe, expect, it } from 'vitest';
import {
  countText,
  countTokens,
  isByline,
  isFigureRow,
  isListItem,
  isWhiteSpace,
  withoutLeadingDateline,
  wordCount,
} from '../../src/text/line-kinds.js';

const SAMPLES = [
  'Adjusted world price 53.57',
  'Shr 1.23\u00a0dlrs\u2009vs\u30001.01 cts',
  '  leading and trailing\t\tspace\n\r\v\f\u2028\u2029\u202f\u205f\ufeff\u1680 𝓀 word ',
  'Net 1,948,000 4,270,000 2.1 pct 3,000 words without digits here at all',
  '',
];

describe('line kinds without regular expressions', () => {
  it('isWhiteSpace is what \\s matches, for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpace(code)).toBe(/\s/u.test(String.fromCharCode(code)));
  });

  it.each(SAMPLES)('wordCount counts what \\S+ matches: %j', (text) => {
    expect(wordCount(text)).toBe(text.match(/\S+/gu)?.length ?? 0);
  });

  it('a row where a third of the tokens carry digits is a figure row; fewer is not', () => {
    expect(isFigureRow('Net 1,948,000 vs 2,124,000')).toBe(true);
    expect(isFigureRow('Profit rose to 1.9 mln dlrs in the year from the sales of steel')).toBe(false);
    expect(isFigureRow('Sales\u00a012 units\u3000in 1987 and 1986')).toBe(true);
  });
});

describe('withoutLeadingDateline', () => {
  it.each([
    ['Hai Phong (VNA) – The port grew.', 'The port grew.'],
    ['SALVADOR, Feb 26 - Brazil said.', 'Brazil said.'],
    ['GOLDEN VALLEY, MINN., Feb 26 - The company said.', 'The company said.'],
    // A place of 40 characters before the comma is the longest a wire dateline has.
    [`${'A'.repeat(41)}, Feb 26 - Text.`, 'Text.'],
    [`${'A'.repeat(42)}, Feb 26 - Text.`, `${'A'.repeat(42)}, Feb 26 - Text.`],
    ['Stocks fell on Feb 26 - a bad day.', 'Stocks fell on Feb 26 - a bad day.'],
    // The cheap test before the wire pattern: a non-ASCII capital opens it, any spaces and any of the
    // three dashes close it; a lower-case opening or no digit before the dash is no dateline.
    ['ÁVILA, Feb 26 – Text.', 'Text.'],
    ['Đà Nẵng, Mar 3\u00a0—\u00a0Text.', 'Text.'],
    ['SALVADOR, Feb 26  -\tText.', 'Text.'],
    ['salvador, Feb 26 - Text.', 'salvador, Feb 26 - Text.'],
    ['1 SALVADOR, Feb 26 - Text.', '1 SALVADOR, Feb 26 - Text.'],
    ['SALVADOR, Feb - Text.', 'SALVADOR, Feb - Text.'],
    ['SALVADOR, Feb 26 -Text.', 'SALVADOR, Feb 26 -Text.'],
    ['ST-LOUIS, Feb 26 \u00a0— Text.', 'Text.'],
    ['WILKES-BARRE, Pa., Feb 26 - Text.', 'Text.'],
    // Passes the cheap test (a comma, a digit, a dash) yet is no dateline: the full pattern decides.
    ['In 2020, prices rose 5 - 6 percent.', 'In 2020, prices rose 5 - 6 percent.'],
  ])('%s', (text, rest) => {
    expect(withoutLeadingDateline(text)).toBe(rest);
  });
});

describe('isByline', () => {
  // A cheap test of the first word (after a bracket) comes before the pattern; the last rows pass it and the
  // pattern turns them down.
  it.each([
    ['By Nguyen Van A', true],
    ['(By Nguyen Van A)', true],
    ['BY JOHN SMITH', true],
    ['Reporting by Tom Lee; Editing by Jane Doe', true],
    ['Theo TTXVN', true],
    ['BÀI Minh Đức', true],
    ['ſtory by Jane Doe', true],
    ['From\u00a0Reuters', true],
    ['Bystanders said', false],
    ['Byline Jane', false],
    ['By 2020, prices rose', false],
    ['Reporting from Hanoi', false],
  ])('%s', (text, byline) => {
    expect(isByline(text)).toBe(byline);
  });
});

describe('isListItem', () => {
  // A cheap test (a bullet and a space, or `.`/`)` and a space in the first six characters) comes before
  // the pattern: every list item passes it; the last rows pass it too, and the pattern turns them down.
  it.each([
    ['- item', true],
    ['•\u00a0item', true],
    ['— item', true],
    ['1. item', true],
    ['123. item', true],
    ['(a) item', true],
    ['B) item', true],
    ['(viii) item', true],
    ['xiv.\titem', true],
    ['The plan.', false],
    ['-item', false],
    ['1.5 million people', false],
    ['1234. item', false],
    ['R. H. S. Crossman, M.P., writing', false],
    ['Mr. Smith said', false],
  ])('%s', (text, item) => {
    expect(isListItem(text)).toBe(item);
  });
});

describe('the per-character counts, added from bits rather than branched on', () => {
  // wordCount, countTokens and the test for code count from unitBits; on random texts of their corner
  // pieces they must count what the regular expressions they stand for count.
  const pieces = [
    'a',
    'word',
    '12',
    '3.5',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '{',
    '=',
    '\\',
    '`',
    '*',
    '٣',
    'é',
    '𝓀',
  ];
  let seed = 5;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  it('counts tokens, tokens with a digit, and code symbols as the patterns do', () => {
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let n = random(12); n >= 0; n--) text += pieces[random(pieces.length)];
      const tokens = text.match(/\S+/gu) ?? [];
      expect(wordCount(text), JSON.stringify(text)).toBe(tokens.length);
      expect(countTokens(text), JSON.stringify(text)).toMatchObject({
        tokens: tokens.length,
        numeric: tokens.filter((t) => /[0-9]/.test(t)).length,
      });
      expect(countText(text), JSON.stringify(text)).toEqual({
        tokens: tokens.length,
        numeric: tokens.filter((t) => /[0-9]/.test(t)).length,
        visible: text.replace(/\s/g, '').length,
        symbols: text.match(/[{}[\]<>=;$#|\\_`~^*]/g)?.length ?? 0,
      });
    }
  });
});
