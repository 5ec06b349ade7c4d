// --format markdown: a pull-request comment or GitHub job summary — findings per rule, the files with
// the most, the first findings — kept under GitHub's size limit, with texts shown as text.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/define-rule.js';
import { cell, MARKDOWN_LIMIT } from '../../src/reporters/markdown.js';
import { HOSTILE_FILE, REPORT_FILES } from '../browser/report-corpus.js';
import { formatWithRule, runFormat } from './run-format.js';

/** Cells of a table row, split at the pipes Markdown reads as cell borders (not at escaped ones). */
const cellsOf = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);

describe('markdown', () => {
  it('sums up per rule and per file, then lists the findings', () => {
    const { stdout, status } = runFormat('markdown', REPORT_FILES, ['news']);
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      '## copydesk: 8 problems (8 errors, 0 warnings) in 4 files',
      '',
      '4 files checked. 5 findings can be fixed with `copydesk fix`.',
      '',
      '| Rule | Errors | Warnings | Fixable |',
      '| :-- | --: | --: | --: |',
      '| stray-unicode | 3 | 0 | 3 |',
      '| doubled-word | 2 | 0 | 2 |',
      '| typo | 2 | 0 | 0 |',
      '| duplicate-paragraph | 1 | 0 | 0 |',
      '| **total** | **8** | **0** | **5** |',
      '',
    ]);
    expect(stdout).toContain('**Files with the most findings**\n\n| Findings | File |\n| --: | :-- |\n| 3 | news/typos.txt |\n');
    expect(stdout).toContain('| news/typos.txt:1:20 | error | doubled-word | "the" is typed twice: "the the". | <code>the the</code> |');
    expect(lines.filter((l) => /^\| news\/.*:\d+:\d+ \|/.test(l))).toHaveLength(8);
    expect(stdout).not.toContain('not shown');
  });

  it('shows markup, table pipes, mentions and bidi controls in texts and file names as text', () => {
    const { stdout } = runFormat('markdown', REPORT_FILES, ['news']);
    expect(stdout).not.toMatch(/<script|<img|[\u202A-\u202E\u2066-\u2069]/i);
    const hostileRow = stdout.split('\n').find((l) => l.includes('doubled-word') && l.includes('jsonl'))!;
    expect(cellsOf(hostileRow)[0]).toBe(cell(`${HOSTILE_FILE}#1:1:47`));
    expect(cell(HOSTILE_FILE)).toBe('news/x&#60;script&#62;alert(3)&#60;!--"\'&#60;U+202E&#62;lnosj.jsonl');
    expect(cell('a | b *c* `d` [e](f) @octocat\nnext')).toBe('a \\| b \\*c\\* \\`d\\` \\[e\\](f) &#64;octocat ⏎ next');
  });

  it("stops before GitHub's limit and says how many findings it left out", async () => {
    const rule = defineRule({
      id: 'test-every-word',
      description: 'test',
      severity: 'warn',
      fixable: false,
      options: {},
      check(doc, report) {
        for (const m of doc.text.matchAll(/\p{L}+/gu)) {
          report({ start: m.index, end: m.index + m[0].length, message: `Word “${m[0]}” | flagged for a test of a long report.` });
        }
      },
    });
    const words = Array.from({ length: 3000 }, (_, i) => `Đà${i}`).join(' ');
    const { output } = await formatWithRule('markdown', rule, { 'a.txt': `${words}\n`, 'b.txt': `${words}\n` });
    expect(Buffer.byteLength(output, 'utf8')).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(output.length).toBeLessThanOrEqual(65_536);
    const rows = output.split('\n').filter((l) => l.startsWith('| a.txt:') || l.startsWith('| b.txt:'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((row) => cellsOf(row).length === 5)).toBe(true);
    expect(output.trimEnd().split('\n').at(-1)).toBe(
      `_${(6000 - rows.length).toLocaleString('en-US')} more findings not shown: this summary stops before GitHub's size limit. ` +
        'Run `copydesk check --format html <paths> > report.html` for a page with every finding._',
    );
  });

  it('says so in one line for a clean run', () => {
    const { stdout, status } = runFormat('markdown', { 'copydesk.config.json': '{}', 'a.txt': 'Clean text.\n' }, ['.']);
    expect(status).toBe(0);
    expect(stdout).toBe('## copydesk: no problems\n\n1 file checked.\n');
  });
});
