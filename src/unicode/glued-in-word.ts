// A stray character glued inside a word ("bo\uE000bbles": a private-use glyph, a font's icon, in the
// middle of "bobbles") has one right answer when exactly one way of reading it gives known words:
// deleting it, or one of its alternatives (a styled letter's plain form: "ba𝓀er" is "baker", not
// "baer"). Two readings that both give words ("lin𝓀ed": "lined" or "linked") stay for a person.
// Only characters that were added to the text count: a U+FFFD or a DEL took the place of something
// that was lost ("wor\uFFFDd" may have been "world"), so deleting one is never certainly right.
import type { StrayCharacter, StrayKind } from './stray-characters.js';
import { wordEnd, wordStart } from './text-context.js';

const ADDED_KINDS: ReadonlySet<StrayKind> = new Set(['private-use', 'unassigned', 'noncharacter', 'styled-letter']);

/**
 * The one reading of the stray characters at [start, end) that leaves known words, or undefined.
 * `readings` are the candidate replacements besides deleting them; `isKnownWord` takes lower case.
 */
export function onlyReadingInWord(
  text: string,
  start: number,
  end: number,
  characters: readonly StrayCharacter[],
  readings: readonly string[],
  isKnownWord: (lower: string) => boolean,
): string | undefined {
  if (!characters.every((c) => ADDED_KINDS.has(c.kind))) return undefined;
  const before = text.slice(wordStart(text, start), start);
  const after = text.slice(end, wordEnd(text, end));
  if (before === '' || after === '') return undefined;
  const known = [...new Set(['', ...readings])].filter((reading) =>
    `${before}${reading}${after}`.split(' ').every((part) => part !== '' && isKnownWord(part.toLowerCase())),
  );
  return known.length === 1 ? known[0] : undefined;
}
