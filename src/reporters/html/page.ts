// The html report's page: one self-contained file (inline style and script, no network at view time,
// readable from file://). The tables and the chart are written here; the findings are embedded as
// JSON and shown a page at a time by the script (page-script.ts).
import { createRequire } from 'node:module';
import type { ReportData } from './report-data.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

// node:crypto is loaded when a page is written, not at start-up: most runs print no html report.
const loadCrypto = () => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

const UNSAFE_IN_SCRIPT = /[<>&\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

export function renderPage(data: ReportData): string {
  const t = data.totals;
  const problems = t.errors + t.warnings;
  const title = problems ? `copydesk: ${plural(problems, 'finding')} in ${plural(t.filesWithFindings, 'file')}` : 'copydesk: no findings';
  // The script may run only if it is this very script: should a text ever slip through as markup,
  // the browser still refuses to run it. Nothing may be fetched (default-src 'none').
  const scriptHash = loadCrypto().createHash('sha256').update(PAGE_SCRIPT).digest('base64');
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${plainText(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${text(title)}</h1><p class="meta">copydesk ${text(data.version)}</p></header>
<nav>${navigation(data)}</nav>
<main>
${totalsSection(data)}
${chartSection(data)}
${languagesSection(data)}
${filesSection(data)}
${findingsSection(data)}
${duplicatesSection(data)}
${straySection(data)}
${typosSection(data)}
${repeatedSection(data)}
</main>
<script type="application/json" id="copydesk-data">${scriptSafeJson(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * JSON that a `<script>` block cannot end early: `<` (so no `</script>` or `<!--`), `>` and `&` are
 * written as \u escapes, as are U+2028 and U+2029 (line ends to some JavaScript parsers), bidi
 * controls and every other invisible character, so that the page's source reads as it is stored.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (ch) => {
    let escaped = '';
    for (let i = 0; i < ch.length; i++) escaped += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/** Text for HTML content or a quoted attribute, with invisible characters spelled out as `<U+200B>`. */
export function text(value: string): string {
  return escapeHtml(value)
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, (ch) => (ch === '\n' ? '<span class="nl">⏎</span>' : `<span class="inv">&lt;U+${hexOf(ch)}&gt;</span>`));
}

/** The same, without markup: for <title> and SVG text, where a span would not be a span. */
function plainText(value: string): string {
  return escapeHtml(value.replace(INVISIBLE, (ch) => `<U+${hexOf(ch)}>`));
}

/** For attribute values read back by the script (data-text): escaped, invisible characters as references. */
function attribute(value: string): string {
  return escapeHtml(value).replace(INVISIBLE, (ch) => `&#x${hexOf(ch)};`);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function hexOf(ch: string): string {
  return ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** A cell is markup, or markup with the cell's own attributes (`class="line"`). */
type Cell = string | { html: string; attributes: string };

function table(headers: string[], rows: Cell[][]): string {
  const head = headers.map((h) => `<th>${h}</th>`).join('');
  const cell = (c: Cell) => (typeof c === 'string' ? `<td>${c}</td>` : `<td ${c.attributes}>${c.html}</td>`);
  const body = rows.map((cells) => `<tr>${cells.map(cell).join('')}</tr>`).join('');
  return `<table class="numbers"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A button that sets the findings' filters (read by the page's script). */
function showButton(filter: { rule?: string; file?: string; text?: string }): string {
  const attributes = Object.entries(filter).map(([key, value]) => ` data-${key}="${attribute(value)}"`);
  return `<button type="button" data-filter${attributes.join('')}>show</button>`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${title}</h2>${body}</section>`;
}

function navigation(data: ReportData): string {
  const links: [string, string, boolean][] = [
    ['totals', 'Totals', true],
    ['chart', 'Per rule', data.ruleCounts.length > 0],
    ['languages', 'Languages', data.languages.length > 0],
    ['files', 'Files', data.files.length > 0],
    ['findings', 'Findings', true],
    ['duplicates', 'Duplicates', data.duplicates.length > 0],
    ['stray', 'Stray characters', data.stray.length > 0],
    ['typos', 'Typos', data.typos.length > 0],
    ['repeated', data.repeatedAreBoilerplate ? 'Boilerplate' : 'Repeated lines', data.repeated.length > 0],
  ];
  return links
    .filter(([, , shown]) => shown)
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join(' ');
}

function totalsSection(data: ReportData): string {
  const t = data.totals;
  const cells: [string, number, string][] = [
    ['Files checked', t.files, ''],
    ['Files with findings', t.filesWithFindings, ''],
    ['Errors', t.errors, 'error'],
    ['Warnings', t.warnings, 'warning'],
    ['Fixable', t.fixable, ''],
  ];
  if (t.skipped) cells.push(['Files not checked', t.skipped, '']);
  const totals = cells.map(([label, n, cls]) => `<div class="${cls}"><dt>${label}</dt><dd>${count(n)}</dd></div>`).join('');
  const skippedList = data.skipped.slice(0, 1000).map((s) => `<li>${text(s.path)}: ${text(s.reason)}</li>`);
  const skipped = skippedList.length ? `<details><summary>Files not checked</summary><ul>${skippedList.join('')}</ul></details>` : '';
  return section('totals', 'Totals', `<dl class="totals">${totals}</dl>${skipped}`);
}

/** Horizontal bars, one per rule, errors and warnings stacked: an inline SVG, no library. */
function chartSection(data: ReportData): string {
  if (!data.ruleCounts.length) return '';
  const rowHeight = 24;
  const labelWidth = 190;
  const barWidth = 480;
  const width = labelWidth + barWidth + 80;
  const max = Math.max(...data.ruleCounts.map((r) => r.errors + r.warnings));
  const height = data.ruleCounts.length * rowHeight + 30;
  const bars = data.ruleCounts.map((r, i) => {
    const errorWidth = (r.errors / max) * barWidth;
    const warningWidth = (r.warnings / max) * barWidth;
    const rule = plainText(r.ruleId);
    return (
      `<g transform="translate(0,${i * rowHeight})"><text x="${labelWidth - 8}" y="16" text-anchor="end">${rule}</text>` +
      `<rect class="bar-error" x="${labelWidth}" y="4" width="${errorWidth.toFixed(1)}" height="16">` +
      `<title>${rule}: ${r.errors} errors</title></rect>` +
      `<rect class="bar-warning" x="${(labelWidth + errorWidth).toFixed(1)}" y="4" width="${warningWidth.toFixed(1)}" height="16">` +
      `<title>${rule}: ${r.warnings} warnings</title></rect>` +
      `<text x="${(labelWidth + errorWidth + warningWidth + 6).toFixed(1)}" y="16">${count(r.errors + r.warnings)}</text></g>`
    );
  });
  const legend =
    `<g transform="translate(${labelWidth},${height - 20})">` +
    `<rect class="bar-error" width="12" height="12"/><text x="18" y="11">error</text>` +
    `<rect class="bar-warning" x="80" width="12" height="12"/><text x="98" y="11">warning</text></g>`;
  const svg =
    `<svg class="chart" role="img" aria-label="Findings per rule, errors and warnings" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">${bars.join('')}${legend}</svg>`;
  const rows = data.ruleCounts.map((r) => [
    text(r.ruleId),
    ...[r.errors, r.warnings, r.fixable].map(String),
    showButton({ rule: r.ruleId }),
  ]);
  return section('chart', 'Findings per rule and severity', svg + table(['Rule', 'Errors', 'Warnings', 'Fixable', ''], rows));
}

function languagesSection(data: ReportData): string {
  if (!data.languages.length) return '';
  const rows = data.languages.map((l) => [text(l.language), String(l.files), String(l.findings)]);
  return section('languages', 'Languages', table(['Language', 'Files', 'Findings'], rows));
}

function filesSection(data: ReportData): string {
  if (!data.files.length) return '';
  const top = [...data.files].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings)).slice(0, 20);
  const rows = top.map((f) => [text(f.path), String(f.errors), String(f.warnings), showButton({ file: f.path })]);
  return section('files', 'Files with the most findings', table(['File', 'Errors', 'Warnings', ''], rows));
}

function findingsSection(data: ReportData): string {
  const severities = '<option value="">all</option><option value="2">errors</option><option value="1">warnings</option>';
  return section(
    'findings',
    'Findings',
    `
<form class="filters" id="filters">
<label>Rule <select id="f-rule"><option value="">all rules</option></select></label>
<label>Severity <select id="f-severity">${severities}</select></label>
<label>File <input id="f-file" type="search" placeholder="part of a file name"></label>
<label>Text <input id="f-text" type="search" placeholder="in the message or the flagged text"></label>
</form>
<p id="finding-count" class="count">${data.findings.length ? 'Loading…' : 'No findings.'}</p>
<ol id="finding-list" class="findings"></ol>
${pager('finding')}
`,
  );
}

function pager(id: string): string {
  return (
    `<p class="pager"><button type="button" id="${id}-previous">‹ Previous</button> <span id="${id}-page"></span> ` +
    `<button type="button" id="${id}-next">Next ›</button></p>`
  );
}

function duplicatesSection(data: ReportData): string {
  if (!data.duplicates.length) return '';
  const about =
    '<p>Each copy beside the copy it repeats; words only in the other copy are struck through, words only in this one are marked.</p>';
  return section('duplicates', 'Duplicates', `${about}<ol id="cluster-list" class="clusters"></ol>${pager('cluster')}`);
}

function straySection(data: ReportData): string {
  if (!data.stray.length) return '';
  const rows = data.stray.map((s) => [
    `<code>U+${s.codePoint}</code>`,
    text(s.name),
    String(s.count),
    // Filled in by the script from the example finding's line.
    { html: '', attributes: `class="line" data-example="${s.example}"` },
    showButton({ rule: 'stray-unicode', text: String.fromCodePoint(parseInt(s.codePoint, 16)) }),
  ]);
  return section('stray', 'Stray characters', table(['Code point', 'Name', 'Count', 'Example', ''], rows));
}

function typosSection(data: ReportData): string {
  if (!data.typos.length) return '';
  const rows = data.typos.map((t) => [
    text(t.word),
    String(t.count),
    t.suggestions.map(text).join(', '),
    showButton({ rule: 'typo', text: t.word }),
  ]);
  return section('typos', 'Most frequent typos', table(['Word', 'Count', 'Suggestions', ''], rows));
}

function repeatedSection(data: ReportData): string {
  if (!data.repeated.length) return '';
  const title = data.repeatedAreBoilerplate ? 'Boilerplate lines' : 'Repeated lines';
  const about = data.repeatedAreBoilerplate ? '' : '<p>The texts flagged most often, by rule: lines a scraper keeps picking up.</p>';
  const rows = data.repeated.map((r) => [
    { html: text(r.text), attributes: 'class="line"' },
    text(r.ruleId),
    String(r.count),
    showButton({ rule: r.ruleId, text: r.text }),
  ]);
  return section('repeated', title, about + table(['Text', 'Rule', 'Count', ''], rows));
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}
