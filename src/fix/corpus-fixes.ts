// Fixes that corpus rules offer (boilerplate lines, paragraphs lifted from other documents, when those
// rules are set to fix): known only after a first pass over every document, then applied to each
// document before the rules' own fixes.
import type { ConfiguredRule } from '../kernel/lint.js';
import type { Document, Fix } from '../types.js';
import { applyFixes } from './apply-fixes.js';

/** The corpus rules that may fix in a run: those set to (`"fix": true`) and allowed by `fix --rule`. */
export function corpusRulesThatFix(
  corpusRules: readonly ConfiguredRule[],
  fixableRules: ReadonlySet<string> | undefined,
): ConfiguredRule[] {
  return corpusRules.filter(
    ({ rule, options }) => rule.scope === 'corpus' && rule.fixable && options.fix === true && (!fixableRules || fixableRules.has(rule.id)),
  );
}

/** How corpus fixes are keyed: a file's path and a record's line. */
export function documentKey(filePath: string, record: number | undefined): string {
  return `${filePath}\u0000${record ?? 0}`;
}

/** The text with its corpus fixes applied (before the rules' own fixes), or null when it has none. */
export function applyCorpusFixes(
  doc: Document,
  corpusFixes: ReadonlyMap<string, Fix[]> | undefined,
): { text: string; count: number } | null {
  const fixes = corpusFixes?.get(documentKey(doc.path, doc.record));
  if (!fixes?.length) return null;
  const { output, applied } = applyFixes(doc.text, fixes);
  // A document made only of other documents' paragraphs and the site's lines is a duplicate to
  // report, not a text to empty: the corpus owner decides (copydesk dedup --drop-list).
  if (applied.length === 0 || !/[\p{L}\p{N}]/u.test(output)) return null;
  return { text: output, count: applied.length };
}
