// Known misspellings and their corrections, from typos' list (crate-ci/typos, MIT; see
// data/LICENSE-typos) minus every entry whose "misspelling" is a real or dialect word. The list (2 MB)
// is read only when a word's hash is one of its keys' (data/misspellings.hashes), which a clean
// document never needs.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { SortedLines } from './sorted-lines.js';
import { WordHashes } from './word-hashes.js';

let list: SortedLines | undefined;
let keys: WordHashes | undefined;

/** The corrections of a lower-case known misspelling (one: a safe fix; several: ambiguous), or undefined. */
export function correctionsOf(word: string): string[] | undefined {
  // Most words asked are names and rarities the list lacks: its keys' hashes say so without the list.
  keys ??= WordHashes.load(dataPath('misspellings.hashes'), dataPath('misspellings.csv'), ',');
  if (!keys.has(word)) return undefined;
  // Read as latin1 (a fast one-byte string); the keys are ASCII, and the few corrections with
  // accents ("cleeshay" → "cliché") are decoded from their UTF-8 bytes when found.
  list ??= new SortedLines(readFileSync(dataPath('misspellings.csv'), 'latin1'), ',');
  const value = list.find(word);
  if (value === undefined) return undefined;
  return (/[\x80-\xff]/.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value).split(',');
}

/** `correction` written in the case pattern of `original`: Teh → The, TEH → THE, teh → the. */
export function inCaseOf(original: string, correction: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return correction.toUpperCase();
  const first = String.fromCodePoint(original.codePointAt(0)!);
  if (first !== first.toLowerCase()) return correction.charAt(0).toUpperCase() + correction.slice(1);
  return correction;
}
