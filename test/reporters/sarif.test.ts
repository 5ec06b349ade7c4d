// --format sarif: valid SARIF 2.1.0 (checked against the official schema), UTF-16 columns declared,
// files relative to %SRCROOT%, rules with their docs, and fingerprints that survive edits elsewhere.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { readDump } from '../helpers/dumps.js';
import { ARTICLE_LINE, columnsOf, FILES, runDumps, runFormat } from './run-format.js';

// The schema comes from an npm package; where from, and why this copy: ../fixtures/sarif-schema-2.1.0.SOURCE.md.
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// The schema puts `required` inside `anyOf` branches, which Ajv's strict mode would refuse.
const ajv = new Ajv2020({ allErrors: true, strictRequired: false });
// ajv-formats is CommonJS; its `default` is the plugin function.
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

function expectValid(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

function parse(stdout: string) {
  const log = JSON.parse(stdout);
  return { log, run: log.runs[0], results: log.runs[0].results as SarifResult[] };
}

const where = (r: SarifResult) => r.locations[0].physicalLocation;

describe('sarif', () => {
  it('is valid SARIF 2.1.0 that declares UTF-16 columns and names files relative to %SRCROOT%', () => {
    const { dir, stdout, status } = runFormat('sarif');
    expect(status).toBe(1);
    const { log, run } = parse(stdout);
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(dir + '/').href);
    expect(run.results.map((r: SarifResult) => where(r).artifactLocation)).toContainEqual({
      uri: 'news/article.txt',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('counts columns after Vietnamese letters and 𝓀 in UTF-16 code units', () => {
    const { results } = parse(runFormat('sarif').stdout);
    const k = columnsOf(ARTICLE_LINE, '𝓀');
    const doubled = columnsOf(ARTICLE_LINE, 'the the');
    const inArticle = results.filter((r) => where(r).artifactLocation.uri === 'news/article.txt');
    expect(inArticle.map((r) => [r.ruleId, where(r).region])).toEqual([
      ['stray-unicode', { startLine: 1, startColumn: k.utf16, endLine: 1, endColumn: k.utf16 + 2 }],
      ['doubled-word', { startLine: 1, startColumn: doubled.utf16, endLine: 1, endColumn: doubled.utf16End }],
    ]);
  });

  it("places a finding in a JSONL record on the record's line, and says where in its text", () => {
    const { results } = parse(runFormat('sarif').stdout);
    const inRecords = results.filter((r) => where(r).artifactLocation.uri === 'news/records.jsonl');
    expect(inRecords).toHaveLength(1);
    expect(where(inRecords[0]).region).toEqual({ startLine: 2, endLine: 2 });
    const textLine = JSON.parse(FILES['news/records.jsonl'].split('\n')[1]).text.split('\n')[1];
    expect(inRecords[0].message.text).toContain(`(record text 2:${columnsOf(textLine, 'the the').utf16})`);
  });

  it('describes every rule with its help and the link to its page, and each result points at its rule', () => {
    const { run, results } = parse(runFormat('sarif', { ...FILES, 'copydesk.config.json': '{"rules": {"stray-unicode": "warn"}}' }).stdout);
    const descriptors = run.tool.driver.rules;
    expect(descriptors.map((d: { id: string }) => d.id)).toEqual(rules.map((r) => r.id));
    for (const [i, rule] of rules.entries()) {
      expect(descriptors[i].shortDescription.text).toBe(rule.description);
      expect(descriptors[i].helpUri).toMatch(new RegExp(`^https://.+/docs/rules/${rule.id}\\.md$`));
      expect(descriptors[i].help.text).toContain(descriptors[i].helpUri);
      expect(descriptors[i].defaultConfiguration.level).toBe(rule.severity === 'error' ? 'error' : 'warning');
    }
    for (const r of results) expect(descriptors[r.ruleIndex!].id).toBe(r.ruleId);
    expect(results.find((r) => r.ruleId === 'stray-unicode')!.level).toBe('warning');
    expect(results.find((r) => r.ruleId === 'doubled-word')!.level).toBe('error');
  });

  it('percent-encodes file names in URIs', () => {
    const { stdout } = runFormat('sarif', { 'copydesk.config.json': '{}', 'news/my file #2.txt': 'said the the thing.\n' });
    const { log, results } = parse(stdout);
    expectValid(log);
    expect(where(results[0]).artifactLocation.uri).toBe('news/my%20file%20%232.txt');
  });

  it('links a duplicate to its other copy, in the same file or another, as relatedLocations', () => {
    const story =
      'The port authority said on Monday that the new container terminal would open to ships next spring after two years of work.';
    const files = {
      'copydesk.config.json': '{}',
      'news/a.txt': `${story}\nA second, different paragraph about the weather in the harbour city this week.\n${story}\n`,
    };
    const { log, results } = parse(runFormat('sarif', files).stdout);
    expectValid(log);
    const duplicate = results.find((r) => r.ruleId === 'duplicate-paragraph') as SarifResult & { relatedLocations: any[] };
    expect(where(duplicate).region.startLine).toBe(3);
    expect(duplicate.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'news/a.txt', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: story.length + 1 },
        },
        message: { text: 'The other copy.' },
      },
    ]);
  });

  it('reports a file it could not check as a notification, not a result', () => {
    const { stdout } = runFormat('sarif', { 'copydesk.config.json': '{}', 'news/blob.txt': 'a\u0000\u0000b' });
    const { log, run } = parse(stdout);
    expectValid(log);
    expect(run.results).toEqual([]);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({ message: { text: 'Not checked: binary file' } }),
    ]);
  });

  describe('fingerprints', () => {
    const fingerprintsOf = (text: string) =>
      parse(runFormat('sarif', { 'copydesk.config.json': '{}', 'news/a.txt': text }).stdout)
        .results.filter((r) => r.ruleId === 'doubled-word')
        .map((r) => ({
          line: where(r).region.startLine,
          fingerprint: r.partialFingerprints['copydesk/v1'],
        }));

    it('stay the same when a paragraph is added above the finding', () => {
      const before = fingerprintsOf('Officials said the the talks went well.\nThe end.\n');
      const after = fingerprintsOf('A new first paragraph.\nOfficials said the the talks went well.\nThe end.\n');
      expect(before.map((f) => f.line)).toEqual([1]);
      expect(after.map((f) => f.line)).toEqual([2]);
      expect(after[0].fingerprint).toBe(before[0].fingerprint);
      expect(before[0].fingerprint).toMatch(/^[0-9a-f]{32}:1$/);
    });

    it('tell apart the same finding twice in a file, and change when the flagged text does', () => {
      // The same 16 characters on each side of "the the": the same identity.
      const twice = fingerprintsOf('In March, officials said the the talks went well.\nIn May, officials said the the talks went well.\n');
      expect(twice.map((f) => f.fingerprint.split(':')[1])).toEqual(['1', '2']);
      expect(twice[0].fingerprint.split(':')[0]).toBe(twice[1].fingerprint.split(':')[0]);
      const other = fingerprintsOf('They said a a talk went well.\n');
      expect(other[0].fingerprint).not.toBe(twice[0].fingerprint);
    });
  });

  it('is valid for the test dumps, with the stray 𝓀 at its UTF-16 columns', () => {
    const { log, results } = parse(runDumps('sarif').stdout);
    expectValid(log);
    const k = results.find((r) => r.ruleId === 'stray-unicode')!;
    const line1 = readDump('delegation-visit.txt').split('\n')[0];
    const expected = columnsOf(line1, '𝓀');
    expect(where(k).artifactLocation).toEqual({ uri: 'delegation-visit.txt', uriBaseId: '%SRCROOT%' });
    expect(where(k).region).toEqual({ startLine: 1, startColumn: expected.utf16, endLine: 1, endColumn: expected.utf16End });
    const fingerprints = results.map((r) => r.partialFingerprints['copydesk/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });
});
