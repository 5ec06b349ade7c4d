// A small RuleTester in ESLint's shape: each rule's test lists `valid` texts that must produce no
// finding and `invalid` cases with the findings they must produce and, for a fixable rule, the text
// after applying every fix the rule attached (one pass, as ESLint's RuleTester does).
import { describe, expect, it } from 'vitest';
import { createDocument } from '../src/document.js';
import { lintDocument } from '../src/engine.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import type { DocumentRule, Finding, RuleOptions } from '../src/types.js';
import { rules } from '../rules/index.js';

/** Every rule of the catalog: a rule is tested as it runs in the default configuration, among the others. */
export const ALL_RULES_ON: ReadonlySet<string> = new Set(rules.map((rule) => rule.id));

export interface ExpectedFinding {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A substring the message must contain, or a pattern it must match. */
  message?: string | RegExp;
  /** The exact text the finding covers. */
  text?: string;
  /** The suggestions' replacement texts, in order (only the listed prefix is compared). */
  suggestions?: string[];
}

export interface ValidCase {
  /** A function gives the text lazily: a corpus file, read only when the test runs (test/helpers/corpus.ts). */
  text: string | (() => string);
  options?: RuleOptions;
  words?: string[];
  names?: string[];
  name?: string;
  /** The rules that are on besides this one (default: all), which decides what it leaves to them. */
  rulesOn?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[] | number;
  /** The text after one pass of the rule's fixes; omit only when the rule attaches no fix. A function gets the text. */
  output?: string | null | ((text: string) => string);
}

export function runRule(rule: DocumentRule<any>, test: ValidCase & { text: string }): Finding[] {
  const doc = createDocument({ text: test.text, path: 'test.txt' });
  const settings = { words: new Set((test.words ?? []).map((w) => w.toLowerCase())), names: test.names ?? [] };
  const rulesOn = test.rulesOn ? new Set([rule.id, ...test.rulesOn]) : ALL_RULES_ON;
  return lintDocument(doc, [{ rule, severity: rule.severity, options: { ...rule.options, ...test.options } }], settings, rulesOn);
}

export function ruleTester(rule: DocumentRule<any>, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    // vitest fails a suite with no test: a table of corpus cases may list only invalid ones.
    if (cases.valid.length > 0)
      describe('valid', () => {
        for (const raw of cases.valid) {
          const test = typeof raw === 'string' ? { text: raw } : raw;
          it(caseName(test), () => {
            const text = textOf(test);
            const findings = runRule(rule, { ...test, text });
            expect(findings.map(describeFinding(text))).toEqual([]);
          });
        }
      });
    if (cases.invalid.length > 0)
      describe('invalid', () => {
        for (const lazy of cases.invalid) {
          it(caseName(lazy), () => {
            const test = { ...lazy, text: textOf(lazy) };
            const findings = runRule(rule, test);
            if (typeof test.errors === 'number') {
              expect(findings.map(describeFinding(test.text))).toHaveLength(test.errors);
            } else {
              expect(findings.map(describeFinding(test.text))).toHaveLength(test.errors.length);
              test.errors.forEach((expected, i) => checkFinding(test.text, findings[i], expected));
            }
            const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
            if (test.output !== undefined) {
              const output = typeof lazy.output === 'function' ? lazy.output(test.text) : lazy.output;
              const expectedOutput = output === null ? test.text : output;
              expect(applyFixes(test.text, fixes).output).toBe(expectedOutput);
            } else {
              expect(fixes, 'a case whose findings carry fixes must state its output').toEqual([]);
            }
          });
        }
      });
  });
}

function textOf(test: ValidCase): string {
  return typeof test.text === 'function' ? test.text() : test.text;
}

function caseName(test: ValidCase): string {
  if (test.name) return test.name;
  if (typeof test.text === 'function') throw new Error('a case whose text is read lazily needs a name');
  return JSON.stringify(test.text.slice(0, 80));
}

function checkFinding(text: string, actual: Finding, expected: ExpectedFinding): void {
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (expected[key] !== undefined) expect(actual[key], key).toBe(expected[key]);
  }
  if (expected.text !== undefined) expect(text.slice(actual.start, actual.end)).toBe(expected.text);
  if (typeof expected.message === 'string') expect(actual.message).toContain(expected.message);
  else if (expected.message) expect(actual.message).toMatch(expected.message);
  if (expected.suggestions) {
    const texts = (actual.suggestions ?? []).map((s) => s.fix.text);
    expect(texts.slice(0, expected.suggestions.length)).toEqual(expected.suggestions);
  }
}

function describeFinding(text: string) {
  return (f: Finding) => `${f.line}:${f.column} ${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))} ${f.message}`;
}
