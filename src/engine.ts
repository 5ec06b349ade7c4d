// Runs the configured rules over documents and turns their reports into findings with positions.
import { englishView } from './language/english-view.js';
import type {
  CorpusReport,
  CorpusRule,
  Document,
  DocumentRule,
  Finding,
  Report,
  Rule,
  RuleContext,
  RuleOptions,
  RuleSettings,
} from './types.js';

/** A rule as the run uses it: its severity and options after the config has had its say. */
export interface ConfiguredRule {
  rule: Rule;
  severity: 'error' | 'warn';
  options: RuleOptions;
}

/**
 * The findings of the document rules among `rules`. `rulesOn` are the ids of the rules that are on
 * for this document, which decide who owns a finding two rules could make (see `contextFor`); it is
 * `rules` themselves, unless a caller runs some of the rules that are on (a test of one rule as it
 * behaves among the others).
 */
export function lintDocument(
  doc: Document,
  rules: readonly ConfiguredRule[],
  settings: RuleSettings,
  rulesOn: ReadonlySet<string> = idsOf(rules),
): Finding[] {
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
    (rule as DocumentRule).check(doc, report, options, settings, contextFor(rule, judging));
  }
  return findings.sort(compareFindings);
}

/**
 * An English-only rule (`language: 'en'`) judges only a document judged English, and only its English
 * paragraphs (lintDocument drops its findings elsewhere): so fix never changes a word of other text.
 * The document's language is found only when such a rule is on.
 */
export function mayJudge(rule: Rule, doc: Document): boolean {
  return rule.language !== 'en' || doc.language === 'en';
}

export function idsOf(rules: readonly ConfiguredRule[]): Set<string> {
  return new Set(rules.map((configured) => configured.rule.id));
}

/**
 * When two rules could own a finding (a C1 control: stray-unicode's or mojibake's), the rule that
 * declares it `yieldsTo` the other stays silent only while the other is on: turning one rule off never
 * hides a defect another rule covers. Asking about a rule the declaration does not name is a mistake
 * in the rule, caught by its tests: the declarations are the documented list of every hand-off.
 */
export function contextFor(rule: Rule, rulesOn: ReadonlySet<string>): RuleContext {
  return {
    yieldsTo(ruleId: string): boolean {
      if (!rule.yieldsTo || !Object.hasOwn(rule.yieldsTo, ruleId)) {
        throw new Error(`Rule ${rule.id} asks whether it yields to ${ruleId} but does not declare it in yieldsTo`);
      }
      return rulesOn.has(ruleId);
    },
  };
}

export function toFinding(doc: Document, ruleId: string, severity: 'error' | 'warn', r: Report): Finding {
  const start = doc.positionAt(r.start);
  const end = doc.positionAt(r.end);
  const finding: Finding = {
    ruleId,
    severity,
    message: r.message,
    start: r.start,
    end: r.end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (r.fix) finding.fix = { range: [r.fix.start, r.fix.end], text: r.fix.text };
  if (r.suggestions?.length) {
    finding.suggestions = r.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.start, s.fix.end], text: s.fix.text } }));
  }
  if (doc.record !== undefined) finding.record = doc.record;
  if (r.related?.length) finding.related = r.related;
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Corpus rules: one state per rule for the whole run; `collect` per document, `finish` at the end. */
export class CorpusRun {
  private readonly states = new Map<ConfiguredRule, unknown>();
  private readonly rulesOn: ReadonlySet<string>;

  constructor(
    private readonly rules: readonly ConfiguredRule[],
    private readonly settings: RuleSettings,
  ) {
    this.rulesOn = idsOf(rules);
    for (const configured of rules) {
      if (configured.rule.scope === 'corpus') this.states.set(configured, configured.rule.createState());
    }
  }

  get active(): boolean {
    return this.states.size > 0;
  }

  collect(doc: Document): void {
    for (const [configured, state] of this.states) {
      // language gate (issue 12): English-only corpus rules see English documents, and only their English paragraphs
      if (!mayJudge(configured.rule, doc)) continue;
      const seen = configured.rule.language === 'en' ? englishView(doc) : doc;
      (configured.rule as CorpusRule).collect(state, seen, configured.options, this.settings, contextFor(configured.rule, this.rulesOn));
    }
  }

  /** Findings grouped by path (and record), for merging into each file's results. */
  finish(): Map<string, Finding[]> {
    const byPath = new Map<string, Finding[]>();
    for (const [configured, state] of this.states) {
      const { rule, severity, options } = configured;
      (rule as CorpusRule).finish(
        state,
        (r: CorpusReport) => {
          const finding: Finding = {
            ruleId: rule.id,
            severity,
            message: r.message,
            start: r.start,
            end: r.end,
            line: r.line,
            column: r.column,
            endLine: r.endLine,
            endColumn: r.endColumn,
          };
          if (r.record !== undefined) finding.record = r.record;
          if (r.related?.length) finding.related = r.related;
          if (r.fix) finding.fix = { range: [r.fix.start, r.fix.end], text: r.fix.text };
          if (r.suggestions?.length) {
            finding.suggestions = r.suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.start, s.fix.end], text: s.fix.text } }));
          }
          const list = byPath.get(r.path) ?? [];
          list.push(finding);
          byPath.set(r.path, list);
        },
        options,
        this.settings,
        contextFor(rule, this.rulesOn),
      );
    }
    return byPath;
  }
}

export const NO_SETTINGS: RuleSettings = Object.freeze({ words: new Set<string>(), names: [] });
