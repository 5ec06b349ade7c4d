// The word tokenizer the rules share (src/text/word-spans.ts walks the same words as offsets, without
// allocating, for the rules whose speed depends on it). A word is letters (with their combining marks) and digits,
// joined by inner apostrophes (don't, Vietnam’s); hyphens and other punctuation separate words, so a
// rule that cares about compounds (Boutros-Ghali) looks at the character after a word itself.
// Invisible format characters inside a word (a soft hyphen in "com\u00ADment", a zero-width space)
// stay part of it: splitting there made "ment" look like a misspelling of "meant". Such a word is
// stray-unicode's to report; `hasFormatCharacter` lets other rules leave it alone until it is clean.

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

export const WORD_PATTERN = /[\p{L}\p{M}\p{Nd}]+(?:(?:['’]|\p{Cf}+)[\p{L}\p{M}\p{Nd}]+)*/gu;

const FORMAT_CHARACTER = /\p{Cf}/u;

export function hasFormatCharacter(word: string): boolean {
  return FORMAT_CHARACTER.test(word);
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
