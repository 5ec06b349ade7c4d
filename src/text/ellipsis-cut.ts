// Whether a paragraph that ends in an ellipsis was cut there, as teasers and paywalls cut an article
// ("…was found trapped in vi...", "Sony WH-1000XM3 with Active Noise Cancellat...", "…feminist and…"),
// rather than trailing off as a writer meant ("…and actually works…", "And as for the money…").
// Two signs, both on the word before the ellipsis: a word that cannot end a sentence (an article, a
// preposition, a conjunction, a pronoun: the cut fell mid-sentence), or a word glued to the ellipsis
// that no dictionary knows (the cut fell mid-word). Dialogue that trails off inside quotation marks
// (`"I don't know..."`) is never a cut. A link arrow after a teaser (`…been gett »`) is read the same way.
import { isDictionaryWord } from '../spelling/dictionary.js';
import { isWhiteSpace } from './line-kinds.js';
import { cannotEndSentence } from './sentence-end.js';

/** `...`, `…`, `. . .` at the very end, and the word right before it (glued or after a space). */
const ELLIPSIS_ENDING = /(?:^|[\s"“‘(])([\p{L}\p{M}'’-]*\p{L})(\s?)(?:\.\s?\.\s?\.|…)$/u;
/** `…`, `...` or `. . .` right before `stopAt`: the test that lets most paragraphs (ending in one full stop) go at once. */
function endsInEllipsis(text: string, stopAt: number): boolean {
  const last = text.charAt(stopAt - 1);
  if (last === '…') return true;
  if (last !== '.') return false;
  const before = text.charAt(stopAt - 2);
  return before === '.' || (isWhiteSpace(text.charCodeAt(stopAt - 2)) && text.charAt(stopAt - 3) === '.');
}

/** A mid-word cut leaves at least this many letters; shorter fragments are initials or interjections. */
const MIN_FRAGMENT = 2;

/** `text` ends in an ellipsis at `stopAt` (nothing but white space after it) that cut the text short. */
export function isEllipsisCut(text: string, stopAt: number): boolean {
  if (!endsInEllipsis(text, stopAt) || text.slice(stopAt).trim() !== '') return false;
  const match = ELLIPSIS_ENDING.exec(text.slice(Math.max(0, stopAt - 80), stopAt));
  if (!match) return false;
  const [, word, space] = match;
  const lower = word.toLowerCase();
  if (cannotEndSentence(lower)) return true;
  return space === '' && lower.length >= MIN_FRAGMENT && /^[a-z]+$/.test(lower) && !isDictionaryWord(lower);
}

/** A link arrow closing a teaser (`…I've been gett »`), and the word before it. */
const ARROW_ENDING = /(?:^|[\s"“‘(])([\p{L}\p{M}'’-]*\p{L})\s[»›→]\s*$/u;

/**
 * A teaser cut before its link arrow, as a "recent comments" box prints them: `Tazz: Just started using
 * it, for too long I've been gett »`. The same two signs as at an ellipsis, the arrow standing apart: a
 * word no sentence ends on, or a fragment no dictionary knows. `…I wonder »` is whole.
 */
export function isLinkArrowCut(text: string): boolean {
  const tail = text.slice(-80);
  // Most paragraphs hold no arrow: they skip the Unicode pattern, whose compiling a one-file run would pay.
  if (!tail.includes('»') && !tail.includes('›') && !tail.includes('→')) return false;
  const match = ARROW_ENDING.exec(tail);
  if (!match) return false;
  const word = match[1];
  if (cannotEndSentence(word.toLowerCase())) return true;
  // Lower case only: a capitalised word before the arrow is a name (`Try Yahoo News on Firefox »`).
  return word.length >= MIN_FRAGMENT && /^[a-z]+$/.test(word) && !isDictionaryWord(word);
}
