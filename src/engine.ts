// The kernel's entry points under their older names, for callers that check one document on its own
// (rule tests, benches): each call is a run of its own, with a fresh RunContext. New code imports
// src/kernel/ and passes its run's context.
import type { ConfiguredRule } from './kernel/lint.js';
import { lint } from './kernel/lint.js';
import { RunContext } from './kernel/run-context.js';
import type { Document, Finding, RuleSettings } from './types.js';

export { CorpusRun, compareFindings, contextFor, idsOf, mayJudge, NO_SETTINGS, toFinding, type ConfiguredRule } from './kernel/index.js';

/** The findings of the document rules among `rules` in `doc`, checked alone (a run of its own). */
export function lintDocument(
  doc: Document,
  rules: readonly ConfiguredRule[],
  settings: RuleSettings,
  rulesOn?: ReadonlySet<string>,
): Finding[] {
  return lint(doc, { rules, settings, rulesOn }, new RunContext());
}
