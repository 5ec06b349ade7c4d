// The language model's n-grams are looked up in data/language-ngrams.json in place (a binary search over
// its sorted lines), not parsed whole: the file must stay eld's data, every n-gram must come out as
// JSON.parse reads it, and languages and scores must be eld's own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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
    const { createEld } = require(path.join(eldSource, 'languageDetector.js')) as {
      createEld(): {
        instance: { detect(t: string): { language: string; getScores(): object; isReliable(): boolean } };
        loadData(d: unknown): void;
      };
    };
    const reference = createEld();
    reference.loadData(ngramsData);
    for (const sample of [
      'The grain markets were quiet on Monday as traders waited for the harvest report.',
      "Le marché des céréales était calme lundi, dans l'attente du rapport sur la récolte.",
      'Der Getreidemarkt war am Montag ruhig, die Händler warteten auf den Erntebericht.',
      'Thị trường ngũ cốc yên ắng vào thứ Hai khi các thương nhân chờ báo cáo thu hoạch.',
      'Рынок зерна был спокоен в понедельник в ожидании отчёта об урожае.',
      '穀物市場は月曜日、収穫報告を待って静かだった。',
    ]) {
      const expected = reference.instance.detect(sample);
      const scores = expected.getScores() as Record<string, number>;
      const guess = detectLanguage(sample);
      expect(guess.language).toBe(expected.language);
      expect(guess.reliable).toBe(expected.isReliable());
      expect(guess.leadOverEnglish).toBe((scores[expected.language] ?? 0) - (scores.en ?? 0));
    }
  });
});
