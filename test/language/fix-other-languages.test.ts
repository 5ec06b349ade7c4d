// `fix` never changes a word in text it does not judge to be English: German, French, Portuguese and
// Vietnamese articles full of words an English checker calls typos ("als" → "also", "professores" →
// "professors", "choses" → "chooses") come back from every rule's fixes as they were, apart from
// non-word repairs (invisible characters inserted here are removed again). A property test over
// where those characters go, and over which paragraphs of the articles are kept.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { resolveRules } from '../../src/config/resolve-rules.js';
import { NO_SETTINGS } from '../../src/engine.js';
import { fixText } from '../../src/fix/fix-text.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261203), numRuns: Number(process.env.FC_RUNS ?? 60) });

const fixture = (name: string) => readFileSync(new URL(`../fixtures/language/${name}`, import.meta.url), 'utf8');
const FOREIGN = ['german.txt', 'french.txt', 'portuguese.txt', 'vietnamese.txt'].map(fixture);
/** Every rule on, the language rule included, with its defaults. */
const everyRule = rules.map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options } }));
const fix = (text: string, configured = everyRule) => fixText(text, { path: 'a.txt', rules: configured, settings: NO_SETTINGS });

/** Invisible characters whose removal is a non-word fix (stray-unicode). */
const INVISIBLE = ['\u200B', '\u00AD', '\u2060', '\uFEFF'];

/** An article made of some of a fixture's paragraphs (in order, at least two), with invisible characters inside words. */
const damagedArticle = fc
  .tuple(
    fc.constantFrom(...FOREIGN),
    fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 4 }),
  )
  .map(([text, keep, insertions]) => {
    const lines = text.trimEnd().split('\n');
    const kept = lines.filter((_, i) => keep[i % keep.length] || i < 2);
    const clean = `${kept.join('\n')}\n`;
    const wordInsides = [...clean.matchAll(/\p{L}{4,}/gu)].map((m) => m.index! + 2);
    let dirty = clean;
    // Back to front, so earlier offsets stay right.
    const at = [...new Set(insertions.map(([n, ch]) => `${wordInsides[n % wordInsides.length]}:${ch}`))]
      .map((key) => key.split(':'))
      .map(([offset, ch]) => [Number(offset), ch] as const)
      .sort((a, b) => b[0] - a[0]);
    for (const [offset, ch] of at) dirty = dirty.slice(0, offset) + ch + dirty.slice(offset);
    return { clean, dirty };
  });

describe('fix leaves text in other languages alone', () => {
  it('every fixture article comes back unchanged from every rule, with the default config', () => {
    for (const text of FOREIGN) {
      expect(fix(text).output).toBe(text);
      expect(fix(text, resolveRules({})).output).toBe(text);
    }
  });

  it('apart from removing inserted invisible characters, no word changes', () => {
    fc.assert(
      fc.property(damagedArticle, ({ clean, dirty }) => {
        expect(fix(dirty).output).toBe(clean);
      }),
    );
  });

  it('the same words are fixed in English, so the silence is the language gate and not a blind rule', () => {
    const english = 'Officials said the goverment would meet the the union next month, and that the rules would help small towns.\n';
    expect(fix(english).output).toBe(
      'Officials said the government would meet the union next month, and that the rules would help small towns.\n',
    );
  });
});
