// Ranked corrections for a word the dictionary lacks ("silmutaneously" → "simultaneously").
//
// Candidates: every suggestible dictionary word with the same first letter and a length within the
// edit budget (one edit in words of four letters, three in words of twelve or more, else two), scanned
// from the sorted list (typists rarely get the first letter wrong, so this is a few thousand distance
// calls, about a millisecond), plus the few single edits that change the first letter ("hte" → "the"),
// looked up directly. A candidate's `cost` is its edit count (Levenshtein, one less for a transposed
// or moved letter): the gate of how far a candidate may be.
//
// Ranking: the spelling model (src/spelling/error-model.ts): the fitted cost of the slip plus the
// weighted prior of the word, lower first. On the held-out tenth of typos' pairs the model puts the
// right word first more often than the edit count, first letter and tier did (docs/rules/typo.md).
import { defineMemo, type Memo } from '../kernel/slots.js';
import { editDistance } from './edit-distance.js';
import { forEachCandidate, letterSet, MAX_SUGGESTED_TIER, wordTier } from './dictionary.js';
import { candidateScore } from './error-model.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Words this long may be three edits from their correction: "insitutitions". */
export const THREE_EDIT_LENGTH = 12;

export interface Correction {
  word: string;
  /** Edit distance, one less for a transposed or moved letter. */
  cost: number;
  /** The correction's frequency tier (10 commonest … 70 rarest). */
  tier: number;
  /** The spelling model's score (error cost + weighted prior): lower is likelier. */
  score: number;
}

/** Up to `limit` corrections of a lower-case ASCII word, likeliest first; [] when nothing is close. */
export function suggestCorrections(word: string, limit = 3, memo?: Memo<string, readonly Correction[]>): Correction[] {
  return bestFirst(candidateCorrections(word, memo), limit);
}

/** The `limit` likeliest of `corrections` by the model's score, likeliest first. */
export function bestFirst(corrections: readonly Correction[], limit: number): Correction[] {
  return [...corrections].sort((a, b) => a.score - b.score || a.cost - b.cost || (a.word < b.word ? -1 : 1)).slice(0, limit);
}

/**
 * The shipped model's candidates of a word, memoised for a run (src/kernel/slots.ts): the same word always
 * gets the same answer, so the memo only saves re-scanning the word list for the names and terms a dump
 * repeats across its documents.
 */
export const CANDIDATE_CORRECTIONS = defineMemo<string, readonly Correction[]>('typo: candidate corrections of a word', 5000);

/** Every suggestible word within the edit budget of a lower-case ASCII word, unordered, scored by the shipped model. */
export function candidateCorrections(word: string, memo?: Memo<string, readonly Correction[]>): readonly Correction[] {
  return memo ? memo.get(word, scoredNearWords) : scoredNearWords(word);
}

function scoredNearWords(word: string): readonly Correction[] {
  return scoredCandidates(word, candidateScore);
}

/** Every suggestible word within the edit budget of a lower-case ASCII word, unordered, scored by `score`. */
export function scoredCandidates(word: string, score: (typed: string, intended: string, tier: number) => number): Correction[] {
  const maxDistance = word.length <= 4 ? 1 : word.length >= THREE_EDIT_LENGTH ? 3 : 2;
  const candidates = new Map<string, Correction>();
  const letters = letterCounts(word);
  const wordLetters = letterSet(word);
  const consider = (candidate: string, tier: number, candidateLetters = letterSet(candidate)) => {
    // Each letter one word has and the other lacks altogether adds one to the bag distance: most of the
    // list fails this test on two numbers, before a letter of it is read.
    if (bitCount(candidateLetters & ~wordLetters) > maxDistance || bitCount(wordLetters & ~candidateLetters) > maxDistance) return;
    if (candidates.has(candidate) || bagDistance(letters, word.length, candidate) > maxDistance) return;
    const cost = correctionCost(word, candidate);
    if (cost === 0 || cost > maxDistance) return;
    candidates.set(candidate, { word: candidate, cost, tier, score: score(word, candidate, tier) });
  };
  forEachCandidate(word[0], word.length - maxDistance, word.length + maxDistance, consider);
  for (const candidate of firstLetterEdits(word)) {
    const tier = wordTier(candidate);
    if (tier !== undefined && tier <= MAX_SUGGESTED_TIER) consider(candidate, tier);
  }
  return [...candidates.values()];
}

/** Levenshtein distance, one less for a transposed or moved letter (see the header). */
export function correctionCost(word: string, candidate: string): number {
  const distance = editDistance(word, candidate);
  return distance > 1 && sameLetters(word, candidate) ? distance - 1 : distance;
}

/**
 * Every string one edit from a lower-case word that keeps its first letter: a letter deleted, two
 * neighbours swapped, a letter replaced or inserted ("conneticut" → "connecticut"). About 54 per
 * letter, each a hash look-up for the caller: cheaper than scanning thousands of candidates when
 * the words to find are few and exact (a list of names). Without `replacements`, about half as many.
 */
export function sameFirstLetterEdits(word: string, { replacements = true } = {}): Set<string> {
  const edits = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of ALPHABET) {
      if (replacements && tail && letter !== tail[0]) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return edits;
}

/** The single edits that change a word's first letter: delete it, swap it, replace it, insert before it. */
function firstLetterEdits(word: string): string[] {
  const edits = [word.slice(1), word[1] + word[0] + word.slice(2)];
  for (const letter of ALPHABET) {
    if (letter !== word[0]) edits.push(letter + word.slice(1));
    edits.push(letter + word);
  }
  return edits;
}

/** Whether a and b are anagrams: a transposed or moved letter, not a different one. */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && bagDistance(letterCounts(a), a.length, b) === 0;
}

/** The number of bits set in a 32-bit number. */
function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** How often each (ASCII, lower-case) letter occurs in a word. */
function letterCounts(word: string): Int32Array {
  const counts = new Int32Array(128);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) & 127]++;
  return counts;
}

/**
 * The bag distance of a word (given by its letter counts and length) and a candidate: the larger of
 * the letters one has and the other lacks. It never exceeds the edit distance, and costs one pass
 * over the candidate, so it rules out most of the thousands of candidates before Levenshtein runs.
 */
function bagDistance(counts: Int32Array, length: number, candidate: string): number {
  // The candidate's letters are taken from the counts and given back after: no copy of the counts per candidate.
  let missing = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i) & 127;
    counts[c]--;
    if (counts[c] < 0) missing++;
  }
  for (let i = 0; i < candidate.length; i++) counts[candidate.charCodeAt(i) & 127]++;
  // Letters of the word the candidate did not use: length minus the ones it matched.
  const unused = length - (candidate.length - missing);
  return Math.max(missing, unused);
}
