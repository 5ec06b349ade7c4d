// What kind of line a paragraph is when it is not running prose: a photo caption, a byline, a
// dateline, a list item, a table row, an all-caps or title-case heading. News dumps mix these with
// body paragraphs, and none of them needs to end with a full stop, so truncated-fragment leaves them
// alone. Each test looks at one paragraph's text and is linear in its length.

import { findLeadPrefix } from './dateline.js';

/** `(Photo: VNA)`, `(Ảnh: TTXVN)`, `(Illustrative photo)`, `(Source: Reuters)` at the end of a caption. */
const CAPTION_CREDIT =
  /\((?:[^()]{0,40}(?<![\p{L}\p{M}]))?(?:photo|ảnh|image|picture|video|graphic|infographic|source|nguồn|file)\b[^()]{0,60}\)$/iu;
/** `Photo: VNA`, `Ảnh: Minh Đức`, `Caption:` opening or closing a line. */
const CAPTION_LABEL =
  /^(?:photo|ảnh|image|picture|caption|source|nguồn|credit)s?\s*[:：]|(?<![\p{L}\p{M}])(?:photo|ảnh|source|nguồn)\s*[:：]\s*[^\s:：][^:：]{0,40}$/iu;
/** `By Nguyen Van A`, `Reporting by …; Editing by …`, `Theo TTXVN` — short attribution lines. */
const BYLINE = /^\(?(?:by|from|reporting by|written by|compiled by|edited by|editing by|story by|text by|bài|theo)\s+\p{Lu}/iu;
/** `HANOI, Jan 13 (VNA) –`, `SALVADOR, Feb 26 -`: a dateline standing on its own. */
const DATELINE = /^\p{Lu}[\p{L}\p{M} .'’-]{1,40},?\s+(?:\(\p{Lu}+\)|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:\s+\(\p{Lu}+\))?)\s*[-–—:]?$/u;
/** `- item`, `• item`, `1. item`, `(a) item`, `a) item`; not initials (`R. H. S. Crossman, M.P., writing…`). */
const LIST_ITEM = /^(?:[-–—•●◦▪▸►*·+]\s|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s(?!\p{Lu}\.\s))/iu;
/** A column gap: two or more spaces or a tab, not after a sentence (wire copy puts two spaces there). */
const COLUMN_GAP = /[^\s.!?:;,](?: {2,}|\t)(?=\S)/gu;
/** Wire stock and earnings lines: `Shr 1.23 dlrs vs 1.01`, `Qtly div three cts vs three cts prior`. */
const VERSUS = /\bvs\.?\s/i;
/** A figure at the end of a row: `Adjusted world price 53.57`, `4.27 pct (4.32)`. */
const ENDS_IN_FIGURE = /\d[\d.,%)]*$/u;
/** "…at the annual meeting on June 16": a date closing a sentence, not a figure closing a row. */
const ENDS_IN_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}$/u;
/** A row of figures is short; prose that ends in a number runs longer. */
const ROW_WORDS = 20;
/** `SALVADOR, Feb 26 - `, `GOLDEN VALLEY, MINN., Feb 26 - `: Reuters' dateline opening the first paragraph. */
const LEADING_WIRE_DATELINE =
  /^\p{Lu}[\p{L}\p{M}.'’ -]{1,40}(?:,\s*[\p{L}\p{M}.'’ ]{2,30}){0,2},\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*[-–—]\s+/u;
/** One capital and at most 40 more place characters come before the wire dateline's first comma. */
const WIRE_PLACE_END = 42;
const TOKEN = /\S+/gu;
const HAS_LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** Short words that stay lower case in a title-case heading. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'into',
  'vs',
  'via',
  'per',
]);

export function isCaption(text: string): boolean {
  // Each pattern needs a character most paragraphs lack: a closing bracket at the end, or a colon.
  return (text.endsWith(')') && CAPTION_CREDIT.test(text)) || ((text.includes(':') || text.includes('：')) && CAPTION_LABEL.test(text));
}

export function isByline(text: string): boolean {
  return mayOpenByline(text) && BYLINE.test(text) && wordCount(text) <= 16;
}

/** The first word of each of BYLINE's openings, lower case. */
const BYLINE_FIRST_WORDS = new Set(['by', 'from', 'reporting', 'written', 'compiled', 'edited', 'editing', 'story', 'text', 'bài', 'theo']);
const BYLINE_FIRST_LETTERS = [...new Set([...BYLINE_FIRST_WORDS].map((word) => word[0]))].join('');

/**
 * What BYLINE needs, tested without it (its case-insensitive \p{Lu} costs ~1 ms to compile, paid by a
 * one-file run): after an optional bracket, one of its first words, then white space.
 */
function mayOpenByline(text: string): boolean {
  const from = text.charCodeAt(0) === 0x28 ? 1 : 0;
  // Most paragraphs fail on their first letter, before any slice: b, f, r, w, c, e, s, t, or a long s.
  const first = text.charCodeAt(from) | 0x20;
  if (!BYLINE_FIRST_LETTERS.includes(String.fromCharCode(first)) && first !== 0x17f) return false;
  let end = from;
  while (end < text.length && end - from < 10 && !isWhiteSpace(text.charCodeAt(end))) end++;
  return end < text.length && isWhiteSpace(text.charCodeAt(end)) && BYLINE_FIRST_WORDS.has(foldedAsIgnoreCase(text.slice(from, end)));
}

/**
 * `text` lower-cased as far as a case-insensitive Unicode pattern of plain words tells letters apart: with
 * `iu`, "ſ" (long s) matches "s", which lower-casing alone keeps apart. A pre-check that compares this with
 * a pattern's words lets through all the pattern can match.
 */
export function foldedAsIgnoreCase(text: string): string {
  return text.toLowerCase().replaceAll('ſ', 's');
}

export function isDateline(text: string): boolean {
  return text.length <= 60 && DATELINE.test(text);
}

export function isListItem(text: string): boolean {
  return mayBeListItem(text) && LIST_ITEM.test(text);
}

const BULLETS = new Set('-–—•●◦▪▸►*·+');

/**
 * What LIST_ITEM needs, tested by character: a bullet and a space, or a `.` or `)` and a space within its
 * first six characters (`(xiv) `). Most paragraphs have neither, and skip its Unicode pattern.
 */
function mayBeListItem(text: string): boolean {
  if (BULLETS.has(text.charAt(0)) && isWhiteSpace(text.charCodeAt(1))) return true;
  for (let i = 1; i <= 5 && i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x29) && isWhiteSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * Columns of figures, a `vs` comparison, a short line ending in a figure, or a line where a third or
 * more of the tokens carry digits.
 */
export function isTableRow(text: string): boolean {
  return isFigureRow(text, true);
}

/**
 * A table row by its columns, a `vs` comparison or the share of its tokens that carry digits; with
 * `shortLineEndingInFigure`, also a short line that ends in one (`Adjusted world price 53.57`), which
 * a numbered line of prose does too ("…blanket accusations? 2.").
 */
export function isFigureRow(text: string, shortLineEndingInFigure = false, counts: TokenCounts = countTokens(text)): boolean {
  if (VERSUS.test(text) || (hasGapCharacters(text) && countMatches(COLUMN_GAP, text, 2) >= 2)) return true;
  const { tokens, numeric } = counts;
  if (tokens === 0) return false;
  if (numeric * 3 >= tokens) return true;
  const tail = text.slice(-64);
  return shortLineEndingInFigure && tokens <= ROW_WORDS && ENDS_IN_FIGURE.test(tail) && !ENDS_IN_DATE.test(tail);
}

export interface TokenCounts {
  /** Runs of non-space, as TOKEN matches them. */
  tokens: number;
  /** Tokens that hold an ASCII digit. */
  numeric: number;
}

export interface TextCounts extends TokenCounts {
  /** Code units that are not white space. */
  visible: number;
  /** Code punctuation (CODE_SYMBOL_UNIT). */
  symbols: number;
}

/** Tokens and how many of them hold an ASCII digit (see countText). */
export function countTokens(text: string): TokenCounts {
  return countText(text);
}

/**
 * What a paragraph's kind is judged on, counted in one pass, with no string per token and no branch on
 * what each code unit is (see unitBits): tokens, tokens with a digit, visible code units, code symbols.
 */
export function countText(text: string): TextCounts {
  let tokens = 0;
  let numeric = 0;
  let visible = 0;
  let symbols = 0;
  let inToken = 0;
  let hasDigit = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = unitBits(text.charCodeAt(i));
    const notSpace = (bits & SPACE_UNIT) ^ 1;
    tokens += notSpace & (inToken ^ 1);
    // A token's digit counts where the token ends; hasDigit starts afresh in each token.
    numeric += (notSpace ^ 1) & hasDigit;
    hasDigit = notSpace & (hasDigit | ((bits & DIGIT_UNIT) >> 1));
    inToken = notSpace;
    visible += notSpace;
    symbols += (bits & CODE_SYMBOL_UNIT) >> 2;
  }
  return { tokens, numeric: numeric + hasDigit, visible, symbols };
}

/** A line laid out in columns (`Adjusted world price            53.57`) or comparing figures with `vs`. */
export function isColumnRow(line: string): boolean {
  return VERSUS.test(line) || (hasGapCharacters(line) && countMatches(COLUMN_GAP, line, 1) >= 1);
}

/** The text after a dateline that opens it (`HANOI (VNA) – `, `SALVADOR, Feb 26 - `), or the text itself. */
export function withoutLeadingDateline(text: string): string {
  // An agency dateline (`Hai Phong (VNA) – `) is the one duplicate-lead recognises; a wire dateline
  // without an agency (`SALVADOR, Feb 26 - `) is only ever stripped here.
  const lead = findLeadPrefix(text, 0, text.length);
  if (lead && !lead.hasCaption) return text.slice(lead.bodyStart);
  const match = mayOpenWithWireDateline(text) ? LEADING_WIRE_DATELINE.exec(text) : null;
  return match ? text.slice(match[0].length) : text;
}

/**
 * What LEADING_WIRE_DATELINE needs, tested without it: its Unicode classes cost ~4 ms to compile, paid by a
 * one-file run on the first paragraph with a comma near its start. Its place (no comma in it) ends at a
 * comma within the first WIRE_PLACE_END characters; it opens on a capital (ASCII A–Z or any non-ASCII code
 * unit, a superset of \p{Lu}); a day's digit, a dash and white space close it.
 */
function mayOpenWithWireDateline(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!((first >= 0x41 && first <= 0x5a) || first >= 0x80)) return false;
  return text.slice(0, WIRE_PLACE_END).includes(',') && hasDayBeforeDash(text);
}

/** The end LEADING_WIRE_DATELINE cannot match without (`\d\s*[-–—]\s`), found with indexOf: a digit, maybe spaces, a dash, white space. */
function hasDayBeforeDash(text: string): boolean {
  for (const dash of WIRE_DASHES) {
    for (let at = text.indexOf(dash); at !== -1; at = text.indexOf(dash, at + 1)) {
      if (!isWhiteSpace(text.charCodeAt(at + 1))) continue;
      let before = at - 1;
      while (before >= 0 && isWhiteSpace(text.charCodeAt(before))) before--;
      const code = text.charCodeAt(before);
      if (code >= 0x30 && code <= 0x39) return true;
    }
  }
  return false;
}
const WIRE_DASHES = ['-', '\u2013', '\u2014'];

/** A column gap needs two spaces or a tab: most lines have neither, and need no regular expression. */
function hasGapCharacters(text: string): boolean {
  return text.includes('  ') || text.includes('\t');
}

/** No lower-case letter at all: a heading, a wire slug, a shouted label. */
export function isAllCaps(text: string): boolean {
  return HAS_LETTER.test(text) && !LOWER.test(text);
}

/** A heading in title case: every word but the minor ones starts with a capital. */
export function isTitleCase(text: string): boolean {
  let words = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const firstLetter = word.match(/\p{L}/u)?.[0];
    if (!firstLetter) continue;
    words++;
    if (!UPPER.test(firstLetter) && !(words > 1 && MINOR_WORDS.has(word.toLowerCase()))) return false;
  }
  return words >= 2;
}

/** Runs of non-space (what `\S+` matches), counted without a regular expression: every paragraph is counted. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = 0;
  for (let i = 0; i < text.length; i++) {
    const notSpace = (unitBits(text.charCodeAt(i)) & SPACE_UNIT) ^ 1;
    words += notSpace & (inWord ^ 1);
    inWord = notSpace;
  }
  return words;
}

// What the per-character counts of a paragraph need to know of a code unit, as bits read from a table for
// ASCII. The counts add these bits rather than branch on them: a branch on each character's kind was
// mispredicted often enough to cost twice the count (every paragraph is counted several times).
export const SPACE_UNIT = 1;
export const DIGIT_UNIT = 2;
/** Code punctuation: brackets, operators, sigils that prose seldom uses (paragraph kinds' test for code). */
export const CODE_SYMBOL_UNIT = 4;
const ASCII_UNITS = Uint8Array.from({ length: 0x80 }, (_, code) => {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE_UNIT;
  if (code >= 0x30 && code <= 0x39) return DIGIT_UNIT;
  return '{}[]<>=;$#|\\_`~^*'.includes(String.fromCharCode(code)) ? CODE_SYMBOL_UNIT : 0;
});

/** SPACE_UNIT, DIGIT_UNIT and CODE_SYMBOL_UNIT of a code unit (past ASCII only white space is any of them). */
export function unitBits(code: number): number {
  return code < 0x80 ? ASCII_UNITS[code] : isWhiteSpace(code) ? SPACE_UNIT : 0;
}

/** Exactly the code units `\s` matches in a JavaScript regular expression. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function countMatches(pattern: RegExp, text: string, enough = Infinity): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < enough && pattern.exec(text) !== null) count++;
  return count;
}
