// Words as strings, for the callers that want a few of them as tokens (src/text/word-spans.ts is the
// tokenizer and says what a word is; a rule that walks every word asks the document's word index,
// src/text/document-words.ts). Invisible characters inside a word stay part of it, and the word reads
// as it will once stray-unicode removes them: format characters (a soft hyphen in "com\u00ADment", a
// zero-width space), C0 control characters ("de\u0001puties") and private-use characters
// ("bo\uE000bbles"). Splitting there made "ment" look like a misspelling of "meant" and "puties" one
// of "pities". `readWord` gives the word as it reads; `hasInvisibleCharacter` lets a rule leave such a
// word to stray-unicode while that is on.
import { INVISIBLE_IN_WORD } from './char-classes.js';
import { WordSpans } from './word-spans.js';

export { INVISIBLE_IN_WORD } from './char-classes.js';

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

const INVISIBLE_CHARACTER = new RegExp(`[${INVISIBLE_IN_WORD}]`, 'u');
const INVISIBLE_CHARACTERS = new RegExp(`[${INVISIBLE_IN_WORD}]+`, 'gu');

export function hasInvisibleCharacter(word: string): boolean {
  return INVISIBLE_CHARACTER.test(word);
}

/** The word as it reads once its invisible characters are gone: "de\u0001puties" → "deputies". */
export function readWord(word: string): string {
  return hasInvisibleCharacter(word) ? word.replace(INVISIBLE_CHARACTERS, '') : word;
}

/** Calls `visit` for each word in text[start, end), with offsets into `text`. */
export function forEachWord(text: string, start: number, end: number, visit: (word: WordToken) => void): void {
  const words = new WordSpans().reset(text, start, end);
  while (words.next()) visit({ text: text.slice(words.start, words.end), start: words.start, end: words.end });
}

export function wordsOf(text: string, start = 0, end = text.length): WordToken[] {
  const words: WordToken[] = [];
  forEachWord(text, start, end, (w) => words.push(w));
  return words;
}

/**
 * The offset in `text` after the first `length` code units of the reading of the word at `start`
 * (its invisible characters skipped): where a prefix of the reading ends in the text.
 */
export function offsetInText(text: string, start: number, length: number): number {
  let i = start;
  for (let read = 0; read < length && i < text.length;) {
    // By code point: a private-use character of planes 15–16 is two code units, both invisible.
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (!INVISIBLE_CHARACTER.test(char)) read += char.length;
    i += char.length;
  }
  return i;
}
