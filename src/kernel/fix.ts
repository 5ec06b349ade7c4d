// Fixing a text until it settles, as ESLint's linter does: check, apply the non-overlapping fixes back
// to front, check the new text again, up to 10 passes; stop early when nothing changes or when a pass
// brings back a text already seen (two fixes undoing each other).
import { createDocument } from '../document.js';
import { applyFixes } from '../fix/apply-fixes.js';
import type { Finding, Fix } from '../types.js';
import { lint, type RuleSet } from './lint.js';
import type { RunContext } from './run-context.js';

export const MAX_PASSES = 10;

export interface FixTextResult {
  output: string;
  /** How many fixes went in, over all passes. */
  fixCount: number;
  /** The findings left in the output. */
  remaining: Finding[];
  /** The findings of the text as it was, before any fix: what stands when the output cannot be written. */
  initial: Finding[];
}

export interface FixTextOptions extends RuleSet {
  path: string;
  record?: number;
  /** Rule ids allowed to fix (all when absent). */
  fixableRules?: ReadonlySet<string>;
}

/** `text` fixed by the document rules of `options` until it settles, and the findings left in it. */
export function fix(text: string, options: FixTextOptions, run: RunContext): FixTextResult {
  const seen = new Set<string>([text]);
  const eol = dominantLineEnding(text);
  let current = text;
  let fixCount = 0;
  let initial: Finding[] | null = null;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = lintText(current, options, run);
    initial ??= findings;
    const fixes = findings.flatMap((f) => (f.fix && mayFix(f, options) ? [withLineEnding(f.fix, eol)] : []));
    if (fixes.length === 0) return { output: current, fixCount, remaining: findings, initial };
    const { output, applied } = applyFixes(current, fixes);
    if (seen.has(output)) break;
    seen.add(output);
    fixCount += applied.length;
    current = output;
  }
  return { output: current, fixCount, remaining: lintText(current, options, run), initial: initial ?? [] };
}

function lintText(text: string, options: FixTextOptions, run: RunContext): Finding[] {
  return lint(createDocument({ text, path: options.path, record: options.record }), options, run);
}

function mayFix(finding: Finding, options: FixTextOptions): boolean {
  return !options.fixableRules || options.fixableRules.has(finding.ruleId);
}

/** A fix that inserts a line break uses the file's own line ending, so a CRLF file stays CRLF. */
function withLineEnding(fix: Fix, eol: '\n' | '\r\n'): Fix {
  if (eol === '\n' || !fix.text.includes('\n')) return fix;
  return { range: fix.range, text: fix.text.replace(/\r?\n/g, '\r\n') };
}

function dominantLineEnding(text: string): '\n' | '\r\n' {
  const lf = text.split('\n').length - 1;
  if (lf === 0) return '\n';
  const crlf = text.split('\r\n').length - 1;
  return crlf * 2 > lf ? '\r\n' : '\n';
}
