// GitHub Actions workflow commands: each finding becomes an annotation on the file and line
// (`::error file=…,line=…,col=…::message`), escaped as GitHub's toolkit (@actions/core) escapes
// them. GitHub shows only 10 error and 10 warning annotations per step, so the last line is a
// notice that sums up everything, per rule.
import type { FileResult } from '../results/index.js';
import type { Finding } from '../types.js';
import { fileRange, recordNote, relativePath } from './positions.js';
import { showInvisible } from './show-invisible.js';
import type { Reporter } from './types.js';

export const github: Reporter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.messages) lines.push(annotation(result, f, ctx.cwd));
    if (result.skipped) lines.push(notChecked(result, ctx.cwd));
  }
  const summary = summarize(results);
  if (summary) lines.push(`::notice title=copydesk::${escapeData(summary)}`);
  return lines.length ? lines.join('\n') + '\n' : '';
};

function annotation(result: FileResult, f: Finding, cwd: string): string {
  const { start, end } = fileRange(f);
  const properties: [string, string | number | undefined][] = [
    ['title', f.ruleId],
    ['file', result.filePath === '<stdin>' ? undefined : relativePath(result.filePath, cwd)],
    ['line', start.line],
    ['endLine', end.line],
    // GitHub takes columns only for an annotation on one line.
    ['col', start.line === end.line ? start.column : undefined],
    ['endColumn', start.line === end.line ? end.column : undefined],
  ];
  const shown = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  // The message is for people: control characters shown as <U+001B>; line breaks are the toolkit's to escape.
  const message = escapeData(showInvisible(f.message + recordNote(f), '\r\n'));
  return `::${f.severity === 'error' ? 'error' : 'warning'} ${shown.join(',')}::${message}`;
}

/** A file that was not checked is a warning on the file, so it is not taken for a clean one. */
function notChecked(result: FileResult, cwd: string): string {
  const file = result.filePath === '<stdin>' ? '' : `,file=${escapeProperty(relativePath(result.filePath, cwd))}`;
  return `::warning title=copydesk${file}::${escapeData(showInvisible(`Not checked: ${result.skipped}`))}`;
}

/** "12 problems (8 errors, 4 warnings) in 3 files: typo 5, doubled-word 3, …; 1 file not checked". */
function summarize(results: readonly FileResult[]): string {
  const perRule = new Map<string, number>();
  let errors = 0;
  let warnings = 0;
  let files = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.messages.length) files++;
    for (const f of result.messages) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  }
  const skipped = results.filter((r) => r.skipped).length;
  const total = errors + warnings;
  if (total === 0 && skipped === 0) return '';
  const rules = [...perRule].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([id, n]) => `${id} ${n}`);
  const parts = [`${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}`];
  if (rules.length) parts[0] += `: ${rules.join(', ')}`;
  if (skipped) parts.push(`${plural(skipped, 'file')} not checked`);
  return parts.join('; ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The toolkit's escapeData: what would end the message or the line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The toolkit's escapeProperty: also the `:` and `,` that separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
