// The text layer's languages: each document's, and each paragraph's where a document mixes them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import markerData from '../../data/english-markers.json' with { type: 'json' };
import { createDocument } from '../../src/document.js';
import { countEnglishMarkers, countEvidence } from '../../src/language/document-languages.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/language/${name}`, import.meta.url), 'utf8');
const doc = (text: string) => createDocument({ text, path: 'a.txt' });
const paragraphLanguages = (text: string) => {
  const d = doc(text);
  return d.paragraphs.map((p) => d.languageAt(p.start));
};

describe('document language', () => {
  it.each([
    ['german.txt', 'de'],
    ['french.txt', 'fr'],
    ['portuguese.txt', 'pt'],
    ['vietnamese.txt', 'vi'],
    ['english-with-french-quote.txt', 'en'],
  ])('%s is %s', (file, language) => {
    expect(doc(fixture(file)).language).toBe(language);
  });

  it('a text with no letters has no language', () => {
    expect(doc('').language).toBe('und');
    expect(doc('2024 — 12:30 (+4.5%)').language).toBe('und');
  });

  it('a document too short to judge is English unless the model is clearly sure of another language', () => {
    expect(doc('Teh cat sat on teh mat.').language).toBe('en');
    expect(doc('Petroleos de Venezuela agreed.').language).toBe('en');
    expect(doc('Das ist ein Test.').language).toBe('de');
    expect(doc('Os professores chegaram.').language).toBe('pt');
  });
});

describe('paragraph languages', () => {
  it('a French quotation in an English story is French; the story around it is English', () => {
    expect(paragraphLanguages(fixture('english-with-french-quote.txt'))).toEqual(['en', 'en', 'fr', 'en']);
  });

  it("short paragraphs (headline, caption, byline) take the document's language instead of a guess from a few words", () => {
    const german = `Foto: Reuters\nBy Anna Schmidt\n${fixture('german.txt')}`;
    expect(paragraphLanguages(german)).toEqual(['de', 'de', 'de', 'de', 'de', 'de']);
    const english = `Le Monde\nPhoto\n${fixture('english-with-french-quote.txt')}`;
    expect(paragraphLanguages(english).slice(0, 3)).toEqual(['en', 'en', 'en']);
  });

  // Once the paragraphs not read yet cannot outweigh the English ones, the document is English and the
  // rest are judged only when asked: a foreign paragraph after that point still gets its own language, and
  // a long foreign paragraph after a short English one still decides the document.
  it('a foreign paragraph after enough English is still judged when asked; a long one after a little English still decides', () => {
    const story = doc(fixture('english-with-french-quote.txt')).paragraphs.map((p) => p.text);
    const [english, french] = [`${story[0]}\n${story[1]}\n${story[3]}`, story[2]];
    expect(paragraphLanguages(`${english}\n${french}`)).toEqual(['en', 'en', 'en', 'fr']);
    expect(doc(`${english}\n${french}`).language).toBe('en');
    const german = fixture('german.txt');
    expect(doc(`${story[1]}\n${german}`).language).toBe('de');
    expect(doc(`${german}\n${story[1]}`).language).toBe('de');
  });

  it("an offset between paragraphs (a blank line) has the document's language", () => {
    const text = `${fixture('german.txt')}\n\nNoch ein Absatz.`;
    const d = doc(text);
    expect(d.languageAt(text.indexOf('\n\n') + 1)).toBe('de');
  });

  it('is the same whatever was asked before and whatever other document was read first (no state between documents)', () => {
    const mixed = fixture('english-with-french-quote.txt');
    const first = paragraphLanguages(mixed);
    for (const other of ['german.txt', 'vietnamese.txt', 'french.txt']) void doc(fixture(other)).language;
    expect(paragraphLanguages(mixed)).toEqual(first);
    const d = doc(mixed);
    const backwards = [...d.paragraphs]
      .reverse()
      .map((p) => d.languageAt(p.start))
      .reverse();
    expect(backwards).toEqual(first);
  });
});

describe('English markers, counted without a regular expression', () => {
  // The count is a walk over the words; it must agree with the pattern it replaced (a marker as a whole
  // word, in any case, under Unicode case folding), on the corners: apostrophes, digits, marks, ſ, the Kelvin sign.
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}'’])(?:${markerData.words.join('|')})(?![\\p{L}\\p{M}\\p{Nd}'’])`, 'giu');
  it.each([
    'The theory and the Anderson report: thé, it’s, it, IT, 2the, the2, «the», the—and, the\u0301',
    'THİS is not ThiS, and thiſ counts as this; the \u212Aelvin sign is a k in "\u212A" and \u212Anow',
    'Über die Straße und the 𝓀the the𝓀 and\u00a0the\u3000that, \ud800the lone surrogates\udc00 which',
  ])('%s', (text) => {
    expect(countEnglishMarkers(text)).toBe(text.match(pattern)?.length ?? 0);
  });
});

describe('countEvidence: letters, words and markers in one pass', () => {
  // The pass replaced three (a letter regex per non-ASCII character, a run-of-non-space count and the marker
  // walk); on random texts built of their corner pieces it must count what the three counted.
  const markerPattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}'’])(?:${markerData.words.join('|')})(?![\\p{L}\\p{M}\\p{Nd}'’])`, 'giu');
  const referenceLetters = (text: string) => {
    let letters = 0;
    for (let i = 0; i < text.length; i++) if (/^\p{L}$/u.test(String.fromCodePoint(text.codePointAt(i)!))) letters++;
    return letters;
  };
  const referenceWords = (text: string) => text.split(/[ \t\n\v\f\r\u00a0]+/).filter((token) => token !== '').length;
  const pieces = [
    'the',
    'The',
    'THE',
    'and',
    'which',
    'theory',
    'their',
    ' ',
    '  ',
    '\u00a0',
    '\u3000',
    '\n',
    '\t',
    "'",
    '’',
    '2',
    'é',
    'e\u0301',
    '\u0301',
    'ſ',
    'thiſ',
    '\u212A',
    '\u212Anow',
    '𝓀',
    '\ud800',
    '\udc00',
    'İ',
    'ß',
    'Ωμέγα',
    '中文',
    '—',
    '.',
    ',',
    '«',
    'x',
    'it',
    'IT',
  ];
  it('agrees with the separate counts on random texts', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let n = random(12); n >= 0; n--) text += pieces[random(pieces.length)];
      const counted = countEvidence(text, { letters: 0, words: 0, markers: 0 });
      expect(counted, JSON.stringify(text)).toEqual({
        letters: referenceLetters(text),
        words: referenceWords(text),
        markers: text.match(markerPattern)?.length ?? 0,
      });
    }
  });
});
