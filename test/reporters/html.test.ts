// --format html, read as a string (the browser suite in test/browser/ opens the same pages): one
// self-contained page; every text from the corpus — file names, finding text, JSONL fields holding
// `<script>`, quotes and bidi controls — is data or escaped text, never markup.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/define-rule.js';
import type { ReportData } from '../../src/reporters/html/report-data.js';
import { loadReporter } from '../../src/reporters/index.js';
import type { FileResult } from '../../src/results/index.js';
import { rulesById } from '../../rules/index.js';
import { CROSS_FILES, crossDocumentRule, HOSTILE_FILE, HOSTILE_TEXT, REPORT_FILES } from '../browser/report-corpus.js';
import { formatWithRule, runFormat } from './run-format.js';

const DATA_OPEN = '<script type="application/json" id="copydesk-data">';

function dataOf(page: string): ReportData {
  const from = page.indexOf(DATA_OPEN) + DATA_OPEN.length;
  return JSON.parse(page.slice(from, page.indexOf('</script>', from)));
}

/** The page without its JSON block: the markup a browser parses as HTML. */
function markupOf(page: string): string {
  const from = page.indexOf(DATA_OPEN);
  return page.slice(0, from) + page.slice(page.indexOf('</script>', from));
}

describe('html', () => {
  const { dir, stdout: page, status } = runFormat('html', REPORT_FILES, ['news']);
  const data = dataOf(page);

  it('is one page with its style and script inline, fetching nothing', () => {
    expect(status).toBe(1);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    const markup = markupOf(page);
    expect(markup).not.toMatch(/\ssrc=|<link|@import|url\(/i);
    expect([...markup.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]).every((href) => href.startsWith('#'))).toBe(true);
    // The policy lets nothing be fetched and only the page's own script run.
    const script = page.slice(page.lastIndexOf('<script>') + '<script>'.length, page.lastIndexOf('</script>'));
    const hash = createHash('sha256').update(script).digest('base64');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}';`);
  });

  it('has totals, the chart and table per rule, and the files with the most findings', () => {
    expect(data.totals).toEqual({ files: 4, filesWithFindings: 4, errors: 8, warnings: 0, fixable: 5, skipped: 0 });
    const counts = data.ruleCounts.map((r) => [r.ruleId, r.errors]);
    expect(counts).toEqual([
      ['stray-unicode', 3],
      ['doubled-word', 2],
      ['typo', 2],
      ['duplicate-paragraph', 1],
    ]);
    // The longest bar is the rule with the most findings.
    expect(page).toMatch(
      /<svg class="chart"[^>]*>.*<text [^>]*>stray-unicode<\/text><rect class="bar-error" x="190" y="4" width="480\.0"/s,
    );
    const hostileName = 'news/x&#60;script&#62;alert(3)&#60;!--&#34;&#39;<span class="inv">&lt;U+202E&gt;</span>lnosj.jsonl';
    expect(page).toContain(`<tr><td>${hostileName}</td><td>3</td><td>0</td>`);
  });

  it('carries every finding with its place, link, marked text, fix and suggestions', () => {
    expect(data.findings).toHaveLength(8);
    const typos = data.files.findIndex((f) => f.path === 'news/typos.txt');
    expect(data.files[typos].href).toBe(`file://${dir}/news/typos.txt`);
    const doubled = data.findings.find((row) => row[0] === typos && data.rules[row[1]] === 'doubled-word')!;
    const message = data.messages.indexOf('"the" is typed twice: "the the".');
    expect(doubled.slice(2, 10)).toEqual([2, 1, 20, 0, message, 'The Goverment said ', 'the the', ' plan was sound.']);
    expect(doubled[10]).toEqual([' the', '']);
    expect(doubled[11].map((i) => data.messages[i])).toEqual(['Delete the second "the"']);
    const typo = data.findings.find((row) => data.rules[row[1]] === 'typo')!;
    expect([typo[8], typo[10], typo[11].map((i) => data.messages[i])]).toEqual(['Goverment', null, ['Replace with "Government"']]);
  });

  it('shows a duplicate beside the copy it repeats, with the changed words marked', () => {
    expect(data.duplicates).toHaveLength(1);
    const [dup] = data.duplicates;
    expect(dup.otherWhere).toBe('news/dup.txt:1:1');
    expect(data.findings[dup.finding][3]).toBe(3);
    expect(dup.parts!.filter(([op]) => op !== 0)).toEqual([
      [-1, '12'],
      [1, '14'],
    ]);
    expect(page).toContain('<section id="duplicates">');
  });

  it('shows copies in other files from their related place: where, similarity and the changed words', async () => {
    const { output } = await formatWithRule('html', crossDocumentRule, CROSS_FILES);
    const changes = (dup: ReportData['duplicates'][number]) => dup.parts!.filter(([op]) => op !== 0);
    expect(dataOf(output).duplicates.map((d) => [d.otherWhere, d.similarity, changes(d)])).toEqual([
      [
        'a.txt:1:1',
        0.8,
        [
          [-1, 'Monday'],
          [1, 'Tuesday'],
        ],
      ],
      [
        'a.txt:1:1',
        0.8,
        [
          [-1, 'will'],
          [1, 'may'],
        ],
      ],
    ]);
  });

  it('lists stray characters by code point and name, typos with suggestions, and repeated lines', () => {
    expect(data.stray.map((s) => [s.codePoint, s.name, s.count])).toEqual([
      ['202E', 'RIGHT-TO-LEFT OVERRIDE', 1],
      ['202C', 'POP DIRECTIONAL FORMATTING', 1],
      ['200B', 'ZERO WIDTH SPACE', 1],
    ]);
    expect(page).toContain('<tr><td><code>U+202E</code></td><td>RIGHT-TO-LEFT OVERRIDE</td><td>1</td>');
    expect(data.typos).toEqual([{ word: 'Goverment', count: 2, suggestions: ['Government'], example: expect.any(Number) }]);
    expect(data.repeated).toEqual([{ ruleId: 'doubled-word', text: 'the the', count: 2, example: expect.any(Number) }]);
    expect(page).toContain('<h2>Repeated lines</h2>');
  });

  it('shows hostile file names and texts as text: no markup, no raw bidi control, data intact', () => {
    // Two script elements, both the report's own; no element from the corpus.
    expect(page.match(/<script/gi)).toHaveLength(2);
    expect(page).not.toMatch(/<img|<\/script><script>window/i);
    expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u2028\u2029\u200B]/);
    // The JSON block cannot be ended by the text it holds, and reads back exactly.
    const start = page.indexOf(DATA_OPEN) + DATA_OPEN.length;
    expect(page.slice(start, page.indexOf('</script>', start))).not.toMatch(/[<>&]/);
    const hostile = data.files.findIndex((f) => f.path === HOSTILE_FILE);
    expect(hostile).toBeGreaterThanOrEqual(0);
    const row = data.findings.find((r) => r[0] === hostile && data.rules[r[1]] === 'doubled-word')!;
    expect(row[7] + row[8] + row[9]).toBe(HOSTILE_TEXT.slice(HOSTILE_TEXT.indexOf('the the') - 32, HOSTILE_TEXT.indexOf('the the') + 39));
    expect(row[5]).toBe(1);
    // In the static tables the bidi control of the file name is spelled out; in attributes it is a reference.
    expect(page).toContain('alert(3)&#60;!--&#34;&#39;<span class="inv">&lt;U+202E&gt;</span>lnosj.jsonl</td>');
    expect(page).toContain('data-file="news/x&#60;script&#62;alert(3)&#60;!--&#34;&#39;&#x202E;lnosj.jsonl"');
  });

  it('leaves out the languages section when no result names a language', async () => {
    const { results, dir: ruleDir } = await formatWithRule('html', crossDocumentRule, { 'a.txt': 'One.\n' });
    const without = results.map(({ language: _language, languageCounts: _counts, ...r }) => r) as FileResult[];
    expect((await loadReporter('html'))(without, { cwd: ruleDir, colorLevel: 0, rules: rulesById })).not.toContain('id="languages"');
  });

  it("lists the languages the run found, a file each by its documents' commonest language", () => {
    const german = 'Die Regierung hat am Montag einen neuen Haushalt vorgestellt, der mehr Geld für Schulen und Straßen vorsieht.\n';
    const english = 'The government presented a new budget on Monday, with more money for schools and roads than last year.\n';
    const records = [english, english, german].map((text) => JSON.stringify({ text: text.trim() })).join('\n');
    const { stdout } = runFormat('html', { 'de.txt': german, 'en.txt': english, 'dump.jsonl': `${records}\n` }, ['.']);
    expect(dataOf(stdout).languages.map(({ language, files }) => [language, files])).toEqual([
      ['en', 2],
      ['de', 1],
    ]);
    expect(stdout).toContain('id="languages"');
  });

  it('lists languages when results carry one', async () => {
    const rule = defineRule({
      id: 'test-first-word',
      description: 'test',
      severity: 'warn',
      fixable: false,
      options: {},
      check(doc, report) {
        report({ start: 0, end: 3, message: 'first word' });
      },
    });
    const { results, dir: ruleDir } = await formatWithRule('html', rule, { 'a.txt': 'One.\n', 'b.txt': 'Two.\n', 'c.txt': 'Ba.\n' });
    const withLanguage = results.map((r, i) => ({ ...r, language: i < 2 ? 'en' : 'vi' })) as FileResult[];
    const html = (await loadReporter('html'))(withLanguage, { cwd: ruleDir, colorLevel: 0, rules: rulesById });
    expect(dataOf(html).languages).toEqual([
      { language: 'en', files: 2, findings: 2 },
      { language: 'vi', files: 1, findings: 1 },
    ]);
    expect(html).toContain('<tr><td>en</td><td>2</td><td>2</td></tr><tr><td>vi</td><td>1</td><td>1</td></tr>');
  });

  it('counts the lines of a boilerplate rule, when there is one', async () => {
    const rule = defineRule({
      id: 'boilerplate',
      description: 'test',
      severity: 'warn',
      fixable: false,
      options: {},
      check(doc, report) {
        for (const m of doc.text.matchAll(/^Read more.*$/gm)) {
          report({ start: m.index, end: m.index + m[0].length, message: 'Boilerplate line.' });
        }
      },
    });
    const files = { 'a.txt': 'News.\nRead more at our site\n', 'b.txt': 'Other news.\nRead more at our site\nRead more: sports\n' };
    const { output } = await formatWithRule('html', rule, files);
    expect(dataOf(output).repeated).toEqual([
      { ruleId: 'boilerplate', text: 'Read more at our site', count: 2, example: 0 },
      { ruleId: 'boilerplate', text: 'Read more: sports', count: 1, example: 2 },
    ]);
    expect(output).toContain('<h2>Boilerplate lines</h2>');
  });

  it('makes a page that says so for a clean run', () => {
    const clean = runFormat('html', { 'copydesk.config.json': '{}', 'a.txt': 'Clean text.\n' }, ['.']);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('<title>copydesk: no findings</title>');
    expect(dataOf(clean.stdout).findings).toEqual([]);
  });
});
