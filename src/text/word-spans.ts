// The one word tokenizer: the words of a text as offsets, without allocating. Every word walk of the
// rules and of duplicate detection goes through it or through the document's word index
// (src/text/document-words.ts, which inlines this walk; test/word-spans.test.ts holds both to the
// same words), so that all of them agree on what a word is:
//
// - a run of letters (any script), combining marks and decimal digits (src/text/char-classes.ts);
// - an apostrophe (' or ’) or a run of invisible characters (format characters such as a soft hyphen
//   or zero-width space, C0 controls, private use) joins two such runs when a word character follows
//   it: "Vietnam’s", "rock'n'roll", "com\u00ADment", "de\u0001puties";
// - anything else separates words: white space, punctuation, symbols and emoji (a ZWJ between two
//   emoji joins nothing, as no word character is on either side), hyphens and dashes. A hyphenated
//   compound is two words ("Boutros-Ghali"): a spelling is judged part by part, and a rule that cares
//   about the compound asks whether a hyphen joins a word to the next (DocumentWords.isHyphenatedToNext).
//
// A word's flags are the classes of its code units ORed together: whether it holds a letter, is all
// digits, or holds an apostrophe or invisible character. Each code unit is classified once.

import { classAt, INVISIBLE, SEPARATOR, WORD_CHARACTER } from './char-classes.js';

/** Walks the words of text[start, end); read `start`, `end` and `flags` after each `next()` that returns true. */
export class WordSpans {
  start = 0;
  end = 0;
  /** The char-classes bits of the word's code units, ORed. */
  flags = 0;
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
    let cls = SEPARATOR;
    while (i < limit && ((cls = classAt(text, i)) & WORD_CHARACTER) === 0) i++;
    if (i >= limit) {
      this.pos = limit;
      return false;
    }
    this.start = i;
    let flags = cls;
    for (;;) {
      i++;
      while (i < limit && ((cls = classAt(text, i)) & WORD_CHARACTER) !== 0) {
        flags |= cls;
        i++;
      }
      // A space or punctuation ends the word; a joiner continues it only when a word character follows.
      if (i >= limit || cls === SEPARATOR) break;
      let j = i + 1;
      if (cls === INVISIBLE) while (j < limit && classAt(text, j) === INVISIBLE) j++;
      if (j >= limit || (classAt(text, j) & WORD_CHARACTER) === 0) break;
      flags |= cls;
      i = j;
    }
    this.end = i;
    this.pos = i;
    this.flags = flags;
    return true;
  }
}
