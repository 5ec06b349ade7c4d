import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script
import { buildConfigValidatorSource } from '../scripts/build-config-validator.mjs';
import { validateConfig } from '../src/config/load-config.js';
import { resolveRules, settingsFrom } from '../src/config/resolve-rules.js';

describe('config schema', () => {
  it('the compiled validator matches schema/copydesk.config.schema.json (run scripts/build-config-validator.mjs)', () => {
    const current = readFileSync(new URL('../src/config/validate-config.generated.ts', import.meta.url), 'utf8');
    expect(current).toBe(buildConfigValidatorSource());
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

  it('rejects an option of the wrong type, naming rule and option', () => {
    expect(() => validateConfig({ rules: { 'end-marker': ['error', { reportTeasers: 'yes' }] } }, 'x.json')).toThrow(
      /"rules.end-marker" option "reportTeasers" must be a boolean, got a string/,
    );
  });
});
