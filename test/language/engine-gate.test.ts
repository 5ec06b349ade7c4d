// The engine enforces rule metadata `language: 'en'`: such a rule judges only a document judged
// English, and its findings in a paragraph in another language are dropped; corpus rules likewise
// collect only English documents. Rules without the metadata judge every language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import doubledWord from '../../rules/doubled-word.js';
import typo from '../../rules/typo.js';
import { defineCorpusRule, defineRule } from '../../src/define-rule.js';
import { createDocument } from '../../src/document.js';
import { CorpusRun, lintDocument, NO_SETTINGS, type ConfiguredRule } from '../../src/engine.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/language/${name}`, import.meta.url), 'utf8');
const doc = (text: string, path = 'a.txt') => createDocument({ text, path });

/** Reports the first word of every paragraph: which paragraphs a rule is let to judge. */
function firstWordRule(language?: 'en') {
  return defineRule({
    id: language ? 'first-word-en' : 'first-word',
    description: 'test rule',
    severity: 'error',
    fixable: false,
    options: {},
    language,
    check(d, report) {
      for (const p of d.paragraphs) report({ start: p.start, end: p.start + 1, message: 'first word' });
    },
  });
}

const lint = (text: string, ...rules: ConfiguredRule['rule'][]) =>
  lintDocument(
    doc(text),
    rules.map((rule) => ({ rule, severity: 'error' as const, options: { ...rule.options } })),
    NO_SETTINGS,
  );
const linesReported = (text: string, rule: ConfiguredRule['rule']) => lint(text, rule).map((f) => f.line);

describe('engine: English-only rules', () => {
  it('judge every paragraph of an English document except one in another language', () => {
    expect(linesReported(fixture('english-with-french-quote.txt'), firstWordRule('en'))).toEqual([1, 2, 4]);
  });

  it('judge nothing in a document in another language', () => {
    for (const file of ['german.txt', 'french.txt', 'portuguese.txt', 'vietnamese.txt']) {
      expect(linesReported(fixture(file), firstWordRule('en')), file).toEqual([]);
    }
  });

  it('other rules judge every paragraph in every language', () => {
    expect(linesReported(fixture('english-with-french-quote.txt'), firstWordRule())).toEqual([1, 2, 3, 4]);
    expect(linesReported(fixture('german.txt'), firstWordRule())).toEqual([1, 2, 3, 4]);
  });

  it('typo and doubled-word are silent on the French quotation and still report the English paragraph', () => {
    const text = fixture('english-with-french-quote.txt');
    const findings = lint(text, typo, doubledWord).map((f) => `${f.line} ${f.ruleId} ${text.slice(f.start, f.end)}`);
    expect(findings).toEqual(['4 typo goverment', '4 doubled-word the the']);
  });

  it('typo and doubled-word are silent on German with "als", "ein" and a German "die die", Portuguese "professores"', () => {
    expect(lint(fixture('german.txt'), typo, doubledWord)).toEqual([]);
    const dieDie = 'Die Frauen, die die Arbeit gemacht haben, kamen als erste nach Hause und waren ein wenig müde davon.';
    expect(lint(dieDie, typo, doubledWord)).toEqual([]);
    expect(lint(fixture('portuguese.txt'), typo, doubledWord)).toEqual([]);
    expect(lint(fixture('french.txt'), typo, doubledWord)).toEqual([]);
    expect(lint(fixture('vietnamese.txt'), typo, doubledWord)).toEqual([]);
  });

  it('the same rules on the same kind of slip in English report it', () => {
    expect(
      lint('The women, who had done the the work, came home als the first and were tired.', typo, doubledWord)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(['doubled-word', 'typo']);
  });
});

describe('engine: English-only corpus rules', () => {
  it('collect only documents judged English', () => {
    const seen: string[] = [];
    const collector = (language?: 'en') =>
      defineCorpusRule({
        id: 'collector',
        description: 'test rule',
        severity: 'warn',
        fixable: false,
        options: {},
        scope: 'corpus',
        language,
        createState: () => seen,
        collect: (state, d) => {
          state.push(`${language ?? 'any'}:${d.path}`);
        },
        finish: () => {},
      });
    const configured = [collector('en'), collector()].map((rule) => ({ rule, severity: 'warn' as const, options: {} }));
    const run = new CorpusRun(configured, NO_SETTINGS);
    run.collect(doc(fixture('german.txt'), 'de.txt'));
    run.collect(doc(fixture('english-with-french-quote.txt'), 'en.txt'));
    expect(seen).toEqual(['any:de.txt', 'en:en.txt', 'any:en.txt']);
  });
});

describe('engine: what an English-only corpus rule collects from a mixed document', () => {
  it('the French paragraph is blotted out; every other paragraph, and every offset, is as it was', () => {
    const text = fixture('english-with-french-quote.txt');
    const collected: { text: string; lines: number }[] = [];
    const rule = defineCorpusRule({
      id: 'collector',
      description: 'test rule',
      severity: 'warn',
      fixable: false,
      options: {},
      scope: 'corpus',
      language: 'en',
      createState: () => collected,
      collect: (state, d) => {
        state.push({ text: d.text, lines: d.lineStarts.length });
      },
      finish: () => {},
    });
    new CorpusRun([{ rule, severity: 'warn', options: {} }], NO_SETTINGS).collect(doc(text));
    const [seen] = collected;
    expect(seen.text).toHaveLength(text.length);
    expect(seen.lines).toBe(text.split('\n').length);
    const lines = text.split('\n');
    const seenLines = seen.text.split('\n');
    expect(seenLines[2]).toBe('.'.repeat(lines[2].length));
    expect([seenLines[0], seenLines[1], seenLines[3]]).toEqual([lines[0], lines[1], lines[3]]);
  });

  it('name-variant does not count the names of a French quotation', async () => {
    const { default: nameVariant } = await import('../../rules/name-variant.js');
    const state = nameVariant.createState();
    const run = new CorpusRun(
      [{ rule: { ...nameVariant, createState: () => state }, severity: 'warn', options: { ...nameVariant.options } }],
      NO_SETTINGS,
    );
    const counted = () => [...state.forms.keys()].filter((key) => key.includes('zorvanek'));
    const opening = 'Officials met on Monday and said that the talks with the union would go on for another week at least.\n';
    run.collect(
      doc(
        `${opening}« Nous avons parlé avec Zorvanek toute la journée, mais rien ne change pour nous », a dit une boulangère.\n`,
        'fr.txt',
      ),
    );
    expect(counted()).toEqual([]);
    run.collect(doc(`${opening}The mayor spoke with Zorvanek all day, and said that nothing would change for the bakers.\n`, 'en.txt'));
    expect(counted()).not.toEqual([]);
  });
});
