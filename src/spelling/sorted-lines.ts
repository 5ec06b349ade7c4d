// A sorted data file searched in place: the misspellings list (src/spelling/misspellings.ts), which
// is asked a few words a document. Building a Map of its 95,000 entries would cost tens of ms at
// start-up; reading the file takes 1–2 ms, and a binary search over its text (the Unix `look`
// approach) needs no index at all. (The dictionary, asked every word, has a hash table instead:
// src/spelling/word-table.ts.)
//
// Each line is `key<separator>value`; lines are sorted by key in UTF-16 code units, and the separator
// sorts below every character a key holds, so line order is key order.

export class SortedLines {
  constructor(
    private readonly text: string,
    private readonly separator: string,
  ) {}

  /** The value after `key`'s separator, or undefined when no line has that key. */
  find(key: string): string | undefined {
    const line = this.lowerBound(key);
    if (line >= this.text.length || this.compareKey(key, line) !== 0) return undefined;
    const valueStart = line + key.length + 1;
    return this.text.slice(valueStart, this.lineEnd(valueStart));
  }

  /** Calls `visit(key, value)` for each line, in order, whose key starts with `prefix` and is minLength–maxLength long. */
  forEachWithPrefixAndLength(prefix: string, minLength: number, maxLength: number, visit: (key: string, value: string) => void): void {
    const { text, separator } = this;
    for (let line = this.lowerBound(prefix); line < text.length;) {
      if (!text.startsWith(prefix, line)) return;
      const end = this.lineEnd(line);
      const sep = text.indexOf(separator, line);
      const length = sep - line;
      if (length >= minLength && length <= maxLength) visit(text.slice(line, sep), text.slice(sep + 1, end));
      line = end + 1;
    }
  }

  /** Offset of the first line whose key is not below `key` (text.length when none). */
  private lowerBound(key: string): number {
    const { text } = this;
    let lo = 0; // always a line start
    let hi = text.length; // always a line start (or the end)
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const line = text.lastIndexOf('\n', mid - 1) + 1; // the line holding mid: lo <= line < hi
      if (this.compareKey(key, line) > 0) lo = this.lineEnd(line) + 1;
      else hi = line;
    }
    return lo;
  }

  /** Sign of key − (the key of the line at `line`), comparing code units without slicing. */
  private compareKey(key: string, line: number): number {
    const { text } = this;
    const sep = this.separator.charCodeAt(0);
    for (let i = 0; ; i++) {
      const lineChar = line + i < text.length ? text.charCodeAt(line + i) : sep;
      const lineEnded = lineChar === sep || lineChar === 10;
      if (i === key.length) return lineEnded ? 0 : -1;
      if (lineEnded) return 1;
      const diff = key.charCodeAt(i) - lineChar;
      if (diff !== 0) return diff;
    }
  }

  private lineEnd(from: number): number {
    const end = this.text.indexOf('\n', from);
    return end === -1 ? this.text.length : end;
  }
}
