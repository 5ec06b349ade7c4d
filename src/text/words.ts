// The one word tokenizer the rules share. A word is letters (with their combining marks) and digits,
// joined by inner apostrophes (don't, Vietnam’s); hyphens and other punctuation separate words, so a
// rule that cares about compounds (Boutros-Ghali) looks at the character after a word itself.

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

export const WORD_PATTERN = /[\p{L}\p{M}\p{Nd}]+(?:['’][\p{L}\p{M}]+)*/gu;

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
