// The default terminal report, after ESLint's stylish: findings grouped by file, each followed by
// its line with the exact characters marked, so a stray zero-width space is seen, not guessed at.
import { Chalk, type ChalkInstance } from 'chalk';
import { displayPath, excerptKey, type LineExcerpt } from '../results/index.js';
import type { Finding } from '../types.js';
import { windowLine } from './line-window.js';
import { stylishSummary } from './summary.js';
import { showInvisible } from './show-invisible.js';
import type { Reporter } from './types.js';

/** How many terminal cells of the line to show around a finding. */
const WINDOW = 100;

export const stylish: Reporter = (results, ctx) => {
  const c = new Chalk({ level: ctx.colorLevel });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.skipped) {
      out.push(`${c.underline(showInvisible(displayPath(result.filePath, ctx.cwd)))}  ${c.dim(`skipped: ${result.skipped}`)}`, '');
      continue;
    }
    if (!result.messages.length) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    out.push(c.underline(showInvisible(displayPath(result.filePath, ctx.cwd))));
    for (const f of result.messages) {
      const where = `${f.record !== undefined ? `#${f.record} ` : ''}${f.line}:${f.column}`;
      const severity = f.severity === 'error' ? c.red('error') : c.yellow('warning');
      out.push(`  ${c.dim(where.padEnd(8))} ${severity}  ${showInvisible(f.message, '\n')}  ${c.dim(f.ruleId)}`);
      const excerpt = result.excerpts.get(excerptKey(f));
      if (excerpt) out.push(...markedLine(excerpt, f, c));
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return out.length ? out.join('\n') + '\n' : '';
  out.push(...stylishSummary(results, ctx.cwd, c));
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out.push(c.bold(errors ? c.red(summary) : c.yellow(summary)));
  if (fixableErrors + fixableWarnings > 0) {
    out.push(
      c.dim(
        `  ${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with \`copydesk fix\`.`,
      ),
    );
  }
  return out.join('\n') + '\n';
};

/** The line (a window of it) with the finding's characters underlined by carets. */
function markedLine(excerpt: LineExcerpt, f: Finding, c: ChalkInstance): string[] {
  const start = Math.max(0, f.column - excerpt.firstColumn);
  const end = f.endLine === f.line ? Math.max(start, f.endColumn - excerpt.firstColumn) : excerpt.text.length;
  const shown = windowLine(
    excerpt.text.slice(0, start),
    [{ text: excerpt.text.slice(start, end), paint: c.red.bold }],
    excerpt.text.slice(end),
    WINDOW,
    {
      // An excerpt of a very long line is itself cut: say so.
      before: excerpt.firstColumn > 1,
      after: f.endLine !== f.line,
    },
  );
  return [`    ${shown.text}`, `    ${' '.repeat(shown.focusColumn)}${c.red('^'.repeat(Math.max(1, shown.focusWidth)))}`];
}
