// The catalog's promises: one file per rule named after its id, a doc page and a test file for each,
// and every rule listed in the README's table.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('rule catalog', () => {
  it('has unique ids', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  for (const rule of rules) {
    it(`${rule.id}: a file, a doc page, tests, a README row, a description`, () => {
      expect(existsSync(new URL(`rules/${rule.id}.ts`, root)), `rules/${rule.id}.ts`).toBe(true);
      expect(existsSync(new URL(`docs/rules/${rule.id}.md`, root)), `docs/rules/${rule.id}.md`).toBe(true);
      expect(existsSync(new URL(`test/rules/${rule.id}.test.ts`, root)), `test/rules/${rule.id}.test.ts`).toBe(true);
      expect(readme).toContain(`[\`${rule.id}\`](docs/rules/${rule.id}.md)`);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(['error', 'warn']).toContain(rule.severity);
    });
  }
});
