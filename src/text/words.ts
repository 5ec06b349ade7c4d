// The word tokenizer the rules share (src/text/word-spans.ts walks the same words as offsets, without
// allocating, for the rules whose speed depends on it). A word is letters (with their combining marks) and digits,
// joined by inner apostrophes (don't, Vietnam’s); hyphens and other punctuation separate words, so a
// rule that cares about compounds (Boutros-Ghali) looks at the character after a word itself.
// Invisible characters inside a word stay part of it, and the word reads as it will once stray-unicode
// removes them: format characters (a soft hyphen in "com\u00ADment", a zero-width space), C0 control
// characters ("de\u0001puties") and private-use characters ("bo\uE000bbles"). Splitting there made
// "ment" look like a misspelling of "meant" and "puties" one of "pities". `readWord` gives the word as
// it reads; `hasInvisibleCharacter` lets a rule leave such a word to stray-unicode while that is on.
// (Tab, line breaks and DEL are not read across: DEL usually stands for a lost space or letter.)

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** The characters a word is read across (a character class's body, for the patterns that need it). */
export const INVISIBLE_IN_WORD = '\\p{Cf}\\p{Co}\\x00-\\x08\\x0e-\\x1f';

export const WORD_PATTERN = new RegExp(`[\\p{L}\\p{M}\\p{Nd}]+(?:(?:['’]|[${INVISIBLE_IN_WORD}]+)[\\p{L}\\p{M}\\p{Nd}]+)*`, 'gu');

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
  const re = new RegExp(WORD_PATTERN.source, 'gu');
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const wordEnd = m.index + m[0].length;
    if (wordEnd > end) {
      if (m.index < end) visit({ text: text.slice(m.index, end), start: m.index, end });
      break;
    }
    visit({ text: m[0], start: m.index, end: wordEnd });
  }
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
