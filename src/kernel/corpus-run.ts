// Corpus rules over a run: one state per rule, `collect` per document, `finish` once at the end. A
// state whose rule can merge may be collected in several parts (workers, each a run of its own over a
// stretch of the input) and merged here in input order: the findings are those of one state that saw
// every document, whichever worker collected what.
import type { CorpusReport, CorpusRule, Document, Finding, Rule, RuleSettings } from '../types.js';
import { contextFor, findingFrom, idsOf, mayJudge, viewFor, type ConfiguredRule } from './lint.js';
import { SlotStore } from './slots.js';

export interface CorpusConfig extends CorpusRunOptions {
  /** Every rule that is on (corpus rules ask whether others are: `yieldsTo`); the corpus ones collect. */
  rules: readonly ConfiguredRule[];
  settings: RuleSettings;
}

export interface CorpusRunOptions {
  /** The run's slots (a store of its own when absent). */
  slots?: SlotStore;
  /** Only these corpus rules keep a state (a worker collects for the rules whose states merge). */
  only?: (rule: Rule) => boolean;
  /** The states collect a part of the input, to be merged after another part's (a worker's batch). */
  forMerge?: boolean;
  /** The run holds one document: rules that report only between documents keep no state. */
  oneDocument?: boolean;
}

/** Corpus states as plain data (structured-clone safe), by rule id: what a worker sends back. */
export type PackedCorpusStates = Record<string, unknown>;

export class CorpusRun {
  private readonly states = new Map<ConfiguredRule, unknown>();
  private readonly rulesOn: ReadonlySet<string>;
  /** The run's slots, which the rules' contexts give them. */
  private readonly slots: SlotStore;

  constructor(
    rules: readonly ConfiguredRule[],
    private readonly settings: RuleSettings,
    options: CorpusRunOptions = {},
  ) {
    this.slots = options.slots ?? new SlotStore();
    this.rulesOn = idsOf(rules);
    for (const configured of rules) {
      if (configured.rule.scope !== 'corpus' || (options.only && !options.only(configured.rule))) continue;
      if (options.oneDocument && configured.rule.betweenDocuments) continue;
      this.states.set(configured, configured.rule.createState(options.forMerge ?? false));
    }
  }

  get active(): boolean {
    return this.states.size > 0;
  }

  /** Collects a document for every corpus rule (or those `only` accepts). */
  collect(doc: Document, only?: (rule: Rule) => boolean): void {
    for (const [configured, state] of this.states) {
      if (only && !only(configured.rule)) continue;
      // language gate (issue 12): English-only corpus rules see English documents, and only their English paragraphs
      if (!mayJudge(configured.rule, doc)) continue;
      const rule = configured.rule as CorpusRule;
      rule.collect(state, viewFor(rule, doc), configured.options, this.settings, this.contextFor(configured));
    }
  }

  /** Every state as plain data, to cross a thread; rules without `pack` have plain states already. */
  pack(): PackedCorpusStates {
    const packed: PackedCorpusStates = {};
    for (const [{ rule }, state] of this.states) {
      const corpusRule = rule as CorpusRule;
      packed[rule.id] = corpusRule.pack ? corpusRule.pack(state) : state;
    }
    return packed;
  }

  /**
   * Merges states collected from the documents that come after this run's (a worker's batch), but for
   * the rules in `skip`. Returns the ids of the rules whose merge could not be exact: their states are
   * unchanged, and the caller collects the batch's documents for them itself.
   */
  mergePacked(packed: PackedCorpusStates, skip: ReadonlySet<string> = new Set()): string[] {
    const refused: string[] = [];
    for (const [configured, state] of this.states) {
      const rule = configured.rule as CorpusRule;
      if (!Object.hasOwn(packed, rule.id) || skip.has(rule.id)) continue;
      if (!rule.merge) throw new Error(`Corpus rule ${rule.id} cannot merge states`);
      const later = rule.unpack ? rule.unpack(packed[rule.id]) : packed[rule.id];
      if (rule.merge(state, later, configured.options) === false) refused.push(rule.id);
    }
    return refused;
  }

  /** Findings grouped by path (and record), for merging into each file's results. */
  finish(): Map<string, Finding[]> {
    const byPath = new Map<string, Finding[]>();
    for (const [configured, state] of this.states) {
      const { rule, severity, options } = configured;
      (rule as CorpusRule).finish(
        state,
        (r: CorpusReport) => {
          const list = byPath.get(r.path) ?? [];
          list.push(corpusFinding(rule.id, severity, r));
          byPath.set(r.path, list);
        },
        options,
        this.settings,
        this.contextFor(configured),
      );
    }
    return byPath;
  }

  private contextFor(configured: ConfiguredRule) {
    return contextFor(configured.rule, this.rulesOn, this.slots);
  }
}

/** Whether a rule is a corpus rule whose states merge, so workers may collect for it. */
export function canMerge(rule: Rule): boolean {
  return rule.scope === 'corpus' && typeof rule.merge === 'function';
}

function corpusFinding(ruleId: string, severity: 'error' | 'warn', r: CorpusReport): Finding {
  return findingFrom(ruleId, severity, r, { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn }, r.record);
}
