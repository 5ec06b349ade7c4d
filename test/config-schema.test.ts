import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script
import { buildConfigSchema, buildConfigValidatorSource } from '../scripts/build-config-validator.mjs';
import Ajv from 'ajv';
import { starterConfig } from '../src/cli/init.js';
import { validateConfig } from '../src/config/load-config.js';
import { resolveRules, settingsFrom } from '../src/config/resolve-rules.js';
import { rules } from '../rules/index.js';

describe('config schema', () => {
  it("the compiled validator matches the config schema and the rules' schemas (run scripts/build-config-validator.mjs)", () => {
    const current = readFileSync(new URL('../src/config/validate-config.generated.ts', import.meta.url), 'utf8');
    expect(current).toBe(buildConfigValidatorSource(rules));
  });

  it("the shipped schema lists every rule's options, so an editor checks them as the CLI does", () => {
    const shipped = readFileSync(new URL('../schema/copydesk.config.schema.json', import.meta.url), 'utf8');
    expect(shipped).toBe(buildConfigSchema(rules));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(shipped));
    expect(validate(starterConfig())).toBe(true);
    expect(validate({ rules: { 'name-variant': ['warn', { maxRareDocuments: -3 }] } })).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/rules/name-variant/1/maxRareDocuments' && e.keyword === 'minimum')).toBe(true);
    expect(validate({ overrides: [{ files: '*.txt', rules: { 'end-marker': ['error', { reportTeaser: true }] } }] })).toBe(false);
    expect(validate({ rules: { 'name-variant': ['warn', { maxRareDocuments: 3 }], typo: ['error', { unknownWords: false }] } })).toBe(true);
  });

  it('accepts a full config and resolves severities and options', () => {
    const config = validateConfig(
      {
        rules: { typo: 'warn', 'end-marker': ['error', { reportTeasers: true }], 'truncated-fragment': 0 },
        words: ['Hanoi'],
        names: ['Gutie\u0301rrez'],
      },
      'test',
    );
    const rules = resolveRules(config, { typo: 'error' });
    expect(rules.find((r) => r.rule.id === 'typo')?.severity).toBe('error');
    expect(rules.find((r) => r.rule.id === 'end-marker')?.options).toMatchObject({ reportTeasers: true });
    expect(rules.some((r) => r.rule.id === 'truncated-fragment')).toBe(false);
    const settings = settingsFrom(config);
    expect(settings.words.has('hanoi')).toBe(true);
    expect(settings.names).toEqual(['Gutiérrez']);
  });

  it('rejects an option of the wrong type, naming rule and option and what is allowed', () => {
    expect(() => validateConfig({ rules: { 'end-marker': ['error', { reportTeasers: 'yes' }] } }, 'x.json')).toThrow(
      /"rules.end-marker" option "reportTeasers" must be true or false, got "yes"/,
    );
  });

  it("checks each option against its rule's schema: bounds, enums, array items", () => {
    const problems = (rules: object) => {
      try {
        validateConfig({ rules }, 'x.json');
        return [];
      } catch (error) {
        return (error as Error).message.split('\n').slice(1);
      }
    };
    expect(problems({ 'name-variant': ['warn', { maxRareDocuments: -3, minRatio: 0.5 }] })).toEqual([
      '  - "rules.name-variant" option "maxRareDocuments" must be an integer ≥ 1, got -3',
      '  - "rules.name-variant" option "minRatio" must be a number ≥ 1, got 0.5',
    ]);
    expect(problems({ 'name-variant': ['warn', { maxRareDocuments: 1.5 }] })).toEqual([
      '  - "rules.name-variant" option "maxRareDocuments" must be an integer ≥ 1, got 1.5',
    ]);
    expect(problems({ 'duplicate-document': ['warn', { threshold: 0, canonical: 'newest' }] })).toEqual([
      '  - "rules.duplicate-document" option "threshold" must be a number > 0 and ≤ 1, got 0',
      '  - "rules.duplicate-document" option "canonical" must be one of "earliest-path", "longest", "first-seen", got "newest"',
    ]);
    expect(problems({ 'stray-unicode': ['error', { allow: ['U+200B', 7] }] })).toEqual([
      '  - "rules.stray-unicode" option "allow" must be an array of non-empty strings, got ["U+200B",7]',
    ]);
    expect(problems({ 'duplicate-document': ['warn', { threshold: 0.9, canonical: 'longest', minWords: 5 }] })).toEqual([]);
  });

  it('refuses an unknown option name, with the likely one it meant', () => {
    expect(() => validateConfig({ rules: { 'name-variant': ['warn', { maxRareDocument: 3 }] } }, 'x.json')).toThrow(
      '"rules.name-variant" option "maxRareDocument" is unknown; did you mean "maxRareDocuments"? ' +
        '(known: maxRareDocuments, minFrequentCount, minRatio, maxReportsPerName)',
    );
    expect(() => validateConfig({ rules: { 'duplicate-document': ['warn', { maxRareDocuments: -3 }] } }, 'x.json')).toThrow(
      '"rules.duplicate-document" option "maxRareDocuments" is unknown (known: threshold, canonical, minWords)',
    );
    expect(() => validateConfig({ rules: { 'doubled-words': 'off' } }, 'x.json')).toThrow(
      '"rules.doubled-words": no rule has that id; did you mean "doubled-word"? (known: ',
    );
    expect(() => validateConfig({ overrides: [{ files: '*.txt', rules: { residue: ['warn', { minRun: 2 }] } }] }, 'x.json')).toThrow(
      '"overrides.0.rules.residue" option "minRun" is unknown: the rule takes no options',
    );
  });

  it("every rule's default options pass its own schema", () => {
    for (const rule of rules) {
      expect(() => validateConfig({ rules: { [rule.id]: ['warn', rule.options] } }, rule.id), rule.id).not.toThrow();
    }
  });
});
