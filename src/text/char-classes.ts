// The character classes every word walk shares (src/text/word-spans.ts tokenizes with them,
// src/duplicates/normalized-words.ts hashes with them), so that a rule, the duplicate finder and the
// dedup index all see the same words. Classes are bits, so that the classes of a word's code units OR
// together into one number: a word's flags say whether it holds a letter, only digits, an apostrophe
// or an invisible character, without looking at it again.
//
// Each BMP code unit is classified once, on first sight, from its Unicode properties (a table filled
// lazily: classifying all 65,536 up front would cost start-up). Both halves of a surrogate pair take
// the class of the astral character they make (𝓀 is a letter); a lone surrogate is a separator.
// The tables are caches of a pure function of the character: they hold no state of a run.

export const SEPARATOR = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const MARK = 4;
/** ' and ’: inside a word they join its halves ("Vietnam’s"). */
export const APOSTROPHE = 8;
/** Characters a word is read across (INVISIBLE_IN_WORD). */
export const INVISIBLE = 16;
/** The classes that make a word. */
export const WORD_CHARACTER = LETTER | DIGIT | MARK;
/** The classes that join two runs of word characters; a duplicate check ignores them. */
export const JOINER = APOSTROPHE | INVISIBLE;

/**
 * The characters a word is read across (a character class's body, for the patterns that need it):
 * format characters (soft hyphen, zero-width space, BOM, ZWJ), private use, and the C0 controls but
 * tab, line breaks and DEL (DEL usually stands for a lost space or letter).
 */
export const INVISIBLE_IN_WORD = '\\p{Cf}\\p{Co}\\x00-\\x08\\x0e-\\x1f';

/** A decimal digit of any script ("٣", "𝟕"): the one digit test of the rules that ask whether a word holds a figure. */
export const HAS_DIGIT = /\p{Nd}/u;

const LETTER_CHAR = /^\p{L}$/u;
const DIGIT_CHAR = /^\p{Nd}$/u;
const MARK_CHAR = /^\p{M}$/u;
const INVISIBLE_CHAR = new RegExp(`^[${INVISIBLE_IN_WORD}]$`, 'u');
const UNKNOWN = 255;

const unitClass = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClass = new Map<number, number>();
/**
 * The case fold of each BMP code unit once learnt, 0 before: a unit folds to itself until learnt (astral
 * characters are not folded). Filling it with each unit's own code up front cost ~1.5 ms of every start.
 */
const unitFold = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) learnCodeUnit(code);

export function classify(char: string): number {
  if (LETTER_CHAR.test(char)) return LETTER;
  if (DIGIT_CHAR.test(char)) return DIGIT;
  if (MARK_CHAR.test(char)) return MARK;
  if (char === "'" || char === '’') return APOSTROPHE;
  return INVISIBLE_CHAR.test(char) ? INVISIBLE : SEPARATOR;
}

/** The class of the code unit at i: the table's, or learnt now, or (a surrogate) its character's. */
export function classAt(text: string, i: number): number {
  const cls = unitClass[text.charCodeAt(i)];
  return cls === UNKNOWN ? learnClassAt(text, i) : cls;
}

/** The case fold of a code unit whose class has been asked (`classAt`) at least once. */
export function foldedUnit(code: number): number {
  const folded = unitFold[code];
  return folded === 0 ? code : folded;
}

function learnCodeUnit(code: number): number {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  unitClass[code] = classify(char);
  unitFold[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  return unitClass[code];
}

function learnClassAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return learnCodeUnit(code);
  // The astral character this unit is half of, if its other half is there.
  const pairStart = code <= 0xdbff ? i : i - 1;
  const codePoint = pairStart >= 0 ? text.codePointAt(pairStart)! : code;
  return codePoint > 0xffff ? astralClassOf(codePoint) : SEPARATOR;
}

function astralClassOf(codePoint: number): number {
  let cls = astralClass.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClass.set(codePoint, cls);
  }
  return cls;
}
