// The edits a person accepts in a session are kept against the file's ORIGINAL text and applied in one
// pass at the end (applyFixes), so no offset ever has to be shifted. That only works while they do not
// overlap, which is what these checks keep true.
import type { Fix } from '../types.js';

/** Two edits that applyFixes could not both apply: overlapping ranges, or two insertions at one point. */
export function editsConflict(a: Fix, b: Fix): boolean {
  const [aStart, aEnd] = a.range;
  const [bStart, bEnd] = b.range;
  if (aStart < bEnd && bStart < aEnd) return true;
  return aStart === aEnd && bStart === bEnd && aStart === bStart;
}

export function conflictsWithAny(edit: Fix, accepted: readonly Fix[]): boolean {
  return accepted.some((other) => editsConflict(edit, other));
}

/**
 * A fix that inserts a line break uses the file's own line ending, so a CRLF file stays CRLF
 * (as `copydesk fix` does in src/fix/fix-text.ts).
 */
export function withFileLineEnding(fix: Fix, text: string): Fix {
  if (!fix.text.includes('\n') || !usesCrlf(text)) return fix;
  return { range: fix.range, text: fix.text.replace(/\r?\n/g, '\r\n') };
}

function usesCrlf(text: string): boolean {
  const lf = text.split('\n').length - 1;
  const crlf = text.split('\r\n').length - 1;
  return lf > 0 && crlf * 2 > lf;
}
