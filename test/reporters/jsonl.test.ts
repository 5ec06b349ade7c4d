// --format jsonl: one JSON object per finding, per line; `formatResult` gives one file's lines, so
// the command line can print each file's findings as soon as it is checked.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/define-rule.js';
import { formatResult } from '../../src/reporters/jsonl.js';
import { ARTICLE_LINE, columnsOf, dumpsJson, formatWithRule, runDumps, runFormat } from './run-format.js';

const linesOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('jsonl', () => {
  it('writes one finding per line with its file, rule, severity, message and UTF-16 positions', () => {
    const { dir, stdout, status } = runFormat('jsonl');
    expect(status).toBe(1);
    expect(stdout.endsWith('\n')).toBe(true);
    const [k, doubled] = linesOf(stdout);
    const at = columnsOf(ARTICLE_LINE, 'the the');
    expect(doubled).toEqual({
      filePath: `${dir}/news/article.txt`,
      ruleId: 'doubled-word',
      severity: 'error',
      message: '"the" is typed twice: "the the".',
      line: 1,
      column: at.utf16,
      endLine: 1,
      endColumn: at.utf16End,
      fix: { range: [at.utf16 + 2, at.utf16 + 6], text: '' },
      suggestions: [{ desc: 'Delete the second "the"', fix: { range: [at.utf16 + 2, at.utf16 + 6], text: '' } }],
    });
    expect(k.ruleId).toBe('stray-unicode');
    expect(k.column).toBe(columnsOf(ARTICLE_LINE, '𝓀').utf16);
  });

  it("places a JSONL record's finding on the record's line, its place in the record's text beside it", () => {
    const record = linesOf(runFormat('jsonl').stdout).find((f) => f.record !== undefined);
    expect(record).toMatchObject({ ruleId: 'doubled-word', record: 2, line: 2, column: 1, endLine: 2, endColumn: 1 });
    expect(record).toMatchObject({ recordLine: 2, recordColumn: 6, recordEndLine: 2, recordEndColumn: 13 });
  });

  it('says, on a line of its own, when a file could not be checked', () => {
    const { dir, stdout } = runFormat('jsonl', { 'copydesk.config.json': '{}', 'news/blob.txt': 'a\u0000\u0000b' });
    expect(linesOf(stdout)).toEqual([{ filePath: `${dir}/news/blob.txt`, skipped: 'binary file' }]);
  });

  it('formats one file at a time, each line whole even when a message has a line break', async () => {
    const rule = defineRule({
      id: 'test-two-line-message',
      description: 'test',
      severity: 'error',
      fixable: false,
      options: {},
      check(doc, report) {
        report({ start: 0, end: 3, message: 'first line\nsecond line' });
      },
    });
    const { output, results } = await formatWithRule('jsonl', rule, { 'a.txt': 'One.\n', 'b.txt': 'Two.\n', 'c.txt': 'Three.\n' });
    expect(results.map(formatResult).join('')).toBe(output);
    expect(formatResult(results[1]).split('\n')).toHaveLength(2);
    expect(linesOf(formatResult(results[1]))).toEqual([
      expect.objectContaining({ ruleId: 'test-two-line-message', message: 'first line\nsecond line' }),
    ]);
    expect(formatResult({ ...results[0], messages: [] })).toBe('');
  });

  it('carries the same findings as --format json for the test dumps', () => {
    const { dir, stdout } = runDumps('jsonl');
    const lines = linesOf(stdout);
    const json = dumpsJson(dir);
    const expected = json.flatMap((r: { filePath: string; messages: Record<string, unknown>[] }) =>
      r.messages.map(({ ruleId, message, line, column, endLine, endColumn }) => ({
        filePath: r.filePath,
        ruleId,
        message,
        line,
        column,
        endLine,
        endColumn,
      })),
    );
    expect(
      lines.map(({ filePath, ruleId, message, line, column, endLine, endColumn }) => ({
        filePath,
        ruleId,
        message,
        line,
        column,
        endLine,
        endColumn,
      })),
    ).toEqual(expected);
  });
});
