// When two rules could own a finding, the engine decides among the rules that are on (DESIGN.md): a
// rule that leaves a finding to another (its `yieldsTo`) stays silent only while that one is on, so
// turning a rule off never hides a defect another rule covers. Each hand-off is checked under every
// combination of the document rules, on short texts of our own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, rulesById } from '../rules/index.js';
import { createDocument } from '../src/document.js';
import { contextFor, CorpusRun, lintDocument, NO_SETTINGS, type ConfiguredRule } from '../src/engine.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import type { Finding, InvalidByteRun } from '../src/types.js';
import { makeTree, parseJson, runCli } from './helpers/cli.js';

const documentRules = rules.filter((rule) => rule.scope !== 'corpus');

function configured(ids: readonly string[]): ConfiguredRule[] {
  return ids.map((id) => {
    const rule = rulesById.get(id)!;
    return { rule, severity: rule.severity, options: rule.options };
  });
}

/** Every subset of the document rules, as lists of ids. */
function everyCombination(): string[][] {
  const ids = documentRules.map((rule) => rule.id);
  const subsets: string[][] = [];
  for (let mask = 0; mask < 1 << ids.length; mask++) subsets.push(ids.filter((_, k) => (mask & (1 << k)) !== 0));
  return subsets;
}

interface HandOff {
  name: string;
  text: string;
  invalidBytes?: InvalidByteRun[];
  /** The defect: the text a finding of one of the owners must touch. */
  defect: string;
  /** The rules that can report it, the one that owns it first: the first of them that is on reports it, alone. */
  owners: string[];
  /** What the owner's fix makes of the text, by owner (absent: the owner attaches no fix). */
  fixed?: Record<string, string>;
}

const HAND_OFFS: HandOff[] = [
  {
    name: 'a C1 control that is Windows-1252 punctuation: mojibake, else stray-unicode',
    text: 'The minister said \u0093reform\u0094 was near.',
    defect: '\u0093',
    owners: ['mojibake', 'stray-unicode'],
    fixed: { mojibake: 'The minister said “reform” was near.', 'stray-unicode': 'The minister said “reform” was near.' },
  },
  {
    name: 'a U+FFFD that stands for invalid bytes: encoding, else stray-unicode',
    text: 'Nguy\ufffdn spoke on Monday.',
    invalidBytes: [{ offset: 4, byteOffset: 4, bytes: [0xe1] }],
    defect: '\ufffd',
    owners: ['encoding', 'stray-unicode'],
  },
  {
    name: 'a misspelt word with a soft hyphen inside: stray-unicode, else typo on the word as it reads',
    text: 'The gover\u00adment said so.',
    defect: 'gover\u00adment',
    owners: ['stray-unicode', 'typo'],
    fixed: { 'stray-unicode': 'The goverment said so.', typo: 'The government said so.' },
  },
  {
    name: 'the lead and its copy behind the dateline: duplicate-lead, else duplicate-paragraph',
    text: [
      'The provincial People’s Committee approved a plan to dredge the river mouth before the rainy season.',
      '(Photo: VNA)',
      'Hai Duong (VNA) – The provincial People’s Committee approved a plan to dredge the river mouth before the rainy season.',
      'Work will start in May and cost about 40 billion VND, according to the Department of Transport.',
    ].join('\n'),
    defect: 'The provincial People’s Committee approved a plan to dredge the river mouth before the rainy season.\n',
    owners: ['duplicate-lead', 'duplicate-paragraph'],
  },
];

function touches(text: string, finding: Finding, defect: string): boolean {
  const start = text.indexOf(defect);
  return finding.start < start + defect.length && start < finding.end;
}

describe('which rule owns a finding two rules could make', () => {
  const combinations = everyCombination();

  for (const handOff of HAND_OFFS) {
    it(`${handOff.name}, under all ${combinations.length} combinations of rules`, () => {
      const doc = createDocument({ text: handOff.text, path: 'x.txt', invalidBytes: handOff.invalidBytes });
      for (const on of combinations) {
        const findings = lintDocument(doc, configured(on), NO_SETTINGS);
        const owner = handOff.owners.find((id) => on.includes(id));
        const reporters = findings.filter((f) => handOff.owners.includes(f.ruleId) && touches(handOff.text, f, handOff.defect));
        const label = `rules on: ${on.join(', ') || 'none'}`;
        expect(
          reporters.map((f) => f.ruleId),
          label,
        ).toEqual(owner === undefined ? [] : reporters.map(() => owner));
        if (owner !== undefined) expect(reporters.length, label).toBeGreaterThan(0);
        const expected = owner === undefined ? undefined : handOff.fixed?.[owner];
        if (expected !== undefined) {
          const fixes = reporters.flatMap((f) => (f.fix ? [f.fix] : []));
          expect(applyFixes(handOff.text, fixes).output.replace('\u0094', '”'), label).toBe(expected);
        }
      }
    });
  }

  it('with mojibake off, a character inside a mojibake run is reported by stray-unicode but not deleted', () => {
    const text = 'El antÃ\u00adgeno fue aislado.';
    const doc = createDocument({ text, path: 'x.txt' });
    expect(lintDocument(doc, configured(['mojibake', 'stray-unicode']), NO_SETTINGS).map((f) => f.ruleId)).toEqual(['mojibake']);
    const [finding, ...others] = lintDocument(doc, configured(['stray-unicode']), NO_SETTINGS);
    expect(others).toEqual([]);
    expect(finding.ruleId).toBe('stray-unicode');
    expect(finding.message).toContain('Part of mojibake');
    expect(finding.fix).toBeUndefined();
  });

  it('with encoding off, stray-unicode says the U+FFFD stands for bytes that are not UTF-8', () => {
    const doc = createDocument({ text: 'Nguy\ufffdn spoke.', path: 'x.txt', invalidBytes: [{ offset: 4, byteOffset: 4, bytes: [0xe1] }] });
    const [finding] = lintDocument(doc, configured(['stray-unicode']), NO_SETTINGS);
    expect(finding.message).toContain('it stands for bytes that are not UTF-8');
    expect(finding.fix).toBeUndefined();
  });

  it('name-variant leaves a near-miss of a configured name to typo while typo is on (corpus rules too)', () => {
    const settings = { words: new Set<string>(), names: ['Alberto Anaya Gutiérrez'] };
    const texts = [
      ...Array.from({ length: 3 }, (_, d) =>
        Array.from({ length: 10 }, (_, k) => `Mr Gutiérrez spoke at meeting ${d * 10 + k} of the chamber.`).join('\n'),
      ),
      'The deputy Guitiérrez, who chairs the committee, spoke first.',
    ];
    const variantsWith = (ids: string[]) => {
      const run = new CorpusRun(configured(ids), settings);
      texts.forEach((text, i) => run.collect(createDocument({ text, path: `${i}.txt` })));
      return [...run.finish().values()].flat().map((f) => f.message);
    };
    expect(variantsWith(['name-variant', 'typo'])).toEqual([]);
    const variant = '"Guitiérrez" (once in 1 document) may be a misspelling of "Gutiérrez"';
    expect(variantsWith(['name-variant'])).toEqual([expect.stringContaining(variant)]);
  });

  it('name-variant counts a name with a control character inside as it reads, while stray-unicode is off', () => {
    const texts = [
      ...Array.from({ length: 3 }, (_, d) =>
        Array.from({ length: 10 }, (_, k) => `Mr Gutiérrez spoke at meeting ${d * 10 + k} of the chamber.`).join('\n'),
      ),
      'The deputy Gui\u0001tiérrez, who chairs the committee, spoke first.',
    ];
    const variantsWith = (ids: string[]) => {
      const run = new CorpusRun(configured(ids), NO_SETTINGS);
      texts.forEach((text, i) => run.collect(createDocument({ text, path: `${i}.txt` })));
      return [...run.finish().values()].flat().map((f) => [f.message, texts[3].slice(f.start, f.end)]);
    };
    expect(variantsWith(['name-variant', 'stray-unicode'])).toEqual([]);
    expect(variantsWith(['name-variant'])).toEqual([[expect.stringContaining('"Guitiérrez" (once in 1 document)'), 'Gui\u0001tiérrez']]);
  });
});

describe('the yieldsTo declarations', () => {
  it('name rules of the catalog, and say what they leave', () => {
    for (const rule of rules) {
      for (const [id, what] of Object.entries(rule.yieldsTo ?? {})) {
        expect(rulesById.has(id), `${rule.id} yields to ${id}`).toBe(true);
        expect(id, `${rule.id} yields to itself`).not.toBe(rule.id);
        expect(what.length, `${rule.id} → ${id}`).toBeGreaterThan(10);
      }
    }
  });

  it('are the only hand-offs a rule may ask the engine about', () => {
    const strayUnicode = rulesById.get('stray-unicode')!;
    const context = contextFor(strayUnicode, new Set(['mojibake']));
    expect(context.yieldsTo('mojibake')).toBe(true);
    expect(context.yieldsTo('encoding')).toBe(false);
    expect(() => context.yieldsTo('typo')).toThrow(/does not declare it/);
  });
});

describe('from the command line', () => {
  it('--rule mojibake=off: a C1 control is reported and fixed by stray-unicode, exit 1', () => {
    const dir = makeTree({ 'c1.txt': 'The minister said \u0093reform\u0094 was near.\n' });
    const check = runCli(['check', '--format', 'json', '--rule', 'mojibake=off', 'c1.txt'], { cwd: dir });
    expect(check.status).toBe(1);
    expect(parseJson(check)[0].messages.map((m: Finding) => m.ruleId)).toEqual(['stray-unicode', 'stray-unicode']);
    runCli(['fix', '--rule', 'mojibake=off', 'c1.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'c1.txt'), 'utf8')).toBe('The minister said “reform” was near.\n');
  });

  it('fix: stray-unicode cleans a word first, then typo judges it as it reads, in the next pass', () => {
    const dir = makeTree({ 'w.txt': 'The gover\u00ADment saw bo\uE000bbles.\n' });
    runCli(['fix', 'w.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'w.txt'), 'utf8')).toBe('The government saw bobbles.\n');
  });
});
