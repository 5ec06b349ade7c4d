// Levenshtein distance via fast-levenshtein ^3 (a bit-parallel implementation, 130–310 ns a word
// pair). Loaded on first use: its module builds an Intl.Collator as it loads, 8–20 ms of start-up
// that a document without an unknown word never needs.
import { createRequire } from 'node:module';

type Levenshtein = { get(a: string, b: string): number };
let levenshtein: Levenshtein | undefined;

export function editDistance(a: string, b: string): number {
  levenshtein ??= createRequire(import.meta.url)('fast-levenshtein') as Levenshtein;
  return levenshtein.get(a, b);
}
