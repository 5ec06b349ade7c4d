// reviewdog's Diagnostic Format as one JSON document (`reviewdog -f=rdjson`). reviewdog counts
// columns in UTF-8 bytes, so positions are converted with the line excerpts (positions.ts); end
// positions are exclusive, as ours are. Fixes and suggestions become reviewdog suggestions, which
// it posts as suggested changes on a pull request.
import type { FileResult } from '../results/index.js';
import type { Finding, Fix } from '../types.js';
import { recordNote, relativePath, utf8PositionOf, utf8Range, type FileRange } from './positions.js';
import { HOMEPAGE, ruleDocsUrl, TOOL_NAME } from './tool-info.js';
import type { Reporter } from './types.js';

const SOURCE = { name: TOOL_NAME, url: HOMEPAGE };

export const rdjson: Reporter = (results, ctx) => {
  const diagnostics = results.flatMap((result) => {
    const path = relativePath(result.filePath, ctx.cwd);
    // A file that was not checked is an INFO diagnostic on it, so it is not taken for a clean one.
    if (result.skipped) {
      const message = `Not checked: ${result.skipped}`;
      return [{ message, location: { path }, severity: 'INFO', source: SOURCE, code: { value: 'not-checked' } }];
    }
    return result.messages.map((f) => diagnostic(result, f, path));
  });
  return JSON.stringify({ source: SOURCE, diagnostics }) + '\n';
};

function diagnostic(result: FileResult, f: Finding, path: string) {
  const fixes = [f.fix, ...(f.suggestions ?? []).map((s) => s.fix)].filter((fix): fix is Fix => fix !== undefined);
  // A safe fix is often offered as a suggestion too; reviewdog would post it twice.
  const distinct = fixes.filter((fix, i) => fixes.findIndex((other) => sameFix(fix, other)) === i);
  const suggestions = distinct.flatMap((fix) => suggestion(result, f, fix));
  return {
    message: f.message + recordNote(f),
    location: { path, range: utf8Range(result, f) },
    severity: f.severity === 'error' ? 'ERROR' : 'WARNING',
    source: SOURCE,
    code: { value: f.ruleId, url: ruleDocsUrl(f.ruleId) },
    ...(suggestions.length ? { suggestions } : {}),
  };
}

/**
 * A fix as a reviewdog suggestion, when its range can be placed in bytes: not in a JSONL record
 * (the text is inside a JSON string there), nor when it reaches past the finding's lines.
 */
function suggestion(result: FileResult, f: Finding, fix: Fix): { range: FileRange; text: string }[] {
  if (f.record !== undefined) return [];
  const start = utf8PositionOf(result, f, fix.range[0]);
  const end = utf8PositionOf(result, f, fix.range[1]);
  return start && end ? [{ range: { start, end }, text: fix.text }] : [];
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}
