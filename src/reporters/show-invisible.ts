// Makes a line printable in a terminal: invisible and control characters become `<U+200B>`, and every
// character gets its display width (CJK and fullwidth take two cells), so carets line up under it.
import { createRequire } from 'node:module';

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE.source, 'gu');
const ZERO_WIDTH = /\p{M}/u;

export interface Cell {
  /** What to print for the character. */
  shown: string;
  /** Terminal cells it takes. */
  width: number;
}

type EastAsianWidth = (codePoint: number) => string;
let eastAsianWidth: EastAsianWidth | null = null;

/** unicode-properties is loaded only when a line has non-ASCII characters to measure. */
function widthOf(codePoint: number, ch: string): number {
  if (codePoint < 0x300) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  eastAsianWidth ??= (createRequire(import.meta.url)('unicode-properties') as { getEastAsianWidth: EastAsianWidth }).getEastAsianWidth;
  const w = eastAsianWidth(codePoint);
  return w === 'W' || w === 'F' ? 2 : 1;
}

/** Splits text[from, to) into printable cells, one per code point. */
export function toCells(text: string): Cell[] {
  const cells: Cell[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\t') cells.push({ shown: ' ', width: 1 });
    else if (INVISIBLE.test(ch)) {
      const shown = codePointName(ch);
      cells.push({ shown, width: shown.length });
    } else cells.push({ shown: ch, width: widthOf(cp, ch) });
  }
  return cells;
}

/**
 * A file name or message made safe to print to a terminal: every character that `toCells` would show as
 * `<U+…>` (escape sequences, line breaks, bidi overrides such as U+202E, zero-width characters) is
 * written that way, so a file named `na\x1b[2Jme.txt` cannot clear the screen or fake a line of the
 * report. `keep` lists characters to leave alone: "\n" for multi-line messages of our own, "\r\n" where
 * the format escapes line breaks itself (GitHub's workflow commands).
 */
export function showInvisible(text: string, keep = ''): string {
  return text.replace(INVISIBLE_GLOBAL, (ch) => (keep.includes(ch) ? ch : codePointName(ch)));
}

function codePointName(ch: string): string {
  return `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}
