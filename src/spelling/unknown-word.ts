// Whether a lower-case word that no dictionary knows is worth reporting as a typo, and with which
// suggestions. The Brown press editorials (54,000 words of edited 1961 prose) are the yardstick: every
// exception below is a kind of word they use legitimately, and each costs little recall on real typos.
import { defineMemo, type Memo } from '../kernel/slots.js';
import { isCompoundWord, isSuffixedWord, prefixOf } from './affixes.js';
import { isDictionaryWord, isExtraWord, wordTier } from './dictionary.js';
import { candidateScore, channelCost } from './error-model.js';
import { bestFirst, candidateCorrections, sameFirstLetterEdits, type Correction } from './suggest.js';
import { HAS_DIGIT } from '../text/char-classes.js';
import { areAdjacent, areHyphenated, caseShape, isEcho, isQuotedTerm, wordWithoutClitic } from './word-context.js';
import type { WordToken } from '../text/words.js';

/** How many more suggestion searches (about a millisecond each) a document may make, and the document's searches so far. */
export interface SearchBudget {
  searchesLeft: number;
  /** Each distinct word's candidates, searched once a document (a pure function of the word). */
  searched: Map<string, readonly Correction[]>;
}

export interface TokenWindow {
  previous: WordToken | undefined;
  token: WordToken;
  next: WordToken | undefined;
}

// Shorter unknown words are abbreviations and units far more often than typos (km, kWh, tra fish), and
// their nearest dictionary words are a lottery; short typos (teh, adn) are in the misspellings list.
const MIN_LENGTH = 4;
// A long word after "re-", "un-" or "co-" is no accident ("refocussed", "unreformed"); a short one may
// be ("re|laity" for "reality").
const LONG_STEM = 7;
const ENGLISH_LETTERS = /^[a-z]+$/;
// A plural or a word with a full stop and no vowel is an abbreviation: Reuters' "shrs", "mths",
// "dlrs"; "blvd.". A typo drops a vowel too ("trck" for "truck"), but rarely from a plural.
const VOWEL = /[aeiouy]/;
// A verb made from a noun or adjective with -ise or -ize, its inflections and -ation, perhaps undone with
// "de-": codespell's British "daemonise", "deserialising" are coinages of the writer's dialect, not slips.
const VERB_ENDING = /(?:is|iz)(?:e|es|ed|ing|ation|ations)$/;
const UNDOING = 'de';

/** The ranked corrections of `lower`, the unknown word `window.token` stands for, or undefined when it is no typo. */
export function correctionsOfUnknownWord(
  text: string,
  window: TokenWindow,
  lower: string,
  budget: SearchBudget,
  candidates: Memo<string, readonly Correction[]>,
): Correction[] | undefined {
  if (lower.length < MIN_LENGTH || isAbbreviation(text, window.token, lower) || isSuffixedWord(lower, wordTier)) return undefined;
  if (lower.length <= SHORT_ABBREVIATION_LENGTH && isAmongFigures(window)) return undefined;
  const joined = joinedWords(lower);
  if (joined) return [{ word: joined, cost: 1, tier: wordTier(joined.slice(joined.indexOf(' ') + 1)) ?? MAX_JOINED_TIER, score: 0 }];
  const prefix = prefixOf(lower, wordTier);
  const isSurelyPrefixed = prefix !== undefined && (prefix.length > 2 || lower.length - prefix.length >= LONG_STEM);
  if (isSurelyPrefixed || isQuotedTerm(text, window.token.start, window.token.end)) return undefined;
  if (isInForeignOrNamePhrase(text, window) || isPartOfCompound(text, window)) return undefined;
  let corrections = budget.searched.get(lower);
  if (!corrections) {
    if (budget.searchesLeft <= 0) return undefined;
    budget.searchesLeft--;
    corrections = candidateCorrections(lower, candidates);
    budget.searched.set(lower, corrections);
  }
  const isComposed = prefix !== undefined || isCompoundWord(lower, wordTier) || isVerbMadeFromWord(lower);
  const ranked = bestFirst(corrections, SUGGESTIONS);
  return ranked.length > 0 && isLikelierThanNewWord(lower, ranked[0], isComposed) ? ranked : undefined;
}

const SUGGESTIONS = 3;

// A word-game word this long or longer, one slip from one of the commonest words, is the slip.
const MIN_GAME_WORD_SLIP_LENGTH = 5;
const GAME_WORD_SLIP_MAX_TIER = 10;

/**
 * The commonest words (tier 10) that `lower`, a word only the word-game list has, is one slip of the
 * fingers from (a letter dropped, added or doubled, two swapped; not replaced, which is how words
 * differ), or undefined. The game list has obsolete and dialect words a slip away from everyday ones:
 * Reuters' "will be ablet to detect", "the spirt of the law", "repled" for "replied". Its inflected
 * forms of known words ("invisibles", "solds") and its words inside a compound or a foreign phrase
 * ("trans-Atlantic") are left alone.
 */
export function commonWordSlipsOf(
  text: string,
  window: TokenWindow,
  lower: string,
  memo: Memo<string, Correction[]>,
): Correction[] | undefined {
  if (lower.length < MIN_GAME_WORD_SLIP_LENGTH) return undefined;
  if (isQuotedTerm(text, window.token.start, window.token.end) || isInForeignOrNamePhrase(text, window) || isPartOfCompound(text, window))
    return undefined;
  const corrections = memo.get(lower, () =>
    isSuffixedWord(lower, wordTier) || prefixOf(lower, wordTier) ? [] : slipsOnCommonWords(lower),
  );
  return corrections.length > 0 ? corrections : undefined;
}

function slipsOnCommonWords(lower: string): Correction[] {
  const corrections: Correction[] = [];
  for (const edit of sameFirstLetterEdits(lower, { replacements: false })) {
    const tier = wordTier(edit);
    if (tier !== undefined && tier <= GAME_WORD_SLIP_MAX_TIER)
      corrections.push({ word: edit, cost: 1, tier, score: candidateScore(lower, edit, tier) });
  }
  return corrections.sort((a, b) => a.score - b.score || (a.word < b.word ? -1 : 1));
}

/**
 * A dump repeats its game words ("soya" in every crop report): each is searched once a run, in a memo
 * of the run (src/kernel/slots.ts) of a pure function of the word.
 */
export const COMMON_WORD_SLIPS = defineMemo<string, Correction[]>('typo: common-word slips of a word-game word', 10_000);

// Function words a lost space glues to their neighbour: Reuters' "ofconcern", "theday", "operationswas".
// Not those that are also prefixes before a word ("in", "on", "a", "be", "for": "inpost", "abed") nor,
// after one, short ones that end words ("-on", "-a", "-as").
const GLUED_BEFORE = new Set(['the', 'of', 'and', 'that', 'this', 'with', 'from', 'will', 'would', 'has', 'have', 'had', 'was', 'its']);
const GLUED_AFTER = new Set([
  'the',
  'of',
  'to',
  'in',
  'and',
  'for',
  'that',
  'with',
  'from',
  'will',
  'would',
  'has',
  'have',
  'had',
  'was',
  'is',
]);
const MAX_JOINED_TIER = 20;
const INFLECTED = /(?:ing|ed)$/;

/**
 * Two common words run together where a space was lost: "ofthe" is "of the", "usingprices" "using
 * prices". Closed compounds join nouns ("brushfire", "lockdown"), so one part must be a function word,
 * or the first an -ing or -ed form, which English does not close up with the next word. Suggested, as
 * one correction, with the space put back.
 */
export function joinedWords(lower: string): string | undefined {
  const isCommon = (part: string) => (wordTier(part) ?? Infinity) <= MAX_JOINED_TIER;
  for (let split = 1; split < lower.length - 1; split++) {
    const first = lower.slice(0, split);
    const second = lower.slice(split);
    if (!isCommon(first) || !isCommon(second)) continue;
    const glued = GLUED_BEFORE.has(first) || GLUED_AFTER.has(second) || (INFLECTED.test(first) && first.length >= 5 && second.length >= 4);
    if (glued) return `${first} ${second}`;
  }
  return undefined;
}

// Reuters' earnings notes abbreviate beside figures and other abbreviations: "4th qtr oper net",
// "1985 amts restated". A four-letter unknown word there is one more abbreviation.
const SHORT_ABBREVIATION_LENGTH = 4;

function isAmongFigures({ previous, next }: TokenWindow): boolean {
  return [previous, next].some(
    (neighbour) => neighbour !== undefined && (HAS_DIGIT.test(neighbour.text) || isVowellessAbbreviation(neighbour.text)),
  );
}

function isVowellessAbbreviation(word: string): boolean {
  return word.length >= 2 && word === word.toLowerCase() && ENGLISH_LETTERS.test(word) && !VOWEL.test(word);
}

function isAbbreviation(text: string, token: WordToken, lower: string): boolean {
  return !VOWEL.test(lower) && (lower.endsWith('s') || text[token.end] === '.');
}

/**
 * The cost (-ln P) of an unknown word being meant as written, a word no list has: a fixed cost of
 * writing a new word plus a cost per letter, less when the word reads as a prefix and a word or two
 * known words ("brushfire", "sandboxed", "handwave"), which writers coin freely. Calibrated on the
 * tuning half of the labelled web pages, Reuters' labelled sample and Brown's injected typos
 * (docs/rules/typo.md, "Calibration"): the line that keeps every real misspelling of those and
 * reports the fewest of their false ones, ties to the value that suppresses less.
 */
export const NEW_WORD_COST = 15;
export const NEW_WORD_COST_PER_LETTER = 1.1;
export const COMPOSED_WORD_DISCOUNT = 3.5;

/**
 * Whether the likeliest correction explains the word better than the word explains itself (Bayes'
 * rule: the slip's cost plus the correction's full prior, against the cost of a new word). Typos are
 * slips on common words, so a word whose nearest words are all rare is jargon or a foreign word far
 * more often ("haflis", "malposed" teeth in the Brown editorials; "xenocide", "pthreads"), while a long
 * word may hold several slips on a common one ("insitutitions", "dissolutation", "unavialability"). A prefix and a word, or two words, need a likelier slip:
 * "mistmatch" is "mismatch" and "relaity" "reality", but "brushfire" is not "bushfire".
 */
export function isLikelierThanNewWord(word: string, likeliest: Correction, isComposed: boolean): boolean {
  const newWord = NEW_WORD_COST + NEW_WORD_COST_PER_LETTER * word.length - (isComposed ? COMPOSED_WORD_DISCOUNT : 0);
  return channelCost(word, likeliest.word, likeliest.tier) <= newWord;
}

/** Whether `lower` is a known word, or a known word after "de-", with a verb ending: "daemon|ise", "de|serial|ising". */
export function isVerbMadeFromWord(lower: string): boolean {
  const match = VERB_ENDING.exec(lower);
  if (!match) return false;
  const stem = lower.slice(0, match.index);
  const isKnown = (word: string) => word.length >= MIN_LENGTH && wordTier(word) !== undefined;
  return isKnown(stem) || (stem.startsWith(UNDOING) && isKnown(stem.slice(UNDOING.length)));
}

/**
 * An unknown word beside another unknown word is a foreign phrase ("bete noire", "papier-mache", "le
 * roi gouverne par lui meme"; "petroleos de venezuela" in a story that lost its capitals: English
 * writes "de" only in names), one hyphened to a capitalised word is part of a name ("Chiang
 * Kai-shek"), and one hyphened to its own echo is a reduplication ("willy-nilly", "knick-knacks").
 */
function isInForeignOrNamePhrase(text: string, { previous, token, next }: TokenWindow): boolean {
  for (const [first, second, neighbour] of [
    [previous, token, previous],
    [token, next, next],
  ] as const) {
    if (!first || !second || !neighbour || !areAdjacent(text, first, second)) continue;
    if (areHyphenated(text, first, second) && (caseShape(neighbour.text) !== 'lower' || isEcho(token.text, neighbour.text))) return true;
    if (isForeignWord(neighbour.text) || neighbour.text === 'de') return true;
  }
  return false;
}

/**
 * A part of a hyphened compound is often a clipped or inflected form no list has: Reuters' "high-tech",
 * "have-nots". A known misspelling inside a compound ("goverment-backed") is still found, by the list.
 */
function isPartOfCompound(text: string, { previous, token, next }: TokenWindow): boolean {
  // A number is no part of a word: "48-mopnth contracts" is a slip on "48-month".
  const isWordPart = (part: WordToken) => !HAS_DIGIT.test(part.text);
  return (
    (previous !== undefined && isWordPart(previous) && areHyphenated(text, previous, token)) ||
    (next !== undefined && isWordPart(next) && areHyphenated(text, token, next))
  );
}

/**
 * A lower-case word that is not English: letters outside a–z ("même"), or unknown in every form
 * ("lui"). A word without a vowel is an abbreviation, not French: "3.5 bilion dlrs", "230 mln sahres".
 */
function isForeignWord(token: string): boolean {
  const word = wordWithoutClitic(token);
  if (word === undefined || HAS_DIGIT.test(word) || caseShape(word) !== 'lower' || !VOWEL.test(word)) return false;
  if (!ENGLISH_LETTERS.test(word)) return true;
  return (
    !isDictionaryWord(word) &&
    !isExtraWord(word) &&
    !isSuffixedWord(word, wordTier) &&
    !prefixOf(word, wordTier) &&
    !isCompoundWord(word, wordTier)
  );
}
