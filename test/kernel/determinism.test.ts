// A document's findings never depend on which other documents a run checked before it, in what order,
// or on which worker: property-tested over random subsets and orders of a small corpus, all checked in
// one run (one RunContext, where the run's memos live), against checking each document alone in a
// run of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { createDocument } from '../../src/document.js';
import { lint, NO_SETTINGS, RunContext, type ConfiguredRule } from '../../src/kernel/index.js';
import { repoRoot } from '../helpers/cli.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261203), numRuns: Number(process.env.FC_RUNS ?? 25) });

const documentRules: ConfiguredRule[] = rules
  .filter((r) => r.scope !== 'corpus')
  .map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options } }));

/** Capitalised made-up words no dictionary has, deterministic: "Brovatex", "Kelmundi"… */
function madeUpNames(count: number, salt: number): string[] {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  const names: string[] = [];
  let x = salt * 7919 + 17;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < count; i++) {
    let word = '';
    for (let s = 0; s < 4; s++) word += consonants[next() % consonants.length] + vowels[next() % vowels.length];
    names.push(word[0].toUpperCase() + word.slice(1) + 'x');
  }
  return names;
}

// A roster of over a thousand names before a real slip ("Conneticut") exhausts the per-document budget
// of capitalised-word searches: whether the slip is reached must not depend on whether another
// document searched the same names first.
const roster = madeUpNames(1400, 1);
const CORPUS: Record<string, string> = {
  'roster-a.txt': `Delegates: ${roster.join(', ')}.\nThe delegates travelled from Conneticut on Monday.\n`,
  'roster-b.txt': `Guests: ${roster.slice(200).join(', ')}.\nMore guests came from Conneticut and Genral Motors.\n`,
  ...Object.fromEntries(
    readdirSync(path.join(repoRoot, 'examples'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(path.join(repoRoot, 'examples', f), 'utf8')]),
  ),
};
const NAMES = Object.keys(CORPUS);

function findingsOf(name: string, run: RunContext): string {
  const doc = createDocument({ text: CORPUS[name], path: name });
  return JSON.stringify(lint(doc, { rules: documentRules, settings: NO_SETTINGS }, run));
}

describe('determinism of document rules', () => {
  it('gives each document the same findings whatever was checked before it', () => {
    // Alone first, in a fresh order: each document before any other.
    const alone = new Map(NAMES.map((name) => [name, findingsOf(name, new RunContext())]));
    fc.assert(
      fc.property(fc.shuffledSubarray(NAMES, { minLength: 1 }), (order) => {
        const run = new RunContext();
        for (const name of order) expect(findingsOf(name, run), `${name} after ${order.join(', ')}`).toBe(alone.get(name));
      }),
    );
  });
});
