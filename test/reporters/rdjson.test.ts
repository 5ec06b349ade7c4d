// --format rdjson: reviewdog's Diagnostic Format, columns in UTF-8 bytes. The byte columns are checked
// against columns counted here independently, and by applying each suggestion to the file's bytes as
// reviewdog would: the result must be the text copydesk's own fix gives.
import { describe, expect, it } from 'vitest';
import { defineCorpusRule } from '../../src/define-rule.js';
import { readDump } from '../helpers/dumps.js';
import { ARTICLE_LINE, columnsOf, FILES, formatWithRule, runDumps, runFormat } from './run-format.js';

interface Position {
  line: number;
  column?: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  message: string;
  location: { path: string; range: Range };
  severity: string;
  source: { name: string };
  code: { value: string; url: string };
  suggestions?: { range: Range; text: string }[];
}

const diagnosticsOf = (stdout: string): Diagnostic[] => JSON.parse(stdout).diagnostics;

/** Applies a suggestion to text the way reviewdog does: lines of UTF-8 bytes, end exclusive. */
function applySuggestion(text: string, { range, text: replacement }: { range: Range; text: string }): string {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([
    bytes.subarray(0, byteOffset(text, range.start)),
    Buffer.from(replacement, 'utf8'),
    bytes.subarray(byteOffset(text, range.end)),
  ]).toString('utf8');
}

function byteOffset(text: string, p: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, p.line - 1).reduce((n, line) => n + Buffer.byteLength(line, 'utf8') + 1, 0) + p.column! - 1;
}

/** The text a range covers, cut out of the UTF-8 bytes. */
function bytesIn(text: string, range: Range): string {
  const bytes = Buffer.from(text, 'utf8');
  return bytes.subarray(byteOffset(text, range.start), byteOffset(text, range.end)).toString('utf8');
}

/** Applies copydesk's own fix (UTF-16 offsets), from the jsonl format of the same run. */
function applyFix(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe('rdjson', () => {
  it('counts columns in UTF-8 bytes after Vietnamese letters and 𝓀 (4 bytes)', () => {
    const { stdout, status } = runFormat('rdjson');
    expect(status).toBe(1);
    const k = columnsOf(ARTICLE_LINE, '𝓀');
    const doubled = columnsOf(ARTICLE_LINE, 'the the');
    expect(k.utf8End - k.utf8).toBe(4);
    expect(doubled.utf8 - doubled.utf16).toBe(10); // 8 bytes more for the Vietnamese letters, 2 for 𝓀
    const inArticle = diagnosticsOf(stdout).filter((d) => d.location.path === 'news/article.txt');
    expect(inArticle.map((d) => [d.code.value, d.location.range])).toEqual([
      ['stray-unicode', { start: { line: 1, column: k.utf8 }, end: { line: 1, column: k.utf8End } }],
      ['doubled-word', { start: { line: 1, column: doubled.utf8 }, end: { line: 1, column: doubled.utf8End } }],
    ]);
  });

  it('counts bytes right on a line far longer than the excerpt the run keeps of it', () => {
    const line = `${'Đà Nẵng𝓀 '.repeat(1000)}said the the word.`;
    const diagnostics = diagnosticsOf(
      runFormat('rdjson', { 'copydesk.config.json': '{"rules": {"stray-unicode": "off"}}', 'news/long.txt': `${line}\n` }).stdout,
    );
    const doubled = columnsOf(line, 'the the');
    expect(diagnostics.map((d) => [d.code.value, d.location.range])).toEqual([
      ['doubled-word', { start: { line: 1, column: doubled.utf8 }, end: { line: 1, column: doubled.utf8End } }],
    ]);
    expect(applySuggestion(`${line}\n`, diagnostics[0].suggestions![0])).toBe(`${line.replace('the the', 'the')}\n`);
  });

  it('turns fixes and suggestions into reviewdog suggestions, each offered once, in bytes', () => {
    const inArticle = diagnosticsOf(runFormat('rdjson').stdout).filter((d) => d.location.path === 'news/article.txt');
    const k = columnsOf(ARTICLE_LINE, '𝓀');
    const secondThe = columnsOf(ARTICLE_LINE, ' the', ARTICLE_LINE.indexOf('the the'));
    expect(inArticle.map((d) => d.suggestions)).toEqual([
      [{ range: { start: { line: 1, column: k.utf8 }, end: { line: 1, column: k.utf8End } }, text: '' }],
      [{ range: { start: { line: 1, column: secondThe.utf8 }, end: { line: 1, column: secondThe.utf8End } }, text: '' }],
    ]);
  });

  it('names the rule with its page, the severity and the source', () => {
    const { stdout } = runFormat('rdjson', { ...FILES, 'copydesk.config.json': '{"rules": {"stray-unicode": "warn"}}' });
    const output = JSON.parse(stdout);
    expect(output.source.name).toBe('copydesk');
    const [k, doubled] = (output.diagnostics as Diagnostic[]).filter((d) => d.location.path === 'news/article.txt');
    expect(k.severity).toBe('WARNING');
    expect(doubled.severity).toBe('ERROR');
    expect(doubled.source.name).toBe('copydesk');
    expect(doubled.code).toEqual({ value: 'doubled-word', url: expect.stringMatching(/\/docs\/rules\/doubled-word\.md$/) });
  });

  it("puts a JSONL record's finding on the record's whole line, with no byte columns to get wrong", () => {
    const record = diagnosticsOf(runFormat('rdjson').stdout).find((d) => d.location.path === 'news/records.jsonl')!;
    expect(record.location.range).toEqual({ start: { line: 2 }, end: { line: 2 } });
    expect(record.message).toBe('"the" is typed twice: "the the". (record text 2:6)');
    expect(record.suggestions).toBeUndefined();
  });

  it('gives suggestions that, applied to the bytes, make the same text as the fix (CRLF, 𝓀, Vietnamese)', () => {
    const files = {
      'copydesk.config.json': '{}',
      'news/article.txt': FILES['news/article.txt'],
      'news/crlf.txt': 'Ông Nguyễn said the the port opened./.\r\nTrade rose.\r\n',
    };
    const diagnostics = diagnosticsOf(runFormat('rdjson', files).stdout);
    const findings = runFormat('jsonl', files)
      .stdout.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(diagnostics.length).toBe(findings.length);
    let checked = 0;
    diagnostics.forEach((d, i) => {
      const text = files[d.location.path as keyof typeof files];
      if (!d.suggestions) return;
      expect(applySuggestion(text, d.suggestions[0])).toBe(applyFix(text, findings[i].fix));
      checked++;
    });
    expect(checked).toBe(4);
  });

  it("deletes exactly the 4 bytes of a dump's 𝓀, and its other suggestions match the fixes", () => {
    const diagnostics = diagnosticsOf(runDumps('rdjson').stdout);
    const visit = readDump('delegation-visit.txt');
    const k = diagnostics.find((d) => d.code.value === 'stray-unicode')!;
    const expected = columnsOf(visit.split('\n')[0], '𝓀');
    expect(expected.utf8 - expected.utf16).toBeGreaterThan(0); // Vietnamese letters before it
    const range = { start: { line: 1, column: expected.utf8 }, end: { line: 1, column: expected.utf8 + 4 } };
    expect(k.location).toEqual({ path: 'delegation-visit.txt', range });
    expect(applySuggestion(visit, k.suggestions![0])).toBe(visit.replace('Andreyevich𝓀 Sorokin', 'Andreyevich Sorokin'));
    const endMarkers = diagnostics.filter((x) => x.code.value === 'end-marker');
    expect(endMarkers).toHaveLength(2);
    for (const d of endMarkers) {
      const text = readDump(d.location.path);
      expect(bytesIn(text, d.suggestions![0].range)).toBe('./.');
      expect(d.suggestions![0].text).toBe('.');
    }
  });

  it("marks the whole line, rather than guess bytes, for a corpus rule's finding (the run keeps no text for it)", async () => {
    const line = ARTICLE_LINE.replace('Bình', 'Guitiérrez');
    const rule = defineCorpusRule({
      id: 'test-corpus-name',
      description: 'test',
      severity: 'warn',
      fixable: false,
      options: {},
      scope: 'corpus',
      createState: () => [] as { path: string; start: number }[],
      collect(state, doc) {
        state.push({ path: doc.path, start: doc.text.indexOf('Guitiérrez') });
      },
      finish(state, report) {
        for (const { path: file, start } of state) {
          const column = columnsOf(line, 'Guitiérrez').utf16;
          const fix = { start, end: start + 10, text: 'Gutiérrez' };
          report({
            path: file,
            start,
            end: fix.end,
            line: 1,
            column,
            endLine: 1,
            endColumn: column + 10,
            message: 'Rare spelling.',
            suggestions: [{ desc: 'Gutiérrez', fix }],
          });
        }
      },
    });
    const { output } = await formatWithRule('rdjson', rule, { 'a.txt': `${line}\n` });
    const [diagnostic] = diagnosticsOf(output);
    expect(diagnostic.location).toEqual({ path: 'a.txt', range: { start: { line: 1 }, end: { line: 1 } } });
    expect(diagnostic.suggestions).toBeUndefined();
    expect(diagnostic.severity).toBe('ERROR');
  });
});
