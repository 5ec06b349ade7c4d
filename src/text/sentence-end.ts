// Where a sentence ends: the terminal punctuation of the scripts news dumps carry, and the closing
// quotes and brackets that may follow it (`declined.”`, `(9%).`). The one set of sentence ends: the
// document's sentences (src/text/sentences.ts), truncated-fragment (does a paragraph end a
// sentence?), end-marker (does the text before `./.` already end one?), duplicate detection (does a
// copy end like a sentence?) and doubled-word (does a new clause start between two words?) all ask here.
// So do the marks a page glues after a paragraph's last sentence (Wikipedia's `…in 1854.[48]`, a comment's
// `Report` button, a footnote's `**`): the sentence ended before them, for every rule alike.

import { isWhiteSpace } from './line-kinds.js';

// Each set is written once, as a string of its characters, and made into a regex and a table from that:
// the table is never read back from a regex's `source`, which the bundle writes with \u escapes.

/** Full stop, question and exclamation marks, ellipsis, and their CJK, Arabic, Devanagari, Ethiopic forms. */
const TERMINAL_CHARS = '.!?…‼⁇⁈⁉。！？｡؟۔।॥።፧';
const TERMINAL = characterClass(TERMINAL_CHARS);

/** Closing quotes and brackets that may stand after the terminal mark. */
const CLOSER_CHARS = '"\'”’»›)]}」』〉》】〕）］｝';

/** A colon or semicolon: no sentence end, but a clause's, after which a repeated word is no slip ("it is: is"). */
const CLAUSE_END_CHARS = ':;：；';

/** A regex matching any one of `chars` (every one a single BMP code unit). */
function characterClass(chars: string): RegExp {
  return new RegExp(`[${chars.replace(/[\\\][^-]/g, '\\$&')}]`, 'u');
}

// The sets above as a table of code units (each is one BMP code unit), for the walks that test
// character after character: a regular expression per character cost more than the walk.
const TERMINAL_UNIT = 1;
const CLOSER_UNIT = 2;
const CLAUSE_END_UNIT = 4;
const SPACE_UNIT = 8;
const unitKinds = new Map<number, number>();
const addKind = (chars: string, kind: number) => {
  for (const char of chars) unitKinds.set(char.charCodeAt(0), (unitKinds.get(char.charCodeAt(0)) ?? 0) | kind);
};
addKind(TERMINAL_CHARS, TERMINAL_UNIT);
addKind(CLOSER_CHARS, CLOSER_UNIT);
addKind(CLAUSE_END_CHARS, CLAUSE_END_UNIT);
const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) => (unitKinds.get(code) ?? 0) | (isWhiteSpace(code) ? SPACE_UNIT : 0));

/** The kinds of a code unit: terminal mark, closer, clause end, white space (what \s matches). */
function unitKind(code: number): number {
  if (code < 0x80) return ASCII_KINDS[code];
  return (unitKinds.get(code) ?? 0) | (isWhiteSpace(code) ? SPACE_UNIT : 0);
}
/**
 * Words a sentence does not end on: articles, prepositions, conjunctions, subject pronouns, auxiliaries
 * (`it` and `you` end one as objects: "…all the rest of it…"). What followed them was cut away: a teaser stopped at an ellipsis ("…Are Letting Their Loved Ones Know They..."),
 * a line stopped mid-clause ("…removed from the flight for").
 */
const CANNOT_END_SENTENCE = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'into',
  'onto',
  'about',
  'that',
  'which',
  'who',
  'whose',
  'whom',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'as',
  'than',
  'all',
  'this',
  'these',
  'those',
  'some',
  'any',
  'no',
  'not',
  'if',
  'when',
  'where',
  'while',
  'because',
  'after',
  'before',
  'i',
  'we',
  'he',
  'she',
  'they',
  'will',
  'would',
  'can',
  'could',
]);
/** How much of a text's end the patterns of the marks after its last sentence read. */
const MARKS_READ = 256;
/**
 * Marks after a paragraph's last sentence: Wikipedia's citations (`…in 1854.[48]`, `…planet."[69][70]`,
 * `[n 8]`, `[citation needed]`), a fan wiki's source tags (`…the planet.[MP3]`), and a comment widget's
 * button or a call to action glued on (`…a personal recommendation.Report`, `…or create a new one. Learn more`),
 * a site's links after a print note (`…with the headline: Under the City’s Streets. Order Reprints | Today’s Paper | Subscribe`),
 * and a footnote's asterisks or an action written between them (`…for the story. **`, `…mostly useless. *plonk*`).
 */
// Each kind of mark is its own end-anchored pattern, tried only when the tail has the character it needs
// (most paragraphs have none): one pattern of all three alternatives cost 0.5 s per 20 MB, trying each at every position.
const CITATION_MARKS = /(?:\[[^[\]\n]{1,30}\])+\s*$/u;
const GLUED_BUTTON = /(?<=[.!?…"”)])\s*(?:Report|Reply|Share|(?:Learn|Read|See|Show) more|Subscribe|Watch|Explore|Upgrade)$/u;
const GLUED_NAVIGATION = /(?<=[.!?…"”)])\s*[^|.!?\n]{1,30}(?:\|[^|.!?\n]{1,30}){2,}$/u;
/** A footnote's asterisks or an action in asterisks after the last sentence: `…for the story. **`, `…mostly useless. *plonk*`. */
const ASTERISK_MARKS = /\s(?:\*{1,3}|\*[\p{L}\p{M}'’ -]{1,20}\*)\s*$/u;
const EMOTICON_END = /(?:^|\s)[:;=]-?[()DPp]$/u;
/** The last word of a text, and what stands after it: `of`, `them.`, `it,`. */
const LAST_WORD = /(\S+)\s*$/u;
/** A control character in caret notation, as transmission systems spelt them out: `^M`, `^Z`. */
const CARET_CONTROL = /\^[@A-Z[\\\]^_]$/;

/**
 * The index just after the last character of `text[0, end)` that is neither white space nor a closing
 * quote or bracket, nor a caret-notation control right after a terminal mark (`year.^M`): where a
 * terminal mark would have to be. Looks back at most `limit` characters.
 */
export function endBeforeClosers(text: string, end = text.length, limit = 64): number {
  const stop = Math.max(0, end - limit);
  let i = end;
  for (;;) {
    while (i > stop && (unitKind(text.charCodeAt(i - 1)) & (SPACE_UNIT | CLOSER_UNIT)) !== 0) i--;
    if (i - 2 < stop || !CARET_CONTROL.test(text.slice(i - 2, i)) || !isTerminalMark(text.charAt(i - 3))) return i;
    i -= 2;
  }
}

/** Whether `word` (lower case) is one a sentence cannot end on: `of`, `the`, `to`, `they`… */
export function cannotEndSentence(word: string): boolean {
  return CANNOT_END_SENTENCE.has(word);
}

/**
 * The plainest cut, the narrow test that paragraph kinds and truncated-fragment share: `text` (a tail)
 * stops on a comma, a dash, a conjunction, an article, `of`, `to`, `with` or a relative pronoun.
 * endsMidSentence below takes every word of CANNOT_END_SENTENCE; the two were calibrated apart.
 */
const PLAIN_CUT = /(?:[,\-‐‑–—]|\b(?:and|or|but|nor|of|the|a|an|to|with|that|which|who)\b)$/u;

export function endsInPlainCut(tail: string): boolean {
  return PLAIN_CUT.test(tail);
}

/** Whether `text` stops where no sentence can end: on a comma, a dash, or a word like `of`, `the`, `to`. */
export function endsMidSentence(text: string): boolean {
  const last = LAST_WORD.exec(text.slice(-64))?.[1];
  if (last === undefined) return false;
  return /[,\-‐‑–—]$/u.test(last) || CANNOT_END_SENTENCE.has(last.toLowerCase());
}

export function isTerminalMark(char: string): boolean {
  return char.length === 1 ? (unitKind(char.charCodeAt(0)) & TERMINAL_UNIT) !== 0 : TERMINAL.test(char);
}

/** The text without the marks after its last sentence (`…in 1854.[48]` → `…in 1854.`), or the text itself. */
export function withoutTrailingCitations(text: string): string {
  const end = endOfLastSentence(text);
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Where `text[0, end)` ends once the marks after its last sentence are set aside (MARKS_READ characters
 * are read at most, so a huge paragraph cannot make the patterns slow): before `[48]` in `…in 1854.[48]`;
 * `end` when there are none, or when no sentence ends before them (`[Read: Why Tunisia…]` is a whole line
 * in brackets).
 */
export function endOfLastSentence(text: string, end = text.length): number {
  const tailStart = Math.max(0, end - MARKS_READ);
  const marksAt = trailingMarksStart(text.slice(tailStart, end));
  if (marksAt < 0) return end;
  const stripped = tailStart + marksAt;
  const stop = endBeforeClosers(text, stripped);
  const ended = (stop > 0 && isTerminalMark(text.charAt(stop - 1))) || endsInEmoticon(text.slice(Math.max(0, stripped - 64), stripped));
  return ended ? stripped : end;
}

/** Where the marks glued after the last sentence begin in `tail` (the leftmost of any kind), or -1. */
function trailingMarksStart(tail: string): number {
  let start = -1;
  const consider = (pattern: RegExp) => {
    const match = pattern.exec(tail);
    if (match && (start < 0 || match.index < start)) start = match.index;
  };
  if (tail.trimEnd().endsWith(']')) consider(CITATION_MARKS);
  const last = tail.charCodeAt(tail.length - 1);
  if (last >= 0x61 && last <= 0x7a) consider(GLUED_BUTTON);
  if (tail.includes('|')) consider(GLUED_NAVIGATION);
  if (tail.trimEnd().endsWith('*')) consider(ASTERISK_MARKS);
  return start;
}

/** An emoticon ends a comment as an emoji or a full stop does: `…allow others to do so though :)`. */
export function endsInEmoticon(text: string): boolean {
  return EMOTICON_END.test(text.slice(-64));
}

/** Whether `text[0, end)` ends a sentence, closing quotes and brackets and the marks after it aside (`…in 1854.[48]`). */
export function endsSentence(text: string, end = text.length): boolean {
  const i = endBeforeClosers(text, endOfLastSentence(text, end));
  return i > 0 && isTerminalMark(text.charAt(i - 1));
}

/**
 * Whether the gap `text[from, to)` between two words ends a sentence: a terminal mark there, after
 * which (past closing quotes, brackets and further marks) comes white space or the gap's end when
 * `to` is a paragraph's end. The full stop of a figure ("0.2") or an inner one ("U.S"), with no space
 * after it, ends nothing; an abbreviation's ("Mr. Smith") does: this is a splitter, not a parser.
 */
export function gapEndsSentence(text: string, from: number, to: number, atParagraphEnd = false): boolean {
  return sentenceEndInGap(text, from, to, atParagraphEnd) >= 0;
}

/**
 * Where the sentence ends in the gap `text[from, to)`: just after its terminal mark and the closers
 * after it; -1 when the gap ends no sentence (see `gapEndsSentence`).
 */
export function sentenceEndInGap(text: string, from: number, to: number, atParagraphEnd = false): number {
  // Most gaps are one space.
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return -1;
  for (let i = from; i < to; i++) {
    if ((unitKind(text.charCodeAt(i)) & TERMINAL_UNIT) === 0) continue;
    let j = i + 1;
    while (j < to && (unitKind(text.charCodeAt(j)) & (TERMINAL_UNIT | CLOSER_UNIT)) !== 0) j++;
    if (j === to ? atParagraphEnd : (unitKind(text.charCodeAt(j)) & SPACE_UNIT) !== 0) return j;
    i = j - 1;
  }
  return -1;
}

/** Whether the gap `text[from, to)` holds a terminal mark, a colon or a semicolon: a new sentence or clause follows. */
export function gapEndsClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if ((unitKind(text.charCodeAt(i)) & (TERMINAL_UNIT | CLAUSE_END_UNIT)) !== 0) return true;
  }
  return false;
}
