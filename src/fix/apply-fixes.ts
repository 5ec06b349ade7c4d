// One pass of fixing, shaped like ESLint's source-code-fixer: sort the fixes by range, sweep left to
// right, skip a fix that overlaps the one before it (it waits for the next pass), splice the rest.
import type { Fix } from '../types.js';

export interface FixPassResult {
  output: string;
  applied: Fix[];
  skipped: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): FixPassResult {
  const sorted = [...fixes].sort(compareFixes);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let output = '';
  let cursor = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || (start === cursor && applied.length > 0 && isInsertion(fix) && isInsertion(applied[applied.length - 1]))) {
      skipped.push(fix);
      continue;
    }
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}

function isInsertion(fix: Fix): boolean {
  return fix.range[0] === fix.range[1];
}

function compareFixes(a: Fix, b: Fix): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1];
}
