// One JSON object per line, one line per finding: for `jq`, for log pipelines, and for streaming,
// since each file's lines can be written as soon as that file is checked (`formatResult`). A file
// that was not checked (binary, UTF-16) gets one line saying why, with no `ruleId`.
import type { FileResult } from '../results/index.js';
import type { Finding } from '../types.js';
import { jsonPosition } from './positions.js';
import { inChunks, joinChunks } from './chunks.js';
import type { Reporter, StreamingReporter } from './types.js';

export const jsonlChunks: StreamingReporter = (results) =>
  inChunks(
    (function* () {
      for (const result of results) yield* resultLines(result);
    })(),
  );

export const jsonl: Reporter = (results, ctx) => joinChunks(jsonlChunks(results, ctx));

/** The lines of one file's result, each ending in "\n"; "" when there is nothing to say. */
export function formatResult(result: FileResult): string {
  return joinChunks(resultChunks(result));
}

/** The lines of one file's result in chunks, each line made only when its chunk is written. */
export function resultChunks(result: FileResult): Iterable<string> {
  return inChunks(resultLines(result));
}

function* resultLines(result: FileResult): Generator<string> {
  if (result.skipped) {
    yield JSON.stringify({ filePath: result.filePath, skipped: result.skipped }) + '\n';
    return;
  }
  for (const f of result.messages) yield JSON.stringify(jsonlFinding(result.filePath, f)) + '\n';
}

function jsonlFinding(filePath: string, f: Finding) {
  return {
    filePath,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...jsonPosition(f),
    ...(f.record !== undefined ? { record: f.record } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions } : {}),
  };
}
