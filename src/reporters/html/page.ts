// The html report's page: one self-contained file (inline style and script, no network at view time,
// readable from file://). The tables and the chart are written here; the findings are embedded as
// JSON and shown a page at a time by the script (page-script.ts).
import { createHash } from 'node:crypto';
import type { ReportData } from './report-data.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

const UNSAFE_IN_SCRIPT = /[<>&\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

export function renderPage(data: ReportData): string {
  const t = data.totals;
  const problems = t.errors + t.warnings;
  const title = problems ? `copydesk: ${plural(problems, 'finding')} in ${plural(t.filesWithFindings, 'file')}` : 'copydesk: no findings';
  // The script may run only if it is this very script: should a text ever slip through as markup,
  // the browser still refuses to run it. Nothing may be fetched (default-src 'none').
  const scriptHash = createHash('sha256').update(PAGE_SCRIPT).digest('base64');
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
    .replace(INVISIBLE, (ch) => (ch === '\n' ? '<span class="nl">⏎</span>' : `<span class="inv">&lt;U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}&gt;</span>`));
}

/** The same, without markup: for <title> and SVG text, where a span would not be a span. */
function plainText(value: string): string {
  return escapeHtml(value.replace(INVISIBLE, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`));
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** For attribute values read back by the script (data-text): escaped, invisible characters as references. */
function attribute(value: string): string {
  return escapeHtml(value).replace(INVISIBLE, (ch) => `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`);
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
  return links.filter(([, , shown]) => shown).map(([id, label]) => `<a href="#${id}">${label}</a>`).join(' ');
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
  const skipped = data.skipped.length
    ? `<details><summary>Files not checked</summary><ul>${data.skipped.slice(0, 1000).map((s) => `<li>${text(s.path)}: ${text(s.reason)}</li>`).join('')}</ul></details>`
    : '';
  return `<section id="totals"><h2>Totals</h2><dl class="totals">${cells
    .map(([label, n, cls]) => `<div class="${cls}"><dt>${label}</dt><dd>${n.toLocaleString('en-US')}</dd></div>`)
    .join('')}</dl>${skipped}</section>`;
}

/** Horizontal bars, one per rule, errors and warnings stacked: an inline SVG, no library. */
function chartSection(data: ReportData): string {
  if (!data.ruleCounts.length) return '';
  const rowHeight = 24;
  const labelWidth = 190;
  const barWidth = 480;
  const max = Math.max(...data.ruleCounts.map((r) => r.errors + r.warnings));
  const height = data.ruleCounts.length * rowHeight + 30;
  const rows = data.ruleCounts.map((r, i) => {
    const y = i * rowHeight;
    const errorWidth = (r.errors / max) * barWidth;
    const warningWidth = (r.warnings / max) * barWidth;
    const total = r.errors + r.warnings;
    return `<g transform="translate(0,${y})"><text x="${labelWidth - 8}" y="16" text-anchor="end">${plainText(r.ruleId)}</text>` +
      `<rect class="bar-error" x="${labelWidth}" y="4" width="${errorWidth.toFixed(1)}" height="16"><title>${plainText(r.ruleId)}: ${r.errors} errors</title></rect>` +
      `<rect class="bar-warning" x="${(labelWidth + errorWidth).toFixed(1)}" y="4" width="${warningWidth.toFixed(1)}" height="16"><title>${plainText(r.ruleId)}: ${r.warnings} warnings</title></rect>` +
      `<text x="${(labelWidth + errorWidth + warningWidth + 6).toFixed(1)}" y="16">${total.toLocaleString('en-US')}</text></g>`;
  });
  const legendY = data.ruleCounts.length * rowHeight + 10;
  const legend = `<g transform="translate(${labelWidth},${legendY})"><rect class="bar-error" width="12" height="12"/><text x="18" y="11">error</text>` +
    `<rect class="bar-warning" x="80" width="12" height="12"/><text x="98" y="11">warning</text></g>`;
  const table = data.ruleCounts
    .map((r) => `<tr><td>${text(r.ruleId)}</td><td>${r.errors}</td><td>${r.warnings}</td><td>${r.fixable}</td><td><button type="button" data-filter data-rule="${attribute(r.ruleId)}">show</button></td></tr>`)
    .join('');
  return `<section id="chart"><h2>Findings per rule and severity</h2>
<svg class="chart" role="img" aria-label="Findings per rule, errors and warnings" width="${labelWidth + barWidth + 80}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 80} ${height}">${rows.join('')}${legend}</svg>
<table class="numbers"><thead><tr><th>Rule</th><th>Errors</th><th>Warnings</th><th>Fixable</th><th></th></tr></thead><tbody>${table}</tbody></table></section>`;
}

function languagesSection(data: ReportData): string {
  if (!data.languages.length) return '';
  const rows = data.languages.map((l) => `<tr><td>${text(l.language)}</td><td>${l.files}</td><td>${l.findings}</td></tr>`).join('');
  return `<section id="languages"><h2>Languages</h2><table class="numbers"><thead><tr><th>Language</th><th>Files</th><th>Findings</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function filesSection(data: ReportData): string {
  if (!data.files.length) return '';
  const top = [...data.files].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings)).slice(0, 20);
  const rows = top
    .map((f) => `<tr><td>${text(f.path)}</td><td>${f.errors}</td><td>${f.warnings}</td><td><button type="button" data-filter data-file="${attribute(f.path)}">show</button></td></tr>`)
    .join('');
  return `<section id="files"><h2>Files with the most findings</h2><table class="numbers"><thead><tr><th>File</th><th>Errors</th><th>Warnings</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function findingsSection(data: ReportData): string {
  return `<section id="findings"><h2>Findings</h2>
<form class="filters" id="filters">
<label>Rule <select id="f-rule"><option value="">all rules</option></select></label>
<label>Severity <select id="f-severity"><option value="">all</option><option value="2">errors</option><option value="1">warnings</option></select></label>
<label>File <input id="f-file" type="search" placeholder="part of a file name"></label>
<label>Text <input id="f-text" type="search" placeholder="in the message or the flagged text"></label>
</form>
<p id="finding-count" class="count">${data.findings.length ? 'Loading…' : 'No findings.'}</p>
<ol id="finding-list" class="findings"></ol>
<p class="pager"><button type="button" id="finding-previous">‹ Previous</button> <span id="finding-page"></span> <button type="button" id="finding-next">Next ›</button></p>
</section>`;
}

function duplicatesSection(data: ReportData): string {
  if (!data.duplicates.length) return '';
  return `<section id="duplicates"><h2>Duplicates</h2><p>Each copy beside the copy it repeats; words only in the other copy are struck through, words only in this one are marked.</p>
<ol id="cluster-list" class="clusters"></ol>
<p class="pager"><button type="button" id="cluster-previous">‹ Previous</button> <span id="cluster-page"></span> <button type="button" id="cluster-next">Next ›</button></p></section>`;
}

function straySection(data: ReportData): string {
  if (!data.stray.length) return '';
  const rows = data.stray
    .map((s) => {
      const ch = String.fromCodePoint(parseInt(s.codePoint, 16));
      return `<tr><td><code>U+${s.codePoint}</code></td><td>${text(s.name)}</td><td>${s.count}</td><td class="line" data-example="${s.example}"></td>` +
        `<td><button type="button" data-filter data-rule="stray-unicode" data-text="${attribute(ch)}">show</button></td></tr>`;
    })
    .join('');
  return `<section id="stray"><h2>Stray characters</h2><table class="numbers"><thead><tr><th>Code point</th><th>Name</th><th>Count</th><th>Example</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function typosSection(data: ReportData): string {
  if (!data.typos.length) return '';
  const rows = data.typos
    .map((t) => `<tr><td>${text(t.word)}</td><td>${t.count}</td><td>${t.suggestions.map(text).join(', ')}</td><td><button type="button" data-filter data-rule="typo" data-text="${attribute(t.word)}">show</button></td></tr>`)
    .join('');
  return `<section id="typos"><h2>Most frequent typos</h2><table class="numbers"><thead><tr><th>Word</th><th>Count</th><th>Suggestions</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function repeatedSection(data: ReportData): string {
  if (!data.repeated.length) return '';
  const title = data.repeatedAreBoilerplate ? 'Boilerplate lines' : 'Repeated lines';
  const about = data.repeatedAreBoilerplate ? '' : '<p>The texts flagged most often, by rule: lines a scraper keeps picking up.</p>';
  const rows = data.repeated
    .map((r) => `<tr><td class="line">${text(r.text)}</td><td>${text(r.ruleId)}</td><td>${r.count}</td><td><button type="button" data-filter data-rule="${attribute(r.ruleId)}" data-text="${attribute(r.text)}">show</button></td></tr>`)
    .join('');
  return `<section id="repeated"><h2>${title}</h2>${about}<table class="numbers"><thead><tr><th>Text</th><th>Rule</th><th>Count</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
