// ESLint's JSON result shape, so tools that read ESLint output read ours: severity 1 = warn, 2 = error.
import type { Finding } from '../types.js';
import type { Reporter } from './types.js';

export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map(toEslintMessage),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );

export function toEslintMessage(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    start: f.start,
    end: f.end,
    ...(f.record !== undefined ? { record: f.record } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions } : {}),
    ...(f.related ? { related: f.related } : {}),
  };
}
