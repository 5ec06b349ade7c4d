// The tokenizer (WordSpans) must find exactly the words WORD_PATTERN describes: the same offsets on
// real text, on the characters that make tokenizing hard, and on random mixes of them. The pattern is
// the spec written as one regular expression, kept here as the oracle the walk is checked against.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../src/document.js';
import { WordSpans } from '../src/text/word-spans.js';
import { INVISIBLE_IN_WORD } from '../src/text/char-classes.js';
import { readWord, wordsOf } from '../src/text/words.js';
import { corpusDir, corpusSuite, hasCorpus } from './helpers/corpus.js';
import { DUMP_FILES, readDump } from './helpers/dumps.js';

function spansOf(text: string, start = 0, end = text.length): [number, number][] {
  const spans: [number, number][] = [];
  const words = new WordSpans().reset(text, start, end);
  while (words.next()) spans.push([words.start, words.end]);
  return spans;
}

/** Letters, marks and digits, joined by an apostrophe or a run of invisible characters. */
const WORD_PATTERN = new RegExp(`[\\p{L}\\p{M}\\p{Nd}]+(?:(?:['’]|[${INVISIBLE_IN_WORD}]+)[\\p{L}\\p{M}\\p{Nd}]+)*`, 'gu');

function flaggedSpansOf(text: string): [number, number, number][] {
  const spans: [number, number, number][] = [];
  const words = new WordSpans().reset(text);
  while (words.next()) spans.push([words.start, words.end, words.flags]);
  return spans;
}

function patternSpansOf(text: string, offset = 0): [number, number][] {
  return [...text.matchAll(WORD_PATTERN)].map((m) => [offset + m.index, offset + m.index + m[0].length]);
}

/** Characters where the pattern's classes and joiners decide: apostrophes, format characters, marks, astral letters, lone surrogates. */
const TRICKY = [
  'a',
  'Z',
  'é',
  'e\u0301',
  'ß',
  'Đ',
  'ư',
  '7',
  '٣',
  '𝟕',
  '𝓀',
  '😀',
  '中',
  '\u0e31',
  "'",
  '’',
  '‘',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u{e0041}',
  '\u{1d173}',
  ' ',
  '\u00a0',
  '\n',
  '\r\n',
  '\t',
  '-',
  '.',
  ',',
  '“',
  '”',
  '(',
  ')',
  '/',
  '_',
  '\ud835',
  '\udcc0',
];

describe.skipIf(!hasCorpus)(corpusSuite('WordSpans on the external corpora'), () => {
  it('finds the words of the seed dumps and of a Reuters file as WORD_PATTERN does', () => {
    for (const file of ['seeds/vna-hai-phong-mexico.txt', 'seeds/vna-vietnam-russia.txt', 'reuters-21578/reut2-000.sgm']) {
      const text = readFileSync(path.join(corpusDir, file), 'utf8');
      expect(spansOf(text), file).toEqual(patternSpansOf(text));
    }
  });
});

describe('WordSpans', () => {
  it('finds the words of our test dumps and sample dumps as WORD_PATTERN does', () => {
    const examples = ['grain-markets.txt', 'harbour-festival.txt', 'water-agreement.txt', 'wire-records.jsonl'];
    const texts = [
      ...DUMP_FILES.map((file) => [file, readDump(file)]),
      ...examples.map((file) => [file, readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8')]),
    ];
    for (const [file, text] of texts) expect(spansOf(text), file).toEqual(patternSpansOf(text));
  });

  it('joins only across an apostrophe or a run of format characters followed by a word character', () => {
    const text = "Vietnam’s rock'n'roll com\u00ADment zero\u200b\u200bwidth end' 'start ’’twice’’ soft\u00ad";
    expect(spansOf(text)).toEqual(patternSpansOf(text));
    expect(spansOf(text).map(([start, end]) => text.slice(start, end))).toEqual([
      'Vietnam’s',
      "rock'n'roll",
      'com\u00ADment',
      'zero\u200b\u200bwidth',
      'end',
      'start',
      'twice',
      'soft',
    ]);
  });

  it('takes a surrogate pair as one character and a lone surrogate as none', () => {
    const text = '𝓀𝓀 a𝓀b \ud835x \udcc0y z\ud835 𝟕7 😀ok';
    expect(spansOf(text)).toEqual(patternSpansOf(text));
    expect(spansOf('𝓀𝓀 ok')).toEqual([
      [0, 4],
      [5, 7],
    ]);
  });

  it('matches the pattern on random mixes of tricky characters', () => {
    let seed = 20240601;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let k = random(24); k >= 0; k--) text += TRICKY[random(TRICKY.length)];
      expect(spansOf(text), JSON.stringify(text)).toEqual(patternSpansOf(text));
      // The document's word index inlines the same walk: it must find the same words, with the same flags.
      const { words } = createDocument({ text, path: 'r.txt' });
      expect(Array.from({ length: words.count }, (_, k) => [words.starts[k], words.ends[k], words.flags[k]])).toEqual(flaggedSpansOf(text));
    }
  });

  it('walks a paragraph of a document in place: the same words as the pattern on the paragraph alone', () => {
    const text = '  First paragraph’s words, 𝓀 and all.\r\n\r\nSecond\u00ad one\u200b\u200bhere\r\n';
    for (const paragraph of createDocument({ text, path: 'p.txt' }).paragraphs) {
      expect(spansOf(text, paragraph.start, paragraph.end)).toEqual(patternSpansOf(paragraph.text, paragraph.start));
    }
  });
});

describe('words across invisible and control characters', () => {
  it('reads a word across C0 controls, private use and format characters, as it will read once they are gone', () => {
    const text = 'de\u0001puties bo\uE000bbles fu\u0002\u0003rther po\u00ADlicy ast\u{F0000}ral tab\tsplits line\nsplits del\u007fsplits';
    expect(spansOf(text)).toEqual(patternSpansOf(text));
    expect(wordsOf(text).map((word) => readWord(word.text))).toEqual([
      'deputies',
      'bobbles',
      'further',
      'policy',
      'astral',
      'tab',
      'splits',
      'line',
      'splits',
      'del',
      'splits',
    ]);
  });

  it('does not glue a word to a control character or a private-use character beside it', () => {
    const text = '\u0001start end\uE000 \uE000alone\u0001';
    expect(spansOf(text).map(([start, end]) => text.slice(start, end))).toEqual(['start', 'end', 'alone']);
    expect(spansOf(text)).toEqual(patternSpansOf(text));
  });

  it('matches the pattern on random mixes with control and private-use characters', () => {
    const tricky = ['a', 'é', '7', '\u0001', '\u001f', '\uE000', '\u{F0000}', '\u00ad', '\u200b', ' ', '\t', '\u007f', "'", '-'];
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let round = 0; round < 1000; round++) {
      let text = '';
      for (let k = random(16); k >= 0; k--) text += tricky[random(tricky.length)];
      expect(spansOf(text), JSON.stringify(text)).toEqual(patternSpansOf(text));
    }
  });
});
