// The kernel's check: the document rules of a rule set over one document, their reports turned into
// findings with lines and columns. No I/O, no config loading, no module state: what the run has learnt
// comes in the RunContext, and the findings are a function of the document and the rule set alone.
import { englishView } from '../language/english-view.js';
import type { Document, DocumentRule, Finding, RelatedPlace, Report, Rule, RuleContext, RuleOptions, RuleSettings } from '../types.js';
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
  // One string for each repeated message, one array for each repeated list of related places, from the
  // first report on: a million copies of a paragraph report the same few things a million times.
  const shared = new SharedValues();
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
            if (doc.languageAt(r.start) === 'en') findings.push(toFinding(doc, rule.id, severity, r, shared));
          }
        : (r: Report) => findings.push(toFinding(doc, rule.id, severity, r, shared));
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

export function toFinding(doc: Document, ruleId: string, severity: 'error' | 'warn', r: Report, shared?: SharedValues): Finding {
  const start = doc.positionAt(r.start);
  const end = doc.positionAt(r.end);
  const place = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  if (!shared) return findingFrom(ruleId, severity, r, place, doc.record);
  return findingFrom(ruleId, severity, r, place, doc.record, shared);
}

/** A finding from a rule's report and its place: one shape for document and corpus rules alike. */
export function findingFrom(
  ruleId: string,
  severity: 'error' | 'warn',
  r: Report,
  place: { line: number; column: number; endLine: number; endColumn: number },
  record: number | undefined,
  shared?: SharedValues,
): Finding {
  const message = shared ? shared.string(r.message) : r.message;
  const { start, end } = r;
  const { line, column, endLine, endColumn } = place;
  const fix = r.fix ? { range: [r.fix.start, r.fix.end] as [number, number], text: r.fix.text } : undefined;
  const related = r.related?.length ? (shared ? shared.places(r.related) : r.related) : undefined;
  // The commonest shapes made whole in one literal: each key added afterwards would cost the finding
  // a second block of properties (40 bytes, on each of a million findings). The keys keep their order.
  if (!r.suggestions?.length && record === undefined) {
    if (fix && related) return { ruleId, severity, message, start, end, line, column, endLine, endColumn, fix, related };
    if (fix) return { ruleId, severity, message, start, end, line, column, endLine, endColumn, fix };
    if (related) return { ruleId, severity, message, start, end, line, column, endLine, endColumn, related };
  }
  const finding: Finding = { ruleId, severity, message, start, end, line, column, endLine, endColumn };
  if (fix) finding.fix = fix;
  if (r.suggestions?.length) {
    finding.suggestions = r.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.start, s.fix.end], text: s.fix.text } }));
  }
  if (record !== undefined) finding.record = record;
  if (related) finding.related = related;
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * One string for each repeated message and one array for each repeated list of related places among a
 * document's findings, so that a million findings that say the same four things hold four strings.
 * Bounded, so a document of distinct messages does not fill it. The values are equal to those they
 * stand for: output is the same byte for byte.
 */
export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly related = new Map<string, RelatedPlace[]>();
  private readonly kept = new Set<RelatedPlace[]>();

  string(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    if (this.strings.size >= MAX_SHARED) this.strings.clear();
    this.strings.set(text, text);
    return text;
  }

  places(places: RelatedPlace[]): RelatedPlace[] {
    // A list already shared (by lint, before the result shares again) is known by identity, unstringified.
    if (this.kept.has(places)) return places;
    const key = JSON.stringify(places);
    const known = this.related.get(key);
    if (known) return known;
    if (this.related.size >= MAX_SHARED) {
      this.related.clear();
      this.kept.clear();
    }
    this.related.set(key, places);
    this.kept.add(places);
    return places;
  }
}

const MAX_SHARED = 4096;
