// ESLint's JSON result shape, so tools that read ESLint output read ours: severity 1 = warn, 2 = error.
import type { Finding } from '../types.js';
import { jsonPosition } from './positions.js';
import type { Reporter, ReporterContext, StreamingReporter } from './types.js';
import type { FileResult } from '../results/index.js';
import { inChunks, joinChunks } from './chunks.js';

/** `JSON.stringify` of the results, written a file and a finding at a time (the same bytes). */
export const jsonChunks: StreamingReporter = (results) => inChunks(resultsJson(results));

export const json: Reporter = (results, ctx) => joinChunks(jsonChunks(results, ctx));

/**
 * ESLint's `json-with-metadata`: the same results, and each rule's metadata as the rule declares it (its
 * page's link, message templates, options schema), so ESLint formatters that link rules (`rulesMeta[id].docs.url`) link ours.
 */
export const jsonWithMetadataChunks: StreamingReporter = (results, ctx) =>
  inChunks(
    (function* () {
      yield '{"results":';
      yield* resultsJson(results);
      yield `,"metadata":${JSON.stringify({ rulesMeta: rulesMeta(ctx) })}}`;
    })(),
  );

export const jsonWithMetadata: Reporter = (results, ctx) => joinChunks(jsonWithMetadataChunks(results, ctx));

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

/** The JSON array of ESLint results in pieces: each message is made and stringified only when written. */
function* resultsJson(results: readonly FileResult[]): Generator<string> {
  yield '[';
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    // The result's other keys, stringified as they were, around its messages (one array, written a message at a time).
    const shell = JSON.stringify({
      filePath: r.filePath,
      messages: [],
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      ...(r.output !== undefined ? { output: r.output } : {}),
    });
    // The first `"messages":[]` is the key's: inside a JSON string every quote is escaped.
    const at = shell.indexOf(MESSAGES_KEY) + MESSAGES_KEY.length - 1;
    yield (i > 0 ? ',' : '') + shell.slice(0, at);
    for (let m = 0; m < r.messages.length; m++) yield (m > 0 ? ',' : '') + JSON.stringify(toEslintMessage(r.messages[m]));
    yield shell.slice(at);
  }
  yield ']';
}

const MESSAGES_KEY = '"messages":[]';

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
