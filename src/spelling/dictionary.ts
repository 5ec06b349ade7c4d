// The English word list (SCOWL sizes 10–70 in English, American and British spelling, plus VarCon's
// dialect spellings), loaded on first use from data/english-words.txt, built by
// scripts/build-dictionaries.mjs. A word's tier is its SCOWL size: 10 for the commonest words,
// 70 for dictionary rarities; VarCon-only spellings of 80 and above are accepted but never suggested.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { SortedLines } from './sorted-lines.js';

/** The rarest tier a suggestion may come from. */
export const MAX_SUGGESTED_TIER = 70;

let words: SortedLines | undefined;
// News vocabulary is Zipfian: a small memo turns most look-ups of a long dump into one Map hit.
const memo = new Map<string, number>();
const MEMO_LIMIT = 50_000;

function wordList(): SortedLines {
  // The file is ASCII: read as latin1 it becomes a one-byte string in 1 ms, where UTF-8 takes 8.
  words ??= new SortedLines(readFileSync(dataPath('english-words.txt'), 'latin1'), ' ');
  return words;
}

/** The frequency tier of a lower-case word, or undefined when the dictionary lacks it. */
export function wordTier(word: string): number | undefined {
  let tier = memo.get(word);
  if (tier === undefined) {
    const value = wordList().find(word);
    tier = value === undefined ? 0 : Number(value);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, tier);
  }
  return tier === 0 ? undefined : tier;
}

export function isDictionaryWord(word: string): boolean {
  return wordTier(word) !== undefined;
}

/** Suggestible words that start with `prefix` and are minLength–maxLength long, with their tiers. */
export function forEachCandidate(
  prefix: string,
  minLength: number,
  maxLength: number,
  visit: (word: string, tier: number) => void,
): void {
  wordList().forEachWithPrefixAndLength(prefix, minLength, maxLength, (word, value) => {
    const tier = Number(value);
    if (tier <= MAX_SUGGESTED_TIER) visit(word, tier);
  });
}
