// The language model's n-grams are looked up in data/language-ngrams.json in place (a binary search over
// its sorted lines), not parsed whole: the file must stay eld's data, every n-gram must come out as
// JSON.parse reads it, and languages and scores must be eld's own (detection is re-done in
// src/language/detect-language.ts without eld's per-word strings: its answers are compared with eld's instance).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, ngramDatabase } from '../../src/language/detect-language.js';
import { repoRoot } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const eldSource = path.join(repoRoot, 'node_modules/eld/src');
const text = readFileSync(path.join(repoRoot, 'data/language-ngrams.json'), 'utf8');
const { ngramsData } = require(path.join(eldSource, 'ngrams/extrasmall.js')) as {
  ngramsData: { ngrams: Record<string, Record<string, number>> };
};

describe('the n-gram database searched in place', () => {
  it("is JSON equal to eld's own data", () => {
    expect(JSON.parse(text)).toEqual(ngramsData);
  });

  it('gives every n-gram as eld has it, quotes and backslashes in n-grams included', () => {
    const { ngrams } = ngramDatabase(text);
    const all = Object.entries(ngramsData.ngrams);
    expect(all.some(([ngram]) => /["\\]/.test(ngram))).toBe(true);
    for (const [ngram, scores] of all) expect(ngrams[ngram]).toEqual(scores);
  });

  it('gives nothing for an n-gram the database lacks', () => {
    const { ngrams } = ngramDatabase(text);
    for (const absent of ['', ' ', 'zzzzzzzz', '"', '\\', '\u00ff\u00ff\u00ff\u00ff', 'the cat']) {
      expect(ngrams[absent]).toBe(ngramsData.ngrams[absent]);
    }
  });

  it('parses a database of another layout whole', () => {
    const oneLine = JSON.stringify({ type: 'T', languages: { 0: 'en' }, isSubset: false, ngrams: { ab: { 0: 5 } } });
    expect(ngramDatabase(oneLine).ngrams.ab).toEqual({ 0: 5 });
  });

  it("gives eld's languages and scores", () => {
    for (const sample of [
      'The grain markets were quiet on Monday as traders waited for the harvest report.',
      "Le marché des céréales était calme lundi, dans l'attente du rapport sur la récolte.",
      'Der Getreidemarkt war am Montag ruhig, die Händler warteten auf den Erntebericht.',
      'Thị trường ngũ cốc yên ắng vào thứ Hai khi các thương nhân chờ báo cáo thu hoạch.',
      'Рынок зерна был спокоен в понедельник в ожидании отчёта об урожае.',
      '穀物市場は月曜日、収穫報告を待って静かだった。',
      // The edges of eld's reading: a word past 70 bytes (its last n-gram runs to the word's end), a text
      // cut at 350 and 380 bytes and at 1,000 characters, apostrophes kept inside and around words,
      // astral characters, a text without letters, and one with two n-grams only.
      `Supercalifragilistic${'expialidocious'.repeat(6)} words follow the long one, don't they?`,
      `The ${'internationalization'.repeat(4)} of trade, ${'theatre'.repeat(11)}x`,
      `${'Le marché des céréales était calme lundi. '.repeat(12)}The end in English.`,
      `${'x '.repeat(600)}Der Getreidemarkt war am Montag ruhig.`,
      "l'homme qu'il a vu, ``quoted'' and ’tis rock ’n’ roll",
      '𝓣𝓱𝓮 grain 😀 markets 𐍈 were quiet',
      '1234 5678 — 90 %',
      '',
      'ab cd',
      'İSTANBUL ſtraße ǅemal ΣΑΣ',
    ]) {
      expectEldsAnswer(sample);
    }
  });

  it("gives eld's answers on any mix of words, scripts, marks and lengths", () => {
    const pieces = [
      'the',
      "don't",
      'l’homme',
      'x'.repeat(75),
      'internationalization'.repeat(4),
      'é'.repeat(40),
      '😀',
      'İstanbul',
      'Straße',
      '``',
      '’s',
      '123',
      'ς',
      '\u0307',
    ];
    const more = ['ſ', 'K', '.', 'Привет', '日本語', '\ud800', 'a\u00adb', 'ab'.repeat(200), 'der', 'und', 'le', 'que'];
    const piece = fc.constantFrom(...pieces, ...more);
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '  ', '\n')), { maxLength: 80 }), (parts) => {
        expectEldsAnswer(parts.map(([word, gap]) => word + gap).join(''));
      }),
      { numRuns: 400 },
    );
  });
});

const { createEld } = require(path.join(eldSource, 'languageDetector.js')) as {
  createEld(): {
    instance: { detect(t: string): { language: string; getScores(): object; isReliable(): boolean } };
    loadData(d: unknown): void;
  };
};
const reference = createEld();
reference.loadData(ngramsData);

/** Our detection gives eld's own language, reliability and scores for `sample`, to the last bit. */
function expectEldsAnswer(sample: string): void {
  const expected = reference.instance.detect(sample);
  const guess = detectLanguage(sample);
  if (!expected.language) {
    expect(guess).toEqual({ language: 'und', reliable: false, leadOverEnglish: 0 });
    return;
  }
  const scores = expected.getScores() as Record<string, number>;
  expect(guess.language).toBe(expected.language);
  expect(guess.reliable).toBe(expected.isReliable());
  expect(guess.leadOverEnglish).toBe((scores[expected.language] ?? 0) - (scores.en ?? 0));
}
