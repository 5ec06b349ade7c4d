// ESLint's JSON result shape, so tools that read ESLint output read ours: severity 1 = warn, 2 = error.
import type { Finding } from '../types.js';
import { jsonPosition } from './positions.js';
import type { Reporter, ReporterContext } from './types.js';
import type { FileResult } from '../results/index.js';

export const json: Reporter = (results) => JSON.stringify(eslintResults(results));

/**
 * ESLint's `json-with-metadata`: the same results, and each rule's metadata as the rule declares it (its
 * page's link, message templates, options schema), so ESLint formatters that link rules (`rulesMeta[id].docs.url`) link ours.
 */
export const jsonWithMetadata: Reporter = (results, ctx) =>
  JSON.stringify({ results: eslintResults(results), metadata: { rulesMeta: rulesMeta(ctx) } });

function rulesMeta(ctx: ReporterContext) {
  return Object.fromEntries(
    [...ctx.rules.values()].map((rule) => [
      rule.id,
      {
        type: 'problem',
        docs: { description: rule.description, url: rule.docs.url },
        ...(rule.fixable ? { fixable: 'code' } : {}),
        ...(rule.messages ? { messages: rule.messages } : {}),
        ...(rule.schema ? { schema: [rule.schema] } : {}),
      },
    ]),
  );
}

function eslintResults(results: readonly FileResult[]) {
  return results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map(toEslintMessage),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...(r.skipped ? { skipped: r.skipped } : {}),
    ...(r.output !== undefined ? { output: r.output } : {}),
  }));
}

export function toEslintMessage(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    ...jsonPosition(f),
    start: f.start,
    end: f.end,
    ...(f.record !== undefined ? { record: f.record } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions } : {}),
    ...(f.related ? { related: f.related } : {}),
  };
}
