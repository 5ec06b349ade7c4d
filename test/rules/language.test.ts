import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/language.js';
import { createDocument } from '../../src/document.js';
import { lintDocument } from '../../src/engine.js';
import { ruleTester } from '../rule-tester.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/language/${name}`, import.meta.url), 'utf8');

// With no `languages` in the config, the corpus is expected to be English.
ruleTester(rule, {
  valid: [fixture('english-with-french-quote.txt'), 'Teh cat sat on teh mat.', 'Photo', '12 345 — 67', ''],
  invalid: [
    {
      name: 'a German article',
      text: fixture('german.txt'),
      errors: [
        {
          line: 1,
          text: 'Neue Brücke über den Fluss eröffnet',
          message: 'reads as German (de); the corpus is expected to hold English (en)',
        },
      ],
    },
    { name: 'a French article', text: fixture('french.txt'), errors: [{ line: 1, message: 'French (fr)' }] },
    { name: 'a Portuguese article', text: fixture('portuguese.txt'), errors: [{ message: 'Portuguese (pt)' }] },
    { name: 'a Vietnamese article', text: fixture('vietnamese.txt'), errors: [{ message: 'Vietnamese (vi)' }] },
    { name: 'one short German sentence', text: 'Das ist ein Test für die neue Maschine.', errors: [{ message: 'German (de)' }] },
  ],
});

describe('language: the config lists the expected languages', () => {
  const check = (text: string, languages: string[]) =>
    lintDocument(createDocument({ text, path: 'a.txt' }), [{ rule, severity: 'warn', options: {} }], {
      words: new Set(),
      names: [],
      languages,
    });

  it('a German article is expected when `languages` lists "de"', () => {
    expect(check(fixture('german.txt'), ['en', 'de'])).toEqual([]);
  });

  it('an English article is reported when the corpus is expected to be German, and the message names every expected language', () => {
    const findings = check(fixture('english-with-french-quote.txt'), ['de', 'fr']);
    expect(findings.map((f) => f.message)).toEqual([
      'The document reads as English (en); the corpus is expected to hold German (de), French (fr) (config `languages`).',
    ]);
  });
});
