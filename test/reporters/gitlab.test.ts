// --format gitlab: GitLab Code Quality JSON, with MD5 fingerprints that are unique in the report
// (GitLab shows one issue per fingerprint) and survive edits elsewhere in the file.
import { describe, expect, it } from 'vitest';
import { dumpsJson, FILES, runDumps, runFormat } from './run-format.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

const issuesOf = (stdout: string): Issue[] => JSON.parse(stdout);

function expectWellFormed(issues: Issue[]): void {
  for (const issue of issues) {
    expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(['major', 'minor']).toContain(issue.severity);
    expect(issue.location.path).not.toMatch(/^\//);
  }
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
}

describe('gitlab', () => {
  it('lists each finding with its rule, severity, relative path and line', () => {
    const { stdout, status } = runFormat('gitlab', { ...FILES, 'copydesk.config.json': '{"rules": {"stray-unicode": "warn"}}' });
    expect(status).toBe(1);
    const issues = issuesOf(stdout);
    expectWellFormed(issues);
    expect(issues.map((i) => [i.check_name, i.severity, i.location])).toEqual([
      ['stray-unicode', 'minor', { path: 'news/article.txt', lines: { begin: 1 } }],
      ['doubled-word', 'major', { path: 'news/article.txt', lines: { begin: 1 } }],
      ['doubled-word', 'major', { path: 'news/records.jsonl', lines: { begin: 2 } }],
    ]);
    expect(issues[2].description).toBe('"the" is typed twice: "the the". (record text 2:6)');
  });

  it('gives a finding over two lines its last line too', () => {
    const issues = issuesOf(
      runFormat('gitlab', { 'copydesk.config.json': '{}', 'news/a.txt': 'Like a fish in the\nthe sea.\n\nNext paragraph.\n' }).stdout,
    );
    expect(issues.map((i) => [i.check_name, i.location.lines])).toEqual([['doubled-word', { begin: 1, end: 2 }]]);
  });

  it('keeps fingerprints when a paragraph is added above, and tells apart the same finding in two files', () => {
    const line = 'Officials said the the talks went well.\n';
    const before = issuesOf(runFormat('gitlab', { 'copydesk.config.json': '{}', 'news/a.txt': line, 'news/b.txt': line }).stdout);
    const after = issuesOf(
      runFormat('gitlab', { 'copydesk.config.json': '{}', 'news/a.txt': `A new first paragraph.\n${line}`, 'news/b.txt': line }).stdout,
    );
    expectWellFormed(before);
    expect(after.map((i) => i.location.lines.begin)).toEqual([2, 1]);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });

  it('is an empty list when there is nothing to report', () => {
    expect(issuesOf(runFormat('gitlab', { 'copydesk.config.json': '{}', 'news/a.txt': 'All is well.\n' }).stdout)).toEqual([]);
  });

  it('reports the findings of the test dumps at their lines, each with its own fingerprint', () => {
    const { dir, stdout } = runDumps('gitlab');
    const issues = issuesOf(stdout);
    expectWellFormed(issues);
    const json = dumpsJson(dir);
    const expected = json.flatMap((r: { filePath: string; messages: { ruleId: string; line: number }[] }) =>
      r.messages.map((m) => [m.ruleId, r.filePath.slice(dir.length + 1), m.line]),
    );
    expect(issues.map((i) => [i.check_name, i.location.path, i.location.lines.begin])).toEqual(expected);
  });
});
