// One JSON object per line, one line per finding: for `jq`, for log pipelines, and for streaming,
// since each file's lines can be written as soon as that file is checked (`formatResult`). A file
// that was not checked (binary, UTF-16) gets one line saying why, with no `ruleId`.
import type { FileResult } from '../results/index.js';
import type { Finding } from '../types.js';
import { jsonPosition } from './positions.js';
import type { Reporter } from './types.js';

export const jsonl: Reporter = (results) => results.map(formatResult).join('');

/** The lines of one file's result, each ending in "\n"; "" when there is nothing to say. */
export function formatResult(result: FileResult): string {
  if (result.skipped) return JSON.stringify({ filePath: result.filePath, skipped: result.skipped }) + '\n';
  return result.messages.map((f) => JSON.stringify(jsonlFinding(result.filePath, f)) + '\n').join('');
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
