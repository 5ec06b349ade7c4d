// fix -i shows a duplicate's two copies one under the other, the words that differ framed, so a person
// can choose which to keep (issue 13: "the interactive session shows the two copies side by side").
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-paragraph.js';
import { createDocument } from '../../src/document.js';
import { describeFinding } from '../../src/interactive/render.js';
import type { Finding } from '../../src/types.js';
import { runRule } from '../rule-tester.js';

const FIRST =
  'The port authority said on Monday that the new container terminal would open to ships next spring after two years of building work.';
const SECOND = FIRST.replace('Monday', 'Tuesday');

describe('a duplicate in fix -i', () => {
  it('shows this copy and the other, the differing word framed in each', () => {
    const text = `${FIRST}\nA different paragraph about the weather in the harbour city this week, with rain.\n${SECOND}\n`;
    const [finding] = runRule(rule, { text, options: { near: true } });
    expect(finding.related?.[0].line).toBe(1);
    const lines = describeFinding(
      createDocument({ text, path: 'a.txt' }),
      finding,
      'a.txt:3:1  (1 of 1)',
      [],
      110,
      new Chalk({ level: 0 }),
    );
    const own = lines.find((line) => line.includes('this copy'))!;
    const other = lines.find((line) => line.includes('other copy, line 1'))!;
    expect(own).toContain('[-Tuesday-]');
    expect(own).not.toContain('Monday');
    expect(other).toContain('{+Monday+}');
    expect(other).not.toContain('Tuesday');
  });

  it('names the file of a copy in another document, with its similarity', () => {
    const text = `${SECOND}\n`;
    const finding: Finding = {
      ruleId: 'duplicate-document',
      severity: 'warn',
      message: 'A near copy of b.txt.',
      start: 0,
      end: SECOND.length,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: SECOND.length + 1,
      related: [
        {
          filePath: `${process.cwd()}/news/b.txt`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: FIRST.length + 1,
          text: FIRST,
          similarity: 0.9,
        },
      ],
    };
    const lines = describeFinding(
      createDocument({ text, path: 'a.txt' }),
      finding,
      'a.txt:1:1  (1 of 1)',
      [],
      140,
      new Chalk({ level: 0 }),
    );
    expect(lines.join('\n')).toMatch(/other copy, news\/b\.txt:1 │ .*\{\+Monday\+\}.*\(similarity 0\.90\)/);
  });

  it('adds nothing for a finding without another copy', () => {
    const text = 'said the the thing.\n';
    const finding: Finding = {
      ruleId: 'doubled-word',
      severity: 'error',
      message: 'x',
      start: 5,
      end: 12,
      line: 1,
      column: 6,
      endLine: 1,
      endColumn: 13,
    };
    const lines = describeFinding(createDocument({ text, path: 'a.txt' }), finding, 'a.txt:1:6', [], 80, new Chalk({ level: 0 }));
    expect(lines.join('\n')).not.toContain('copy');
  });
});
