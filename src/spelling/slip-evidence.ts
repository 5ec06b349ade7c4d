// The evidence of the spelling model that is not in the word itself: the token's surroundings and its
// use in the document (docs/rules/typo.md, "Evidence from the page"). Each piece shifts the prior that
// an unknown token is a word the writer meant rather than a slip:
//
// - Prose: a slip is made while writing sentences, and English sentences are dense in function words
//   ("the", "that", "with"). A token with none of them among its neighbours stands in a menu, a tag
//   cloud, a list of languages or of user names: not prose to judge.
// - A list of names: a run of single tokens between commas ("…, pinestripes, ItStartsWithZ, Numeri, …
//   left kudos") is a list of names or handles, whatever they look like.
// - Recurrence (the document cache): a form, or a family of inflections of one stem ("rebase",
//   "rebased", "rebasing"), that the document writes several times is the writer's term, unless the
//   document also writes a near neighbour of it (a consistent slip beside the right spelling).
//
// The thresholds are calibrated on the tuning half of the labelled web pages only and checked on the
// held-out half (eval/suites/web-pages-typo.mjs); the figures are in docs/rules/typo.md.
import markerData from '../../data/english-markers.json' with { type: 'json' };
import type { DocumentWords } from '../text/document-words.js';

/**
 * The report threshold: a finding of the model whose likeliest correction scores more than this per
 * letter (src/spelling/error-model.ts, candidateScore) is too unlikely a slip to report (calibrated).
 */
export const MAX_REPORT_SCORE_PER_LETTER = 2.1;
/** How many words either side of a token are looked at for function words (calibrated). */
export const PROSE_RADIUS = 8;
/** Fewer function words than this among the neighbours: not prose, the model does not judge the token (calibrated). */
export const MIN_FUNCTION_WORDS = 1;
/** A comma-separated run of at least this many single tokens is a list of names (calibrated). */
export const MIN_LIST_ITEMS = 5;
/** A form or family written at least this often, with no near neighbour in the document, is a term (calibrated). */
export const MIN_TERM_COUNT = 2;

// The language detector's English markers (data/english-markers.json) leave out the commonest function
// words because other languages write them too ("in", "of", "a"); typo judges only English text, so here
// they count: "a deep thinekr as baseball managers go" has three.
const FUNCTION_WORDS = new Set<string>([
  ...markerData.words,
  ...['a', 'an', 'of', 'to', 'in', 'on', 'for', 'or', 'as', 'is', 'was', 'will', 'he', 'her', 'him', 'so', 'no', 'if', 'i', 'me', 'my'],
  ...['do', 'did', 'does', 'all', 'any', 'some', 'may', 'must', 'up', 'out', 'then', 'how', 'why', 'where', 'whom', 'whose', 'am'],
]);
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((word) => word.length));

/** How many of the `radius` words either side of word `index` are English function words. */
export function functionWordsAround(text: string, words: DocumentWords, index: number, radius = PROSE_RADIUS): number {
  let found = 0;
  const last = Math.min(words.count - 1, index + radius);
  for (let k = Math.max(0, index - radius); k <= last; k++) {
    if (k === index || words.ends[k] - words.starts[k] > LONGEST_FUNCTION_WORD) continue;
    if (FUNCTION_WORDS.has(text.slice(words.starts[k], words.ends[k]).toLowerCase())) found++;
  }
  return found;
}

// Between two items of a list: a comma and spaces. Inside one item (a handle such as "Spark_of_Resistance"
// or "a.b"): one character that is not a space.
const LIST_SEPARATOR = /^[ \t]*,[ \t]*$/;
const JOINER = /^\S$/;

/**
 * How many items, up to `limit`, the comma-separated run of single tokens around word `index` has (1
 * when the word is in no such run): "Felkros, 15mitchelln, StarBreaker, Maerit, Spark_of_Resistance" is five. Beyond the
 * word's own item only whole items count, a single token with a comma on both sides: in "the attitude of
 * the sponsr, so, finally, it is the sponsor" the run is "sponsr, so, finally" (three).
 */
export function listItemsAround(text: string, words: DocumentWords, index: number, limit = MIN_LIST_ITEMS): number {
  const last = words.count - 1;
  const gap = (k: number) => text.slice(words.ends[k], words.starts[k + 1]);
  const isSeparatorAfter = (k: number) => k < last && LIST_SEPARATOR.test(gap(k));
  // The first and last word of the item that word k is part of.
  const itemStart = (k: number) => {
    while (k > 0 && JOINER.test(gap(k - 1))) k--;
    return k;
  };
  const itemEnd = (k: number) => {
    while (k < last && JOINER.test(gap(k))) k++;
    return k;
  };
  let items = 1;
  // Counting stops at `limit`: a dump of a million comma-separated tokens costs each finding in it that much.
  for (let k = itemStart(index); items < limit && k > 0 && isSeparatorAfter(k - 1);) {
    const start = itemStart(k - 1);
    if (start === 0 || !isSeparatorAfter(start - 1)) break;
    items++;
    k = start;
  }
  for (let k = itemEnd(index); items < limit && isSeparatorAfter(k);) {
    const end = itemEnd(k + 1);
    if (!isSeparatorAfter(end)) break;
    items++;
    k = end;
  }
  return items;
}

// Inflections a writer's own term takes: "rebase", "rebased", "rebases", "rebasing"; "gstreamer", "gstreamers".
const INFLECTION = /(?:ing|ed|es|er|ers|s|d)$/;
const MIN_STEM = 3;

/** The stem a family of inflections shares, lower case: "rebas" for "rebase", "rebased" and "rebasing". */
export function familyOf(lower: string): string {
  const match = INFLECTION.exec(lower);
  const stem = match && lower.length - match[0].length >= MIN_STEM ? lower.slice(0, match.index) : lower;
  return stem.endsWith('e') && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
}

/**
 * How often the document writes each of the `wanted` lower-case words (the near neighbours of its
 * recurring forms), in any case. Only words of a wanted length are read, and only wanted ones are kept:
 * a huge document costs one pass, not a map of its vocabulary.
 */
export function wordCounts(text: string, words: DocumentWords, wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const lengths = new Set([...wanted].map((word) => word.length));
  for (let k = 0; k < words.count; k++) {
    if (!lengths.has(words.ends[k] - words.starts[k])) continue;
    const word = text.slice(words.starts[k], words.ends[k]).toLowerCase();
    if (wanted.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
