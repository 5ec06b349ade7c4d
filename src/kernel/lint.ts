// The kernel's check: the document rules of a rule set over one document, their reports turned into
// findings with lines and columns. No I/O, no config loading, no module state: what the run has learnt
// comes in the RunContext, and the findings are a function of the document and the rule set alone.
import { englishView } from '../language/english-view.js';
import type { Document, DocumentRule, Finding, Report, Rule, RuleContext, RuleOptions, RuleSettings } from '../types.js';
import type { RunContext } from './run-context.js';
import { SlotStore } from './slots.js';

/** A rule as the run uses it: its severity and options after the config has had its say. */
export interface ConfiguredRule {
  rule: Rule;
  severity: 'error' | 'warn';
  options: RuleOptions;
}

/** The rules that apply to a document and the project-wide settings they read. */
export interface RuleSet {
  rules: readonly ConfiguredRule[];
  settings: RuleSettings;
  /**
   * The ids of the rules that are on for this document, which decide who owns a finding two rules
   * could make (see `contextFor`): `rules` themselves unless a caller runs only some of the rules that
   * are on (a test of one rule as it behaves among the others).
   */
  rulesOn?: ReadonlySet<string>;
}

/** The findings of the document rules of `ruleSet` in `doc`, sorted by place. */
export function lint(doc: Document, ruleSet: RuleSet, run: RunContext): Finding[] {
  const { rules, settings } = ruleSet;
  const rulesOn = ruleSet.rulesOn ?? idsOf(rules);
  const findings: Finding[] = [];
  // A rule that cannot judge this document (English-only, on other text) is not on for it: a rule that
  // yields to it reports what it would have owned.
  const judging = new Set(
    [...rulesOn].filter((id) => {
      const configured = rules.find((c) => c.rule.id === id);
      return !configured || mayJudge(configured.rule, doc);
    }),
  );
  for (const { rule, severity, options } of rules) {
    if (rule.scope === 'corpus') continue;
    // --- language gate (issue 12, "Language") ---
    if (!mayJudge(rule, doc)) continue;
    const report =
      rule.language === 'en'
        ? (r: Report) => {
            if (doc.languageAt(r.start) === 'en') findings.push(toFinding(doc, rule.id, severity, r));
          }
        : (r: Report) => findings.push(toFinding(doc, rule.id, severity, r));
    // --- end language gate ---
    (rule as DocumentRule).check(doc, report, options, settings, contextFor(rule, judging, run));
  }
  return findings.sort(compareFindings);
}

/** English-only corpus rules see the English paragraphs of an English document (see `mayJudge`). */
export function viewFor(rule: Rule, doc: Document): Document {
  return rule.language === 'en' ? englishView(doc) : doc;
}

/**
 * An English-only rule (`language: 'en'`) judges only a document judged English, and only its English
 * paragraphs (lint drops its findings elsewhere): so fix never changes a word of other text.
 * The document's language is found only when such a rule is on.
 */
export function mayJudge(rule: Rule, doc: Document): boolean {
  return rule.language !== 'en' || doc.language === 'en';
}

export function idsOf(rules: readonly ConfiguredRule[]): Set<string> {
  return new Set(rules.map((configured) => configured.rule.id));
}

/**
 * What a rule is told about its run. When two rules could own a finding (a C1 control: stray-unicode's
 * or mojibake's), the rule that declares it `yieldsTo` the other stays silent only while the other is
 * on: turning one rule off never hides a defect another rule covers. Asking about a rule the declaration
 * does not name is a mistake in the rule, caught by its tests: the declarations are the documented list
 * of every hand-off. `slot` gives the run's values (memos) to the rule.
 */
export function contextFor(rule: Rule, rulesOn: ReadonlySet<string>, slots: SlotStore = new SlotStore()): RuleContext {
  return {
    yieldsTo(ruleId: string): boolean {
      if (!rule.yieldsTo || !Object.hasOwn(rule.yieldsTo, ruleId)) {
        throw new Error(`Rule ${rule.id} asks whether it yields to ${ruleId} but does not declare it in yieldsTo`);
      }
      return rulesOn.has(ruleId);
    },
    slot: (slot) => slots.slot(slot),
  };
}

export function toFinding(doc: Document, ruleId: string, severity: 'error' | 'warn', r: Report): Finding {
  const start = doc.positionAt(r.start);
  const end = doc.positionAt(r.end);
  return findingFrom(ruleId, severity, r, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, doc.record);
}

/** A finding from a rule's report and its place: one shape for document and corpus rules alike. */
export function findingFrom(
  ruleId: string,
  severity: 'error' | 'warn',
  r: Report,
  place: { line: number; column: number; endLine: number; endColumn: number },
  record: number | undefined,
): Finding {
  const finding: Finding = { ruleId, severity, message: r.message, start: r.start, end: r.end, ...place };
  if (r.fix) finding.fix = { range: [r.fix.start, r.fix.end], text: r.fix.text };
  if (r.suggestions?.length) {
    finding.suggestions = r.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.start, s.fix.end], text: s.fix.text } }));
  }
  if (record !== undefined) finding.record = record;
  if (r.related?.length) finding.related = r.related;
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
