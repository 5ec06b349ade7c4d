// Baselines, for adopting copydesk on a large corpus: --baseline-write records today's findings as
// counts per file, rule and flagged text; --baseline then reports only what goes beyond those counts.
// Counting by flagged text (not by line) lets a baseline survive edits elsewhere in the file, as
// ESLint's bulk suppressions do; when more of the same appear, the later ones are the new ones.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import { displayPath, flaggedText, type FileResult } from './results/index.js';
import type { Finding } from './types.js';

type Counts = Record<string, Record<string, Record<string, number>>>;

interface BaselineFile {
  copydeskBaseline: 1;
  files: Counts;
}

export function writeBaseline(location: string, results: readonly FileResult[], cwd: string): number {
  const files: Counts = {};
  let total = 0;
  for (const result of results) {
    for (const finding of result.messages) {
      const byRule = (files[displayPath(result.filePath, cwd)] ??= {});
      const byText = (byRule[finding.ruleId] ??= {});
      const key = findingKey(result, finding);
      byText[key] = (byText[key] ?? 0) + 1;
      total++;
    }
  }
  const tmp = `${location}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ copydeskBaseline: 1, files } satisfies BaselineFile, null, 2) + '\n');
  renameSync(tmp, location);
  return total;
}

export function readBaseline(location: string): Counts {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(location, 'utf8')) as BaselineFile;
  } catch (error) {
    throw new UsageError(`Cannot read baseline ${location}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (data?.copydeskBaseline !== 1 || typeof data.files !== 'object')
    throw new UsageError(`${location} is not a copydesk baseline (written by --baseline-write).`);
  return data.files;
}

export interface BaselineOutcome {
  results: FileResult[];
  /** Findings the baseline allows that are gone: the baseline can shrink by this many. */
  resolved: number;
}

/** Drops the findings the baseline accounts for; the counts are recomputed. */
export function applyBaseline(results: readonly FileResult[], baseline: Counts, cwd: string): BaselineOutcome {
  let resolved = 0;
  const filtered = results.map((result) => {
    const file = displayPath(result.filePath, cwd);
    const allowed = baseline[file] ?? {};
    const used = new Map<string, number>();
    const messages = result.messages.filter((finding) => {
      const text = findingKey(result, finding);
      const key = `${finding.ruleId}\u0000${text}`;
      const n = (used.get(key) ?? 0) + 1;
      used.set(key, n);
      return n > (allowed[finding.ruleId]?.[text] ?? 0);
    });
    for (const [ruleId, byText] of Object.entries(allowed)) {
      for (const [text, count] of Object.entries(byText)) resolved += Math.max(0, count - (used.get(`${ruleId}\u0000${text}`) ?? 0));
    }
    return recount(result, messages);
  });
  return { results: filtered, resolved };
}

/** What identifies a finding across edits: the text it flags (messages may name line numbers, which move). */
function findingKey(result: FileResult, finding: Finding): string {
  return (flaggedText(result, finding)?.text ?? finding.message).replace(/\s+/g, ' ').slice(0, 200);
}

function recount(result: FileResult, messages: Finding[]): FileResult {
  const errors = messages.filter((m) => m.severity === 'error');
  const warnings = messages.filter((m) => m.severity === 'warn');
  return {
    ...result,
    messages,
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
  };
}
