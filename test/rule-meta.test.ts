// Each rule's metadata keeps its promises: the schema lists exactly the options the rule has, the doc
// page names every option, the docs URL points at that page, and the messages are well-formed templates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { placeholdersOf } from '../src/define-rule.js';

const root = new URL('../', import.meta.url);
/** Rules still reporting plain messages, without a schema: none (typo was the last). */
const NOT_YET_CONVERTED = new Set<string>();

describe('rule metadata', () => {
  for (const rule of rules) {
    it(`${rule.id}: docs URL, schema and messages`, () => {
      expect(rule.docs.url).toBe(`https://github.com/copydesk/copydesk/blob/main/docs/rules/${rule.id}.md`);
      if (NOT_YET_CONVERTED.has(rule.id)) return;
      expect(rule.schema, 'an options schema').toBeDefined();
      expect(Object.keys(rule.schema!.properties).sort()).toEqual(Object.keys(rule.options).sort());
      const page = readFileSync(new URL(`docs/rules/${rule.id}.md`, root), 'utf8');
      for (const option of Object.keys(rule.options))
        expect(page, `docs/rules/${rule.id}.md names option ${option}`).toContain(`\`${option}\``);
      for (const template of Object.values(rule.messages ?? {})) {
        expect(template.trim()).not.toBe('');
        expect(
          placeholdersOf(template).every((name) => /^\w+$/.test(name)),
          template,
        ).toBe(true);
      }
      expect(Object.keys(rule.messages ?? {}).length, 'messages').toBeGreaterThan(0);
    });
  }
});
