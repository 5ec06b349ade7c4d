// A small RuleTester in ESLint's shape: each rule's test lists `valid` texts that must produce no
// finding and `invalid` cases with the findings they must produce and, for a fixable rule, the text
// after applying every fix the rule attached (one pass, as ESLint's RuleTester does). A finding may be
// stated by its `messageId` and `data`, and its suggestions by their `desc` and the text each one gives.
// Corpus rules get the same shape with several documents in and the findings of each document out
// (corpusRuleTester). Every finding's message is checked for a `{{placeholder}}` left without data.
import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from '../src/define-rule.js';
import { createDocument } from '../src/document.js';
import { lintDocument } from '../src/engine.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import type { CorpusRule, DocumentRule, Finding, MessageData, Rule, RuleOptions } from '../src/types.js';
import { rules } from '../rules/index.js';
import { checkCorpus } from './dedup/corpus-check.js';

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
  /** The id in the rule's `messages` the message comes from; with `data`, the exact message it must be. */
  messageId?: string;
  data?: MessageData;
  /**
   * The suggestions, in order: their replacement texts (only the listed prefix is compared), or, as
   * ESLint's RuleTester states them, each one's `desc` and the whole text after applying it alone
   * (`output`; then every suggestion must be listed).
   */
  suggestions?: string[] | ExpectedSuggestion[];
}

export interface ExpectedSuggestion {
  desc?: string | RegExp;
  /** The text after applying this suggestion alone. */
  output: string;
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
          it(caseName(test), () => runValidCase(rule, test));
        }
      });
    if (cases.invalid.length > 0)
      describe('invalid', () => {
        for (const test of cases.invalid) it(caseName(test), () => runInvalidCase(rule, test));
      });
  });
}

export function runValidCase(rule: DocumentRule<any>, test: ValidCase): void {
  const text = textOf(test);
  const findings = runRule(rule, { ...test, text });
  expect(findings.map(describeFinding(text))).toEqual([]);
}

export function runInvalidCase(rule: DocumentRule<any>, lazy: InvalidCase): void {
  const test = { ...lazy, text: textOf(lazy) };
  const findings = runRule(rule, test);
  checkFindings(rule, test.text, findings, test.errors);
  const output = typeof lazy.output === 'function' ? lazy.output(test.text) : lazy.output;
  checkOutput(test.text, findings, output === null ? test.text : output);
}

/** A corpus rule's case: documents in (file name → text), each document's findings out. */
export interface CorpusValidCase {
  name: string;
  documents: Record<string, string>;
  options?: RuleOptions;
  /** The order the documents are given to the run (default: as listed). */
  order?: string[];
}

export interface CorpusInvalidCase extends CorpusValidCase {
  /** Each document's findings; a document not named here must have none. */
  errors: Record<string, ExpectedFinding[] | number>;
  /** Each document's text after one pass of its fixes; omit only when the rule attaches no fix. Unnamed documents stay as they are. */
  output?: Record<string, string>;
}

export function corpusRuleTester(rule: CorpusRule<any, any>, cases: { valid: CorpusValidCase[]; invalid: CorpusInvalidCase[] }): void {
  describe(rule.id, () => {
    if (cases.valid.length > 0)
      describe('valid', () => {
        for (const test of cases.valid) it(test.name, () => runCorpusCase(rule, { ...test, errors: {} }));
      });
    if (cases.invalid.length > 0)
      describe('invalid', () => {
        for (const test of cases.invalid) it(test.name, () => runCorpusCase(rule, test));
      });
  });
}

/** Checks the documents together with the real pipeline, as `copydesk check` does (test/dedup/corpus-check.ts). */
export async function runCorpusCase(rule: CorpusRule<any, any>, test: CorpusInvalidCase): Promise<void> {
  const byName = await checkCorpus(rule, test.documents, test.options, test.order);
  const unknown = Object.keys({ ...test.errors, ...test.output }).filter((name) => !Object.hasOwn(test.documents, name));
  expect(unknown, 'errors and output name only documents of the case').toEqual([]);
  for (const [name, text] of Object.entries(test.documents)) {
    const findings = byName.get(name) ?? [];
    try {
      checkFindings(rule, text, findings, test.errors[name] ?? []);
      checkOutput(text, findings, test.output ? (test.output[name] ?? text) : undefined);
    } catch (error) {
      if (error instanceof Error) error.message = `${name}: ${error.message}`;
      throw error;
    }
  }
}

function checkFindings(rule: Rule, text: string, findings: Finding[], errors: ExpectedFinding[] | number): void {
  for (const finding of findings) checkPlaceholders(rule, finding);
  expect(findings.map(describeFinding(text))).toHaveLength(typeof errors === 'number' ? errors : errors.length);
  if (typeof errors !== 'number') errors.forEach((expected, i) => checkFinding(rule, text, findings[i], expected));
}

/** `output` undefined: the findings must carry no fix. */
function checkOutput(text: string, findings: Finding[], output: string | undefined): void {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  if (output !== undefined) expect(applyFixes(text, fixes).output).toBe(output);
  else expect(fixes, 'a case whose findings carry fixes must state its output').toEqual([]);
}

/**
 * A message reported by id whose data lacks a placeholder keeps the placeholder as written (as ESLint
 * leaves it); a test must fail on it, as ESLint's RuleTester does.
 */
function checkPlaceholders(rule: Rule, finding: Finding): void {
  const names = new Set(Object.values(rule.messages ?? {}).flatMap(placeholdersOf));
  for (const text of [finding.message, ...(finding.suggestions ?? []).map((s) => s.desc)]) {
    const left = [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1]).filter((name) => names.has(name));
    expect(left, `"${text}" has an unsubstituted placeholder: give its value in \`data\``).toEqual([]);
  }
}

function textOf(test: ValidCase): string {
  return typeof test.text === 'function' ? test.text() : test.text;
}

function caseName(test: ValidCase): string {
  if (test.name) return test.name;
  if (typeof test.text === 'function') throw new Error('a case whose text is read lazily needs a name');
  return JSON.stringify(test.text.slice(0, 80));
}

function checkFinding(rule: Rule, text: string, actual: Finding, expected: ExpectedFinding): void {
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (expected[key] !== undefined) expect(actual[key], key).toBe(expected[key]);
  }
  if (expected.text !== undefined) expect(text.slice(actual.start, actual.end)).toBe(expected.text);
  if (typeof expected.message === 'string') expect(actual.message).toContain(expected.message);
  else if (expected.message) expect(actual.message).toMatch(expected.message);
  if (expected.messageId !== undefined) checkMessageId(rule, actual, expected.messageId, expected.data);
  if (expected.suggestions) checkSuggestions(text, actual, expected.suggestions);
}

function checkMessageId(rule: Rule, actual: Finding, messageId: string, data: MessageData | undefined): void {
  const messages = rule.messages ?? {};
  expect(Object.keys(messages), `messageId "${messageId}" is not among the rule's messages`).toContain(messageId);
  const template = messages[messageId];
  if (data) expect(actual.message).toBe(formatMessage(template, data));
  else expect(actual.message, `the message comes from messageId "${messageId}"`).toMatch(templatePattern(template));
}

/** A template as a pattern that any data fills: "Paragraph repeated from line {{line}}." → /^Paragraph repeated from line [^]*?\.$/. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{\s*[^{}\s]+\s*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^]*?')}$`);
}

function checkSuggestions(text: string, actual: Finding, expected: string[] | ExpectedSuggestion[]): void {
  const suggestions = actual.suggestions ?? [];
  if (expected.every((s) => typeof s === 'string')) {
    expect(suggestions.map((s) => s.fix.text).slice(0, expected.length)).toEqual(expected);
    return;
  }
  expect(
    suggestions.map((s) => s.desc),
    'every suggestion is listed',
  ).toHaveLength(expected.length);
  (expected as ExpectedSuggestion[]).forEach((want, i) => {
    const { desc, fix } = suggestions[i];
    if (typeof want.desc === 'string') expect(desc, `suggestion ${i + 1}'s desc`).toBe(want.desc);
    else if (want.desc) expect(desc, `suggestion ${i + 1}'s desc`).toMatch(want.desc);
    expect(applyFixes(text, [fix]).output, `the text after suggestion ${i + 1} ("${desc}")`).toBe(want.output);
  });
}

function describeFinding(text: string) {
  return (f: Finding) => `${f.line}:${f.column} ${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))} ${f.message}`;
}
