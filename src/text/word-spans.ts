// The words of a text exactly as WORD_PATTERN (src/text/words.ts) matches them, as offsets instead
// of strings. A rule that looks at every word of a dump but reports few of them (doubled-word) spent
// most of its time building match arrays, token strings and objects it then threw away; this walk
// allocates nothing. Each code unit is classified once, through a table filled on first sight from
// the same Unicode properties the pattern uses: letters, marks and decimal digits make words; an
// apostrophe (' or ’) or a run of invisible characters (INVISIBLE_IN_WORD: format characters such as
// a soft hyphen or zero-width space, C0 controls, private use) joins two runs of them, as in
// "Vietnam’s", "com\u00ADment" or "de\u0001puties". Both halves of a surrogate pair take the
// class of the astral character they make (𝓀 is a letter), as under the pattern's `u` flag, so the
// walk steps one code unit at a time; a lone surrogate is no word character.

const OTHER = 0;
const WORD_CHAR = 1;
const APOSTROPHE = 2;
const FORMAT = 3;
const UNKNOWN = 255;

import { INVISIBLE_IN_WORD } from './words.js';

const WORD_CHAR_PATTERN = /^[\p{L}\p{M}\p{Nd}]$/u;
const FORMAT_PATTERN = new RegExp(`^[${INVISIBLE_IN_WORD}]$`, 'u');

/** Class of each BMP code unit, learnt on first sight. Surrogates stay UNKNOWN: their class depends on their pair. */
const unitClass = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClass = new Map<number, number>();

/** Walks the words of text[start, end); read `start` and `end` after each `next()` that returns true. */
export class WordSpans {
  start = 0;
  end = 0;
  private text = '';
  private pos = 0;
  private limit = 0;

  /** The range must not split a surrogate pair (a paragraph's range never does). */
  reset(text: string, start = 0, end = text.length): this {
    this.text = text;
    this.pos = start;
    this.limit = end;
    return this;
  }

  next(): boolean {
    const { text, limit } = this;
    let i = this.pos;
    let cls = OTHER;
    while (i < limit && (cls = classAt(text, i)) !== WORD_CHAR) i++;
    if (i >= limit) {
      this.pos = limit;
      return false;
    }
    this.start = i;
    for (;;) {
      do i++;
      while (i < limit && (cls = classAt(text, i)) === WORD_CHAR);
      // A space or punctuation ends the word; a joiner continues it only when a word character follows.
      if (i >= limit || cls === OTHER) break;
      let j = i + 1;
      if (cls === FORMAT) while (j < limit && classAt(text, j) === FORMAT) j++;
      if (j >= limit || classAt(text, j) !== WORD_CHAR) break;
      i = j;
    }
    this.end = i;
    this.pos = i;
    return true;
  }
}

function classAt(text: string, i: number): number {
  const cls = unitClass[text.charCodeAt(i)];
  return cls === UNKNOWN ? learnClassAt(text, i) : cls;
}

function learnClassAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) {
    // The astral character this unit is half of, if its other half is there.
    const pairStart = code <= 0xdbff ? i : i - 1;
    const codePoint = pairStart >= 0 ? text.codePointAt(pairStart)! : code;
    return codePoint > 0xffff ? astralClassOf(codePoint) : OTHER;
  }
  unitClass[code] = classify(String.fromCharCode(code));
  return unitClass[code];
}

function astralClassOf(codePoint: number): number {
  let cls = astralClass.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClass.set(codePoint, cls);
  }
  return cls;
}

function classify(char: string): number {
  if (WORD_CHAR_PATTERN.test(char)) return WORD_CHAR;
  if (char === "'" || char === '’') return APOSTROPHE;
  return FORMAT_PATTERN.test(char) ? FORMAT : OTHER;
}
