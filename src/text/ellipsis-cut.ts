// Whether a paragraph that ends in an ellipsis was cut there, as teasers and paywalls cut an article
// ("…was found trapped in vi...", "Sony WH-1000XM3 with Active Noise Cancellat...", "…feminist and…"),
// rather than trailing off as a writer meant ("…and actually works…", "And as for the money…").
// Two signs, both on the word before the ellipsis: a word that cannot end a sentence (an article, a
// preposition, a conjunction, a pronoun: the cut fell mid-sentence), or a word glued to the ellipsis
// that no dictionary knows (the cut fell mid-word). Dialogue that trails off inside quotation marks
// (`"I don't know..."`) is never a cut.
import { isDictionaryWord } from '../spelling/dictionary.js';
import { isWhiteSpace } from './line-kinds.js';

/** `...`, `…`, `. . .` at the very end, and the word right before it (glued or after a space). */
const ELLIPSIS_ENDING = /(?:^|[\s"“‘(])([\p{L}\p{M}'’-]*\p{L})(\s?)(?:\.\s?\.\s?\.|…)$/u;
/** Words a sentence does not end on: what follows them was cut away. */
const CANNOT_END_SENTENCE = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'into',
  'onto',
  'about',
  'that',
  'which',
  'who',
  'whose',
  'whom',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'as',
  'than',
  'all',
  'this',
  'these',
  'those',
  'some',
  'any',
  'no',
  'not',
  'if',
  'when',
  'where',
  'while',
  'because',
  'after',
  'before',
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'will',
  'would',
  'can',
  'could',
]);
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
  if (CANNOT_END_SENTENCE.has(lower)) return true;
  return space === '' && lower.length >= MIN_FRAGMENT && /^[a-z]+$/.test(lower) && !isDictionaryWord(lower);
}
