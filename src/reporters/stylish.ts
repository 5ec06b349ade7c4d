// The default terminal report, after ESLint's stylish: findings grouped by file, each followed by
// its line with the exact characters marked, so a stray zero-width space is seen, not guessed at.
import { Chalk, type ChalkInstance } from 'chalk';
import { displayPath, excerptAt, type FileResult, type LineExcerpt } from '../results/index.js';
import type { Finding } from '../types.js';
import { windowLine } from './line-window.js';
import { stylishSummary } from './summary.js';
import { showInvisible } from './show-invisible.js';
import { inChunks, joinChunks } from './chunks.js';
import type { Reporter, ReporterContext, StreamingReporter } from './types.js';

/** How many terminal cells of the line to show around a finding. */
const WINDOW = 100;

export const stylishChunks: StreamingReporter = (results, ctx) => inChunks(stylishLines(results, ctx));

export const stylish: Reporter = (results, ctx) => joinChunks(stylishChunks(results, ctx));

/** The report's lines, each with its line break, made one by one as they are written. */
function* stylishLines(results: readonly FileResult[], ctx: ReporterContext): Generator<string> {
  const c = new Chalk({ level: ctx.colorLevel });
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.skipped) {
      yield `${c.underline(showInvisible(displayPath(result.filePath, ctx.cwd)))}  ${c.dim(`skipped: ${result.skipped}`)}\n`;
      yield '\n';
      continue;
    }
    if (!result.messages.length) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    yield c.underline(showInvisible(displayPath(result.filePath, ctx.cwd))) + '\n';
    for (const f of result.messages) {
      const where = `${f.record !== undefined ? `#${f.record} ` : ''}${f.line}:${f.column}`;
      const severity = f.severity === 'error' ? c.red('error') : c.yellow('warning');
      yield `  ${c.dim(where.padEnd(8))} ${severity}  ${showInvisible(f.message, '\n')}  ${c.dim(f.ruleId)}\n`;
      const excerpt = excerptAt(result, f);
      if (excerpt) for (const line of markedLine(excerpt, f, c)) yield line + '\n';
    }
    yield '\n';
  }
  const total = errors + warnings;
  if (total === 0) return;
  for (const line of stylishSummary(results, ctx.cwd, c)) yield line + '\n';
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  yield c.bold(errors ? c.red(summary) : c.yellow(summary)) + '\n';
  if (fixableErrors + fixableWarnings > 0) {
    yield (
      c.dim(
        `  ${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with \`copydesk fix\`.`,
      ) + '\n'
    );
  }
}

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
