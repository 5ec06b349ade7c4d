// Property tests of fixing (fast-check): generated clean articles, with generated defects whose right
// repair is certain, must come back byte for byte; fixing is idempotent, never adds findings, and never
// produces ill-formed UTF-16.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { createDocument } from '../src/document.js';
import { lintDocument, NO_SETTINGS, type ConfiguredRule } from '../src/engine.js';
import { fixText } from '../src/fix/fix-text.js';

// A fixed seed keeps CI deterministic; FC_SEED=random (or a number) explores further.
fc.configureGlobal({
  seed: process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261123),
  numRuns: Number(process.env.FC_RUNS ?? 150),
});

const configured: ConfiguredRule[] = rules.map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options } }));

// Plain edited-news vocabulary: no word here is a typo, and no two sentences repeat.
const SUBJECTS = [
  'The council',
  'Officials',
  'The ministry',
  'Local farmers',
  'The central bank',
  'Rescue teams',
  'Analysts',
  'The company',
];
const VERBS = ['announced', 'approved', 'reviewed', 'rejected', 'welcomed', 'discussed', 'postponed', 'completed'];
const OBJECTS = [
  'a new budget',
  'the water agreement',
  'plans for a bridge',
  'the annual report',
  'a trade deal',
  'the election results',
  'repairs to the port',
  'a training programme',
];
const TAILS = [
  'on Monday',
  'after a long debate',
  'in the capital',
  'earlier this month',
  'despite strong protests',
  'at a press conference',
  'for the coming year',
  'with little comment',
];

const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS), fc.constantFrom(...TAILS), fc.nat(999))
  .map(([s, v, o, t, n]) => `${s} ${v} ${o} ${t}, and ${n} people attended.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
// Every paragraph carries its index, so no two paragraphs are duplicates by accident.
const article = fc.array(paragraph, { minLength: 2, maxLength: 6 }).map((ps) => ps.map((p, i) => `Report ${i + 1}: ${p}`));

/** Defects whose one right repair is known: [damaged paragraph, clean paragraph]. */
type Injector = (p: string, seed: number) => string;
const INJECTORS: Record<string, Injector> = {
  doubledThe: (p) => p.replace(' the ', ' the the '),
  endMarker: (p) => (p.endsWith('./.') ? p : p.replace(/\.$/, './.')),
  zeroWidthSpace: (p, seed) => insertInsideWord(p, seed, '\u200B'),
  softHyphen: (p, seed) => insertInsideWord(p, seed, '\u00AD'),
  strayScriptLetter: (p, seed) => glueAfterWord(p, seed, '\u{1D4C0}'),
};

function insertInsideWord(p: string, seed: number, ch: string): string {
  const words = [...p.matchAll(/[a-z]{6,}/g)];
  if (!words.length) return p;
  const w = words[seed % words.length];
  const at = w.index! + 3;
  return p.slice(0, at) + ch + p.slice(at);
}

function glueAfterWord(p: string, seed: number, ch: string): string {
  const words = [...p.matchAll(/[a-z]{5,}(?= )/g)];
  if (!words.length) return p;
  const w = words[seed % words.length];
  const at = w.index! + w[0].length;
  return p.slice(0, at) + ch + p.slice(at);
}

const damaged = fc
  .tuple(
    article,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...Object.keys(INJECTORS)), fc.nat()), { maxLength: 4 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([paras, injections, eol]) => {
    const dirty = [...paras];
    for (const [at, kind, seed] of injections) {
      const i = at % dirty.length;
      dirty[i] = INJECTORS[kind](dirty[i], seed);
    }
    return { clean: paras.join(eol) + eol, dirty: dirty.join(eol) + eol };
  });

function countByRule(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of lintDocument(createDocument({ text, path: 'p.txt' }), configured, NO_SETTINGS))
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

const fix = (text: string) => fixText(text, { path: 'p.txt', rules: configured, settings: NO_SETTINGS });

describe('fixing, as properties', () => {
  it('restores the clean article byte for byte', () => {
    fc.assert(
      fc.property(damaged, ({ clean, dirty }) => {
        expect(fix(dirty).output).toBe(clean);
      }),
    );
  });

  it('changes nothing in a clean article', () => {
    fc.assert(
      fc.property(article, (paras) => {
        const text = paras.join('\n') + '\n';
        expect(fix(text).output).toBe(text);
      }),
    );
  });

  it('is idempotent, never adds findings, and keeps UTF-16 well-formed', () => {
    fc.assert(
      fc.property(damaged, ({ dirty }) => {
        const once = fix(dirty).output;
        expect(fix(once).output).toBe(once);
        expect(once.isWellFormed()).toBe(true);
        const before = countByRule(dirty);
        for (const [ruleId, n] of countByRule(once)) expect(n, ruleId).toBeLessThanOrEqual(before.get(ruleId) ?? 0);
      }),
    );
  });
});
