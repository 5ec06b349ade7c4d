// The English word list (SCOWL sizes 10–70 in English, American and British spelling, plus VarCon's
// dialect spellings), loaded on first use from data/english-words.txt, built by
// scripts/build-dictionaries.mjs. A word's tier is its SCOWL size: 10 for the commonest words,
// 70 for dictionary rarities; VarCon-only spellings of 80 and above are accepted but never suggested
// (but for the few of level 95 that typos' list calls misspellings, "permissable"), and so are the
// words of a larger word-game list (isExtraWord).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { WordHashes } from './word-hashes.js';
import { WordTable } from './word-table.js';

/** The rarest tier a suggestion may come from. */
export const MAX_SUGGESTED_TIER = 70;

// The shipped word list, loaded on first use: data of the package, the same for every run and document
// (no run learns anything into these).
let fileText: string | undefined;
let table: WordTable | undefined;
/** Per first letter, [length, start, end] of each group of words of that length in the file. */
let groups: Record<string, [number, number, number][]> | undefined;

function wordFile(): string {
  // The file is ASCII: read as latin1 it becomes a one-byte string in 1 ms, where UTF-8 takes 8.
  fileText ??= readFileSync(dataPath('english-words.txt'), 'latin1');
  return fileText;
}

function groupsOf(letter: string): [number, number, number][] {
  groups ??= JSON.parse(readFileSync(dataPath('english-words.groups.json'), 'utf8')) as Record<string, [number, number, number][]>;
  return groups[letter] ?? [];
}

/** The frequency tier of a lower-case word, or undefined when the dictionary lacks it. */
export function wordTier(word: string): number | undefined {
  table ??= WordTable.load(wordFile(), dataPath('english-words.table'));
  return table.valueOf(word);
}

/** Whether text[start, end) is all ASCII letters and, lower-cased, a dictionary word (no slicing). */
export function isAsciiDictionaryWord(text: string, start: number, end: number): boolean {
  table ??= WordTable.load(wordFile(), dataPath('english-words.table'));
  return table.hasAsciiRange(text, start, end);
}

let extraWords: WordHashes | undefined;
let extraTerms: WordHashes | undefined;
let extraNames: WordHashes | undefined;

/**
 * Whether the lower-case `word` is one of the words only a larger list has: the word-game list
 * (word-list, data/extra-words.txt: "spudded", "soya", but also "als" and "ands") or the software
 * terms (data/extra-terms.txt: "frontend", "changeset"). Accepted, never suggested, and only after the
 * misspellings list had its say. Loaded on the first word the dictionary lacks.
 */
export function isExtraWord(word: string): boolean {
  extraWords ??= WordHashes.load(dataPath('extra-words.hashes'), dataPath('extra-words.txt'));
  return extraWords.has(word) || isSoftwareTerm(word);
}

/**
 * Whether the lower-case `word` is one of the software terms (data/extra-terms.txt): words of a
 * curated list, so unlike the word-game list's rarities never taken for a slip on a common word
 * ("const" is not "cost", "backend" not "backed").
 */
export function isSoftwareTerm(word: string): boolean {
  extraTerms ??= WordHashes.load(dataPath('extra-terms.hashes'), dataPath('extra-terms.txt'));
  return extraTerms.has(word);
}

/**
 * Whether the lower-case `word` is a person's, company's or city's name of the larger name lists
 * (data/extra-names.txt: "pierson", "haliburton", "persson"): a capitalised word in it is a name,
 * accepted and never suggested.
 */
export function isExtraName(word: string): boolean {
  extraNames ??= WordHashes.load(dataPath('extra-names.hashes'), dataPath('extra-names.txt'));
  return extraNames.has(word);
}

export function isDictionaryWord(word: string): boolean {
  return wordTier(word) !== undefined;
}

/**
 * Suggestible words by first letter, then by length, each length filled on the first search that
 * needs it from its group of the file: the first search of a run ("silmutaneously": s, 12–16 letters)
 * reads a few hundred lines instead of the letter's 15,000, which cost 7 ms of a pre-commit start-up.
 */
interface Bucket {
  words: string[];
  tiers: number[];
  /** Each word's letters a–z as bits (letterSet), for a caller's cheap first test. */
  letterSets: number[];
}
const candidatesByLetter = new Map<string, (Bucket | undefined)[]>();

function fillLengths(letter: string, byLength: (Bucket | undefined)[], minLength: number, maxLength: number): void {
  const text = wordFile();
  for (const [length, start, end] of groupsOf(letter)) {
    if (length < minLength || length > maxLength || byLength[length]) continue;
    const bucket: Bucket = { words: [], tiers: [], letterSets: [] };
    // The group's lines are "word tier", all the word `length` letters long.
    for (let line = start; line < end;) {
      const lineEnd = text.indexOf('\n', line);
      const tier = Number(text.slice(line + length + 1, lineEnd));
      if (tier <= MAX_SUGGESTED_TIER) {
        const word = text.slice(line, line + length);
        bucket.words.push(word);
        bucket.tiers.push(tier);
        bucket.letterSets.push(letterSet(word));
      }
      line = lineEnd + 1;
    }
    byLength[length] = bucket;
  }
}

/** The letters a–z of a word as the bits 0–25 of a number (other characters are left out). */
export function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 0x61;
    if (letter >= 0 && letter < 26) set |= 1 << letter;
  }
  return set;
}

/**
 * Suggestible words that start with the letter `prefix` and are minLength–maxLength long, with their
 * tiers and letter sets, in list order.
 */
export function forEachCandidate(
  prefix: string,
  minLength: number,
  maxLength: number,
  visit: (word: string, tier: number, letters: number) => void,
): void {
  let byLength = candidatesByLetter.get(prefix);
  if (!byLength) {
    byLength = [];
    candidatesByLetter.set(prefix, byLength);
  }
  fillLengths(prefix, byLength, Math.max(1, minLength), maxLength);
  for (let length = Math.max(1, minLength); length <= maxLength; length++) {
    const bucket = byLength[length];
    if (!bucket) continue;
    for (let i = 0; i < bucket.words.length; i++) visit(bucket.words[i], bucket.tiers[i], bucket.letterSets[i]);
  }
}
