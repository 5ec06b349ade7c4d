// doubled-word: a word typed twice, as in VNA's "honouring the the Vietnamese revolutionary press".
// Function words (articles, prepositions, conjunctions, "to") are the common slip and have one right
// fix; a doubled content word is reported, and a fix is welcome but not required.
import { restorableEdit, wordsWhere } from './edit.mjs';

/**
 * Function words whose doubling is always a slip, when Brown tags them as article, preposition,
 * conjunction or infinitival "to" (an adverb "in" may double: "come in in the morning"). Not "no"
 * ("no, no") nor "that" or "had", which double legitimately.
 */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'but', 'with', 'by', 'at', 'from', 'into']);
const FUNCTION_TAGS = new Set(['at', 'in', 'cc', 'to']);
/** Brown tags of nouns, verbs and adjectives. */
const CONTENT_TAG = /^(nn|nns|vb|vbd|vbn|vbg|vbz|jj)$/;

const variants = {
  'function-word': { fixExpected: true, filter: (word) => FUNCTION_TAGS.has(word.tag) && FUNCTION_WORDS.has(word.text) },
  'content-word': { fixExpected: false, filter: (word) => CONTENT_TAG.test(word.tag) && /^[a-z]{4,}$/.test(word.text) },
};

export default {
  rule: 'doubled-word',
  variants: Object.keys(variants),
  inject(article, variant, random) {
    const { filter, fixExpected } = variants[variant];
    // Not next to the same word already ("had had" is English).
    const candidates = wordsWhere(
      article,
      (word, previous, next) => filter(word) && previous?.text.toLowerCase() !== word.text && next?.text.toLowerCase() !== word.text,
    );
    if (!candidates.length) return null;
    const { p, word } = random.pick(candidates);
    const edit = restorableEdit(article, p, word.end, word.end, ` ${word.text}`, fixExpected);
    // The finding may mark the second word or the pair.
    const pair = { from: { p, offset: word.start }, to: edit.region.to };
    return { ...edit, region: pair, expected: [pair] };
  },
};
