// What stands around a character: the code points next to it, the word it is in, and facts about its
// line. Every look is bounded, so classifying the rare suspects stays linear on a 50 MB line.

export const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letters and digits only: the marks themselves (U+061C is "Arabic" too) must not make a line RTL. */
const RIGHT_TO_LEFT_SCRIPT =
  /(?=[\p{L}\p{N}])[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Samaritan}\p{sc=Mandaic}\p{sc=Adlam}\p{sc=Hanifi_Rohingya}\p{sc=Yezidi}]/u;
const CJK_TEXT = /(?=\p{L})[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}]|[\u3001-\u303f]/u;
/** Furthest a word is followed each way (a 50 MB "word" must not be read once per letter). */
const WORD_REACH = 64;

/** Per-line facts (right-to-left script, CJK), computed once per line and only when asked. */
export class LineContext {
  private start = 0;
  private end = -1;
  private rightToLeft: boolean | undefined;
  private cjk: boolean | undefined;

  constructor(private readonly text: string) {}

  isRightToLeft(offset: number): boolean {
    this.moveTo(offset);
    return (this.rightToLeft ??= RIGHT_TO_LEFT_SCRIPT.test(this.text.slice(this.start, this.end)));
  }

  isCjk(offset: number): boolean {
    this.moveTo(offset);
    return (this.cjk ??= CJK_TEXT.test(this.text.slice(this.start, this.end)));
  }

  private moveTo(offset: number): void {
    if (offset >= this.start && offset < this.end) return;
    this.start = offset === 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
    const newline = this.text.indexOf('\n', offset);
    this.end = newline === -1 ? this.text.length : newline;
    this.rightToLeft = undefined;
    this.cjk = undefined;
  }
}

/** The code point that ends at i, as a string ('' at the start of the text). */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/** The code point that starts at i, as a string ('' at the end of the text). */
export function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(i)!);
}

/** Where the word (letters and marks) that ends at i begins, looking back at most WORD_REACH units. */
export function wordStart(text: string, i: number): number {
  const limit = Math.max(0, i - WORD_REACH);
  for (let ch = charBefore(text, i); i > limit && ch !== '' && LETTER_OR_MARK.test(ch); ch = charBefore(text, i)) i -= ch.length;
  return i;
}

/** Where the word that starts at i ends, looking ahead at most WORD_REACH units. */
export function wordEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + WORD_REACH);
  for (let ch = charAt(text, i); i < limit && ch !== '' && LETTER_OR_MARK.test(ch); ch = charAt(text, i)) i += ch.length;
  return i;
}
