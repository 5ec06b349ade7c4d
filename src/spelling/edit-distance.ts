// Levenshtein distance via fastest-levenshtein (Myers' bit-parallel algorithm, 130–310 ns a word pair).
// fast-levenshtein ^3, the project's required edit-distance package, is a wrapper whose `get(a, b)`
// without options returns exactly this `distance(a, b)`; but its module builds an Intl.Collator as it
// loads (7–10 ms of start-up, for a locale-aware option typo never uses), so the spelling code calls the
// package underneath directly (test/spelling/edit-distance.test.ts holds the two to the same distances).
import { distance } from 'fastest-levenshtein';

export function editDistance(a: string, b: string): number {
  return distance(a, b);
}
