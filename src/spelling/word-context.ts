// What a token is before anyone spell-checks it: a word, or part of an address, a number, an
// acronym, a contraction. Scraped news is full of tokens no dictionary has and no copy editor would
// touch (VNA, 500kV, vietnamplus.vn, RoK); these helpers keep them away from the `typo` rule.
import { editDistance } from './edit-distance.js';
import { gapEndsClause } from '../text/sentence-end.js';

/**
 * URLs and e-mail addresses; only paragraphs with a hint of one are scanned. A match may start only
 * where a run of scheme or local-part characters starts, and those runs are bounded, so a long run of
 * letters (a base64 blob) costs one pass, not one per position.
 */
const ADDRESS =
  /(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)[^\s<>"“”]+|(?<![\p{L}\p{Nd}._%+-])[\p{L}\p{Nd}._%+-]{1,64}@[\p{L}\p{Nd}-]+(?:\.[\p{L}\p{Nd}-]+)+/giu;
const ADDRESS_HINT = /:\/\/|www\.|@/i;

/** Whether text may hold a URL or an e-mail address: when it cannot, none of its paragraphs need scanning. */
export function mayHoldAddress(text: string): boolean {
  return ADDRESS_HINT.test(text);
}

/** [start, end) spans of the URLs and e-mail addresses in text[from, to). */
export function addressSpans(text: string, from: number, to: number): [number, number][] {
  const chunk = text.slice(from, to);
  if (!ADDRESS_HINT.test(chunk)) return [];
  const spans: [number, number][] = [];
  for (const m of chunk.matchAll(ADDRESS)) spans.push([from + m.index, from + m.index + m[0].length]);
  return spans;
}

/**
 * Whether the token at [start, end) is glued to a file name, domain, handle or path rather than
 * standing as a word ("vietnamplus.vn", "@VNA", "#ASEAN", "snake_case", "a/b"), or is a fragment of a
 * word broken by a replacement character ("hasn\uFFFDt": stray-unicode's finding, not a typo).
 */
export function isPartOfIdentifier(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : ' ';
  const after = end < text.length ? text[end] : ' ';
  if ('.@#_/\\\uFFFD'.includes(before) || '@_/\\\uFFFD'.includes(after)) return true;
  // "vietnamplus.vn" but not "the goverment.The" (a missing space after a full stop).
  return after === '.' && end + 1 < text.length && /[\p{Ll}\p{Nd}]/u.test(text[end + 1]);
}

export type CaseShape = 'lower' | 'title' | 'upper' | 'mixed';

export function caseShape(word: string): CaseShape {
  const lower = word.toLowerCase();
  if (word === lower) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  const rest = word.slice(word.codePointAt(0)! > 0xffff ? 2 : 1);
  return rest === rest.toLowerCase() ? 'title' : 'mixed';
}

const CONTRACTION_SUFFIX = /(?:'s|'re|'ve|'ll|'d|'m|n't)$/i;
const WHOLE_CONTRACTIONS = new Set(["can't", "won't", "shan't", "ain't"]);

/**
 * The word inside a token with a possessive or contraction ("Vietnam’s" → "Vietnam", "don't" → "do"),
 * the token itself when it has no apostrophe, or undefined for a token such as "o'clock", "O’Brien"
 * or "won't" that no dictionary look-up should judge.
 */
export function wordWithoutClitic(token: string): string | undefined {
  if (!token.includes("'") && !token.includes('’')) return token;
  const plain = token.replaceAll('’', "'");
  if (WHOLE_CONTRACTIONS.has(plain.toLowerCase())) return undefined;
  const suffix = CONTRACTION_SUFFIX.exec(plain);
  if (!suffix) return undefined;
  const stem = plain.slice(0, suffix.index);
  return stem.includes("'") ? undefined : token.slice(0, suffix.index);
}

const OPENING = /[\s"'“‘([«]/u;

/** Whether the word at `start` begins a sentence of the paragraph starting at `paragraphStart`. */
export function isSentenceStart(text: string, paragraphStart: number, start: number): boolean {
  let i = start - 1;
  while (i >= paragraphStart && OPENING.test(text[i])) i--;
  return i < paragraphStart || gapEndsClause(text, i, i + 1);
}

/** Whether `word` is followed by a hyphen and another word: "co-operation", "multi-". */
export function isJoinedByHyphen(text: string, end: number): boolean {
  return (text[end] === '-' || text[end] === '\u2011') && end + 1 < text.length && /\p{L}/u.test(text[end + 1]);
}

const SPACE_OR_HYPHEN = /^(?:\s+|[-\u2010\u2011])$/u;

/** Whether two neighbouring tokens are one phrase: only spaces or one hyphen between them. */
export function areAdjacent(text: string, first: { end: number }, second: { start: number }): boolean {
  return SPACE_OR_HYPHEN.test(text.slice(first.end, second.start));
}

/** Whether two tokens form a hyphenated pair: "willy-nilly", "Kai-shek". */
export function areHyphenated(text: string, first: { end: number }, second: { start: number }): boolean {
  return second.start === first.end + 1 && /[-\u2010\u2011]/u.test(text[first.end]);
}

/** "lyin'", "gallivantin'": dialogue that drops a g; the apostrophe marks it, no typo. */
export function isDroppedG(text: string, lowerWord: string, end: number): boolean {
  return lowerWord.endsWith('in') && (text[end] === "'" || text[end] === '’');
}

const OPENING_QUOTE = /["'“‘«]/u;
const CLOSING_QUOTE = /["'”’»]/u;

/** A single word in quotation marks is being mentioned, not used: Communist “vopos”. */
export function isQuotedTerm(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && OPENING_QUOTE.test(text[start - 1]) && CLOSING_QUOTE.test(text[end]);
}

/** Whether b echoes a, as the halves of a reduplication do: willy-nilly, knick-knacks, helter-skelter. */
export function isEcho(a: string, b: string): boolean {
  return a.length >= 3 && b.length >= 3 && editDistance(a.toLowerCase(), b.toLowerCase()) <= 2;
}

/**
 * Whether the capitalised `word` also stands inside a sentence somewhere in `text`, as a name does:
 * Reuters' "Antibioticos for 500 billion lire." starts a line, but "talks with Antibioticos" shows it
 * is a company, not a misspelling of "antibiotics".
 */
export function appearsMidSentence(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (/[\p{L}\p{M}\p{Nd}]/u.test(text[at + word.length] ?? '') || /[\p{L}\p{M}\p{Nd}]/u.test(text[at - 1] ?? '')) continue;
    let i = at - 1;
    while (i >= 0 && OPENING.test(text[i]) && text[i] !== '\n') i--;
    if (i >= 0 && text[i] !== '\n' && !gapEndsClause(text, i, i + 1)) return true;
  }
  return false;
}

// Words of French, Spanish, Italian and German that English does not use on their own, and the
// elided articles of French and Italian ("d'Assurance", "l'Etat").
const FOREIGN_FUNCTION_WORDS = new Set([
  'la',
  'le',
  'les',
  'du',
  'des',
  'et',
  'au',
  'aux',
  'sur',
  'del',
  'los',
  'las',
  'di',
  'della',
  'der',
  'die',
  'das',
  'und',
  'von',
]);
const ELIDED_ARTICLE = /^(?:d|l|qu)['’]\p{L}/iu;

/**
 * Whether a neighbour marks the word as part of a French, Spanish, Italian or German phrase: Reuters'
 * "Societe Mutuelle d'Assurance sur la Vie", where "sur" is French, not a slip on "sure".
 */
export function isInForeignPhrase(neighbours: readonly ({ text: string } | undefined)[]): boolean {
  return neighbours.some((n) => n !== undefined && (FOREIGN_FUNCTION_WORDS.has(n.text.toLowerCase()) || ELIDED_ARTICLE.test(n.text)));
}
