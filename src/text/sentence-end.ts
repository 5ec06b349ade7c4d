// Where a sentence ends: the terminal punctuation of the scripts news dumps carry, and the closing
// quotes and brackets that may follow it (`declined.”`, `(9%).`). The one set of sentence ends: the
// document's sentences (src/text/sentences.ts), truncated-fragment (does a paragraph end a
// sentence?), end-marker (does the text before `./.` already end one?), duplicate detection (does a
// copy end like a sentence?) and doubled-word (does a new clause start between two words?) all ask here.

/** Full stop, question and exclamation marks, ellipsis, and their CJK, Arabic, Devanagari, Ethiopic forms. */
const TERMINAL = /[.!?…‼⁇⁈⁉。！？｡؟۔।॥።፧]/u;

/** Closing quotes and brackets that may stand after the terminal mark. */
const CLOSER = /["'”’»›)\]}」』〉》】〕）］｝]/u;

const SPACE = /\s/u;
/** A colon or semicolon: no sentence end, but a clause's, after which a repeated word is no slip ("it is: is"). */
const CLAUSE_END = /[:;：；]/u;
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
    while (i > stop && (SPACE.test(text.charAt(i - 1)) || CLOSER.test(text.charAt(i - 1)))) i--;
    if (i - 2 < stop || !CARET_CONTROL.test(text.slice(i - 2, i)) || !isTerminalMark(text.charAt(i - 3))) return i;
    i -= 2;
  }
}

/** Whether `word` (lower case) is one a sentence cannot end on: `of`, `the`, `to`, `they`… */
export function cannotEndSentence(word: string): boolean {
  return CANNOT_END_SENTENCE.has(word);
}

/** Whether `text` stops where no sentence can end: on a comma, a dash, or a word like `of`, `the`, `to`. */
export function endsMidSentence(text: string): boolean {
  const last = LAST_WORD.exec(text.slice(-64))?.[1];
  if (last === undefined) return false;
  return /[,\-‐‑–—]$/u.test(last) || CANNOT_END_SENTENCE.has(last.toLowerCase());
}

export function isTerminalMark(char: string): boolean {
  return TERMINAL.test(char);
}

/** Whether `text[0, end)` ends a sentence, closing quotes and brackets aside. */
export function endsSentence(text: string, end = text.length): boolean {
  const i = endBeforeClosers(text, end);
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
    if (!TERMINAL.test(text.charAt(i))) continue;
    let j = i + 1;
    while (j < to && (TERMINAL.test(text.charAt(j)) || CLOSER.test(text.charAt(j)))) j++;
    if (j === to ? atParagraphEnd : SPACE.test(text.charAt(j))) return j;
    i = j - 1;
  }
  return -1;
}

/** Whether the gap `text[from, to)` holds a terminal mark, a colon or a semicolon: a new sentence or clause follows. */
export function gapEndsClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text.charAt(i);
    if (TERMINAL.test(char) || CLAUSE_END.test(char)) return true;
  }
  return false;
}
