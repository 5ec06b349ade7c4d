// Whether a capitalised word that neither the dictionary nor the list of names knows is a slip on a
// known name or a common word. Reuters wrote "Conneticut", "Genral Motors", "Chicago Baord of Trade",
// "Zenith Laboratoreis"; but most capitalised words no list has are names spelt right ("Temporao",
// "Chernyshenko", "Phomvihane"), so the bar is higher than for lower-case words:
//
// - one edit only, with the first letter kept, from a known name ("Connecticut") or a common word
//   ("general"): two edits from something is where most names are;
// - an edit a hand makes (slipOf): two letters swapped, a letter doubled, added or dropped, but not
//   in the last two letters, where names differ from words ("Robusta", "Antibioticos"), and no letter
//   replaced by another, which is how names differ from names ("Salomon", "Solomon"), but for the key
//   beside it in a word of ten letters or more that is one of the commonest ("Organiaation");
// - from a known name, only a swap, or a letter dropped from a long name: surnames are a letter apart;
// - six letters or more: short names sit one edit from everything ("Tito", "Wong", "Ayal"); in five
//   letters only two letters swapped in one of the commonest words ("Baord", "STCOK");
// - not beside another unknown capitalised word: that is a foreign name or phrase, whose words sit one
//   edit from English ones ("Societe Generale", "Banque Nationale", "Banco Nacional");
// - not written three times or more in the document, in any case (the typo rule's document cache): a
//   writer repeats a name, not a slip ("Shaer Shoe Corp" twice and "SHAER SHOE" in the headline).
// Measured on the 5,235 Reuters stories outside the labelled sample (docs/rules/typo.md).
import { defineMemo, type Memo } from '../kernel/slots.js';
import { wordTier } from './dictionary.js';
import { inCaseOf } from './misspellings.js';
import { isKnownName, nameOfLowerCase } from './proper-names.js';
import { sameFirstLetterEdits } from './suggest.js';
import { slipOf, typingEdits } from '../text/typing-slips.js';
import { caseShape } from './word-context.js';

export const MIN_CAPITALISED_SLIP_LENGTH = 5;
/** Below this length only two letters swapped in one of the commonest words count: "Chicago Baord of Trade". */
const MIN_ANY_SLIP_LENGTH = 6;
const MAX_SHORT_SWAP_TIER = 10;
/** A letter replaced by the key beside it, in a long and common word: "Organiaation". */
const MIN_REPLACED_KEY_LENGTH = 10;
const MAX_REPLACED_KEY_TIER = 10;
/** The rarest dictionary tier a capitalised slip may be a slip on: "Genral" → "General" (10). */
const MAX_TIER = 20;
/** Two letters swapped are a slip of the fingers more surely than anything: "Laboratoreis" (35). */
const MAX_SWAP_TIER = 35;
/**
 * A known name a letter is missing from: long names only ("Conneticut", "Philadephia"), as surnames
 * have one-letter variants ("Schwarz", "Davison"; "Webber" and "Whittaker" a doubled one). Longer ones
 * still slip through ("Hutchison" for "Hutchinson"), but so do "Wasington" and "Portugese".
 */
export const MIN_DROPPED_NAME_LETTER_LENGTH = 8;
const MAX_CORRECTIONS = 3;
const ENGLISH_LETTERS = /^[a-z]+$/;

/**
 * How many more capitalised words (about 30 µs each) a document may search. A news document has a few
 * dozen new names; a document of thousands (a list, a blob of random capitalised tokens) gets this
 * many searches and no more, so its cost stays bounded.
 */
export interface CapitalisedSearchBudget {
  capitalisedSearchesLeft: number;
  /** The words this document has spent its budget on already. */
  capitalisedSearched: Set<string>;
}

/**
 * Names recur across a dump (every story about Texaco), so each word is searched once a run: a memo of
 * the run (src/kernel/slots.ts) of a pure function of the word, which only saves time.
 */
export const CAPITALISED_CORRECTIONS = defineMemo<string, string[]>('typo: corrections of a capitalised word', 20_000);

/**
 * The known names and common words (names first: a capitalised word is one far more often), in the
 * case of `word`, that the capitalised `word` is one edit from; [] when none.
 */
export function correctionsOfCapitalisedWord(word: string, budget: CapitalisedSearchBudget, memo: Memo<string, string[]>): string[] {
  const lower = word.toLowerCase();
  if (lower.length < MIN_CAPITALISED_SLIP_LENGTH || !ENGLISH_LETTERS.test(lower)) return [];
  // The budget is spent on each distinct word of the document whether or not the memo knows it, so what
  // a document gets never depends on which documents were searched before it.
  if (!budget.capitalisedSearched.has(lower)) {
    if (budget.capitalisedSearchesLeft <= 0) return [];
    budget.capitalisedSearchesLeft--;
    budget.capitalisedSearched.add(lower);
  }
  const found = memo.get(lower, searchCorrections);
  const upper = caseShape(word) === 'upper';
  return found.map((correction) => (upper ? correction.toUpperCase() : isKnownName(correction) ? correction : inCaseOf(word, correction)));
}

function searchCorrections(lower: string): string[] {
  if (lower.length < MIN_ANY_SLIP_LENGTH) return commonWordSwaps(lower);
  const names: string[] = [];
  const words: { word: string; tier: number }[] = [];
  // A replaced letter never counts (see slipOf, src/text/typing-slips.ts), so those edits are not even made: half the look-ups.
  for (const edit of sameFirstLetterEdits(lower, { replacements: lower.length >= MIN_REPLACED_KEY_LENGTH })) {
    const name = nameOfLowerCase(edit);
    const tier = name ? undefined : wordTier(edit);
    if (!name && tier === undefined) continue;
    // "Reuter" beside "Reuters", "Venezuelan" beside "Venezuelans": a form of a name, not a slip on it.
    if (isInflection(lower, edit)) return [];
    const slip = slipOf(lower, edit);
    if (slip === 'replaced') {
      if (!name && tier !== undefined && tier <= MAX_REPLACED_KEY_TIER && typingEdits(lower, edit)[0]?.slip)
        words.push({ word: edit, tier });
      continue;
    }
    if (name && (slip === 'swap' || (slip === 'dropped' && lower.length >= MIN_DROPPED_NAME_LETTER_LENGTH))) names.push(name);
    else if (tier !== undefined && tier <= (slip === 'swap' ? MAX_SWAP_TIER : MAX_TIER) && slip !== 'at-end')
      words.push({ word: edit, tier });
  }
  names.sort();
  words.sort((a, b) => a.tier - b.tier || (a.word < b.word ? -1 : 1));
  return [...names, ...words.map((w) => w.word)].slice(0, MAX_CORRECTIONS);
}

/**
 * The commonest words two swapped letters away from a five-letter word ("baord" → "board"); none
 * for a plural or possessive of a known word or name. Only those few swaps are looked up: no other
 * edit of a word this short counts.
 */
function commonWordSwaps(lower: string): string[] {
  const isKnown = (word: string) => nameOfLowerCase(word) !== undefined || wordTier(word) !== undefined;
  if (isKnown(`${lower}s`) || (lower.endsWith('s') && isKnown(lower.slice(0, -1)))) return [];
  const words: { word: string; tier: number }[] = [];
  for (let i = 1; i < lower.length - 1; i++) {
    const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    const tier = swapped === lower || nameOfLowerCase(swapped) ? undefined : wordTier(swapped);
    if (tier !== undefined && tier <= MAX_SHORT_SWAP_TIER) words.push({ word: swapped, tier });
  }
  words.sort((a, b) => a.tier - b.tier || (a.word < b.word ? -1 : 1));
  return words.map((w) => w.word).slice(0, MAX_CORRECTIONS);
}

/** Whether one of two words is the other with a plural or possessive "s". */
function isInflection(a: string, b: string): boolean {
  return a === `${b}s` || b === `${a}s`;
}
