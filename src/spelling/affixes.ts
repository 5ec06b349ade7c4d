// Derived forms the word list lacks. SCOWL lists "multilateral" but not "multilateralisation" (VNA,
// vna-vietnam-russia.txt), "multipolar" or "reorganisation"; news English coins such words freely.
// A derived form is accepted only when its stem is a known word and the affix is one of a small set
// whose spelling rules are simple, so a typo rarely passes for a derivation: "untill" would be un +
// "till", which is why known misspellings are looked up before this check. Words after a two-letter
// prefix and closed compounds of two known words are accepted too, unless a common word is one edit
// away: the Brown editorials write "brushfire" and "bloodlust", today's news "lockdown" and
// "livestream", none of them in the list.
import { MAX_SUGGESTED_TIER } from './dictionary.js';

/** Prefixes that may be joined to a known word: reorganisation, unreformed, multipolar, misspelt. */
const PREFIXES = ['counter', 'multi', 'inter', 'under', 'anti', 'over', 'post', 'semi', 'mis', 'non', 'pre', 'sub', 're', 'un', 'co'];

/** Prefixes written with a hyphen before a word: "co-operation", "pre-war", "ex-president". */
export const HYPHENATED_PREFIXES: ReadonlySet<string> = new Set([
  ...PREFIXES,
  'ex',
  'mid',
  'pro',
  'neo',
  'vice',
  'self',
  'quasi',
  'intra',
  'trans',
  'ultra',
  'mega',
  'mini',
  'bi',
  'tri',
  'de',
  'e',
  'cross',
  'macro',
  'micro',
  'socio',
  'geo',
  'bio',
  'eco',
  'euro',
  'pan',
  'para',
  'extra',
  'infra',
  'super',
]);

const MIN_STEM = 4;
// After a two-letter prefix the stem must be longer and common: "cotact" is not co + "tact".
const MIN_STEM_AFTER_SHORT_PREFIX = 5;
const MAX_TIER_AFTER_SHORT_PREFIX = 50;
const MIN_COMPOUND_PART = 4;
const MAX_COMPOUND_PART_TIER = 70;

/** -ise/-ize verbs and their nouns on adjective stems: multilateral → multilateralisation, digitalise
 * (not "excessize", "impressize": typos of -ive). */
const IZE_SUFFIX = /(?<=(?:al|ar|an|ic|ern))(?:is|iz)(?:e|es|ed|ing|ation|ations)$/;
/** The British -is- spelling of a word the list has only with -iz- ("surprize" is not the reverse). */
const ISE_VARIANT = /is(e|es|ed|ing|er|ers|ation|ations|able)$/;
/** Adjective endings that take -ly without a spelling change: "multilaterally", "respectfully". */
const LY_STEM = /(?:al|ful|ous|ive|ent|ant|ed|ing|less|ar|ary|ory|ish)$/;
/** -y adjectives from nouns ending in a consonant: "shuddery", "smoky" (but "globaly" is a typo). */
const Y_ADJECTIVE = /[bcdfghkmnprtvwxz]y$/;
/** Plurals that add a bare -s; "establishs", "tomatos", "applys" are typos of -es and -ies. */
const PLAIN_PLURAL = /(?:[^hosxyz]|[^cs]h)s$|[aeiou]ys$/;

export type TierOf = (word: string) => number | undefined;

const MIN_DIALECT_STEM = 3;

/** The British and American endings of one word (VarCon's main classes): -ise/-ize, -yse/-yze, -our/-or, -re/-er, -ence/-ense, -ogue/-og. */
const DIALECT_ENDINGS: readonly (readonly [RegExp, string, string])[] = [
  [ISE_VARIANT, 'is', 'iz'],
  [/iz(e|es|ed|ing|er|ers|ation|ations)$/, 'iz', 'is'],
  [/ys(e|es|ed|ing)$/, 'ys', 'yz'],
  [/yz(e|es|ed|ing)$/, 'yz', 'ys'],
  [/our(s|ed|ing|ite|ites|able)?$/, 'our', 'or'],
  [/or(s|ed|ing|ite|ites|able)?$/, 'or', 'our'],
  [/tre(s)?$/, 'tre', 'ter'],
  [/ter(s)?$/, 'ter', 'tre'],
  [/ence$/, 'ence', 'ense'],
  [/ense$/, 'ense', 'ence'],
  [/ogue(s)?$/, 'ogue', 'og'],
  [/og(s)?$/, 'og', 'ogue'],
];

/**
 * The other dialect's spelling of `word` (lower case) when the list knows it: "emphasises" →
 * "emphasizes", "colour" → "color", "centre" → "center"; undefined when the word has no such twin.
 */
export function dialectTwin(word: string, tierOf: TierOf): string | undefined {
  for (const [ending, from, to] of DIALECT_ENDINGS) {
    const match = ending.exec(word);
    // A stem of three letters at least: "for" and "four", "fence" and "fense" are no such pair.
    if (!match || match.index < MIN_DIALECT_STEM) continue;
    const twin = word.slice(0, match.index) + to + word.slice(match.index + from.length);
    // A spelling of the word lists proper: VarCon's rarities are accepted, never suggested.
    if ((tierOf(twin) ?? Infinity) <= MAX_SUGGESTED_TIER) return twin;
  }
  return undefined;
}

/** Whether `word` (lower case) is a known word with one of the accepted suffixes or inflections. */
export function isSuffixedWord(word: string, tierOf: TierOf): boolean {
  return isSuffixed(word, (w) => tierOf(w) !== undefined);
}

/**
 * The prefix of `word` when it is a prefix and a known word ("reorganisation", "multipolar",
 * "misspelt"), or undefined. Typos split after a two-letter prefix too ("re|laity" for "reality"), so
 * when the rest is short the rule asks first whether a common word is one edit away.
 */
export function prefixOf(word: string, tierOf: TierOf): string | undefined {
  const isKnown = (w: string) => tierOf(w) !== undefined;
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const stem = word.slice(prefix.length);
    if (prefix.length > 2) {
      if (stem.length >= MIN_STEM && (isKnown(stem) || isSuffixed(stem, isKnown))) return prefix;
    } else if (stem.length >= MIN_STEM_AFTER_SHORT_PREFIX && (tierOf(stem) ?? Infinity) <= MAX_TIER_AFTER_SHORT_PREFIX) {
      return prefix;
    }
  }
  return undefined;
}

function isSuffixed(word: string, isKnown: (word: string) => boolean): boolean {
  const variant = ISE_VARIANT.exec(word);
  if (variant && isKnown(`${word.slice(0, variant.index)}iz${variant[1]}`)) return true;
  const ize = IZE_SUFFIX.exec(word);
  if (ize && ize.index > MIN_STEM && isKnown(word.slice(0, ize.index))) return true;
  if (word.endsWith('ly')) {
    const stem = word.slice(0, -2);
    if (stem.length >= MIN_STEM && LY_STEM.test(stem) && isKnown(stem)) return true;
  }
  if (word.endsWith('ness')) {
    const stem = word.slice(0, -4);
    if (stem.length >= MIN_STEM && !stem.endsWith('y') && isKnown(stem)) return true;
  }
  if (Y_ADJECTIVE.test(word) && word.length > MIN_STEM + 1 && isKnown(word.slice(0, -1))) return true;
  // The -ey spelling of a listed -y adjective of a noun in -e: "lacey" (lacy, lace), "pricey", "homey".
  if (word.endsWith('ey') && word.length > MIN_STEM && isKnown(`${word.slice(0, -2)}y`) && isKnown(word.slice(0, -1))) return true;
  // Comparatives and agent nouns of words in -e ("deluxer", "influencer"); Scripture's "comest".
  if (/e(?:r|st)$/.test(word) && word.length > MIN_STEM + 1 && isKnown(word.slice(0, word.endsWith('r') ? -1 : -2))) return true;
  // British "focusses" beside the listed "focussed".
  if (word.endsWith('sses') && isKnown(`${word.slice(0, -2)}ed`)) return true;
  // Plurals the list lacks ("nationalisms", "rehabilitations").
  if (PLAIN_PLURAL.test(word) && word.length > MIN_STEM) {
    const stem = word.slice(0, -1);
    if (isKnown(stem) || isSuffixed(stem, isKnown)) return true;
  }
  // Scripture quoted in an editorial: "it becometh us", "the Lord giveth".
  return word.endsWith('eth') && word.length >= 6 && (isKnown(word.slice(0, -2)) || isKnown(word.slice(0, -3)));
}

/**
 * Two known words written as one: "brushfire", "bloodlust", "lockdowns", each part at least four
 * letters and no rarity. Typos split into words too ("sing|nature", "mist|match"), so the rule asks
 * first whether a common word is one edit away.
 */
export function isCompoundWord(word: string, tierOf: TierOf): boolean {
  const isPart = (part: string) => part.length >= MIN_COMPOUND_PART && (tierOf(part) ?? Infinity) <= MAX_COMPOUND_PART_TIER;
  for (let split = MIN_COMPOUND_PART; split <= word.length - MIN_COMPOUND_PART; split++) {
    if (!isPart(word.slice(0, split))) continue;
    const rest = word.slice(split);
    if (isPart(rest) || (PLAIN_PLURAL.test(rest) && isPart(rest.slice(0, -1)))) return true;
  }
  return false;
}
