// The document's word index (doc.words): one tokenizer for every rule. What a word is, script by
// script, and what the index answers (flags, a paragraph's run of words), as the rules rely on it.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { APOSTROPHE, DIGIT, INVISIBLE, LETTER, MARK } from '../../src/text/char-classes.js';

function wordsOf(text: string): string[] {
  const { words } = createDocument({ text, path: 'w.txt' });
  return Array.from({ length: words.count }, (_, k) => words.textOf(k));
}

function flagsOf(text: string): number[] {
  return Array.from(createDocument({ text, path: 'w.txt' }).words.flags);
}

describe('doc.words: what a word is', () => {
  it('takes letters of every script, with their combining marks', () => {
    expect(wordsOf('Hà Nội Москва Αθήνα القاهرة 東京 กรุงเทพ नई दिल्ली')).toEqual([
      'Hà',
      'Nội',
      'Москва',
      'Αθήνα',
      'القاهرة',
      '東京',
      'กรุงเทพ',
      'नई',
      'दिल्ली',
    ]);
    // A decomposed accent stays with its letter: "Thé" typed as T h e + U+0301.
    expect(wordsOf('The\u0301 cafe\u0301s')).toEqual(['The\u0301', 'cafe\u0301s']);
  });

  it('keeps an inner apostrophe, straight or curly, and drops one at either end', () => {
    expect(wordsOf("Vietnam’s rock'n'roll 'quoted' the 1980s’ o’clock")).toEqual([
      'Vietnam’s',
      "rock'n'roll",
      'quoted',
      'the',
      '1980s',
      'o’clock',
    ]);
    // Two apostrophes in a row are no inner apostrophe.
    expect(wordsOf("a''b")).toEqual(['a', 'b']);
  });

  it('splits a hyphenated compound into its words and marks the hyphen that joins them', () => {
    const text = 'Boutros-Ghali non‑bank well - known end-';
    expect(wordsOf(text)).toEqual(['Boutros', 'Ghali', 'non', 'bank', 'well', 'known', 'end']);
    const { words } = createDocument({ text, path: 'w.txt' });
    const hyphenated = Array.from({ length: words.count }, (_, k) => words.isHyphenatedToNext(k));
    expect(hyphenated).toEqual([true, false, true, false, false, false, false]);
  });

  it('takes digits of any script as word characters, and says which words are all digits', () => {
    const text = '2024 ٣ 𝟕 3rd 17.8';
    expect(wordsOf(text)).toEqual(['2024', '٣', '𝟕', '3rd', '17', '8']);
    expect(flagsOf(text).map((flags) => flags & (LETTER | DIGIT))).toEqual([DIGIT, DIGIT, DIGIT, DIGIT | LETTER, DIGIT, DIGIT]);
  });

  it('reads no word in emoji, and a ZWJ between emoji joins nothing', () => {
    expect(wordsOf('ok 😀 👩\u200d💻 go😀go')).toEqual(['ok', 'go', 'go']);
  });

  it('reads a word across C0 controls, private use and format characters, and flags it', () => {
    const text = 'de\u0001puties bo\uE000bbles po\u00ADlicy zero\u200bwidth ast\u{F0000}ral tab\tsplits del\u007fsplits';
    expect(wordsOf(text)).toEqual([
      'de\u0001puties',
      'bo\uE000bbles',
      'po\u00ADlicy',
      'zero\u200bwidth',
      'ast\u{F0000}ral',
      'tab',
      'splits',
      'del',
      'splits',
    ]);
    expect(flagsOf(text).map((flags) => (flags & INVISIBLE) !== 0)).toEqual([true, true, true, true, true, false, false, false, false]);
  });

  it('flags apostrophes and marks, and counts a surrogate pair as one letter', () => {
    const [apostrophe, mark] = flagsOf('it’s e\u0301');
    expect(apostrophe & APOSTROPHE).toBe(APOSTROPHE);
    expect(mark & MARK).toBe(MARK);
    const { words } = createDocument({ text: '𝓀𝓀 ok', path: 'w.txt' });
    expect([words.starts[0], words.ends[0], words.starts[1], words.ends[1]]).toEqual([0, 4, 5, 7]);
  });
});

describe('doc.words: the index', () => {
  const text = 'First paragraph’s words.\n\nSecond one here\n\n***\n\nThird';
  const doc = createDocument({ text, path: 'p.txt' });

  it('gives each paragraph its run of words', () => {
    const counts = doc.paragraphs.map((p) => doc.words.countIn(p.start, p.end));
    expect(counts).toEqual([3, 3, 0, 1]);
    const second = doc.paragraphs[1];
    const first = doc.words.indexAtOrAfter(second.start);
    expect(doc.words.textOf(first)).toBe('Second');
    expect(doc.words.indexAtOrAfter(text.length)).toBe(doc.words.count);
  });

  it('is built once and shared: every rule asking gets the same index', () => {
    expect(doc.words).toBe(doc.words);
    expect(doc.sentences).toBe(doc.sentences);
  });

  it('finds the same words as walking each paragraph alone', () => {
    const all = Array.from({ length: doc.words.count }, (_, k) => doc.words.textOf(k));
    const byParagraph = doc.paragraphs.flatMap((p) => wordsOf(p.text));
    expect(all).toEqual(byParagraph);
  });

  it('holds an empty text as no words', () => {
    expect(createDocument({ text: '', path: 'e.txt' }).words.count).toBe(0);
  });
});
