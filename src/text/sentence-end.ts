// Where a sentence ends: the terminal punctuation of the scripts news dumps carry, and the closing
// quotes and brackets that may follow it (`declined.”`, `(9%).`). Shared by truncated-fragment (does
// a paragraph end a sentence?) and end-marker (does the text before `./.` already end one?).

/** Full stop, question and exclamation marks, ellipsis, and their CJK, Arabic, Devanagari, Ethiopic forms. */
const TERMINAL = /[.!?…‼⁇⁈⁉。！？｡؟۔।॥።፧]/u;

/** Closing quotes and brackets that may stand after the terminal mark. */
const CLOSER = /["'”’»›)\]}」』〉》】〕）］｝]/u;

const SPACE = /\s/u;
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

export function isTerminalMark(char: string): boolean {
  return TERMINAL.test(char);
}

/** Whether `text[0, end)` ends a sentence, closing quotes and brackets aside. */
export function endsSentence(text: string, end = text.length): boolean {
  const i = endBeforeClosers(text, end);
  return i > 0 && isTerminalMark(text.charAt(i - 1));
}
