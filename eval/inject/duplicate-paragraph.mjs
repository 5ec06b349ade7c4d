// duplicate-paragraph: a body paragraph repeated further down the same article, as scrapers do when a
// page repeats a block (a pull quote, a "read more" box, a paginated page fetched twice). Exact
// copies, and near-exact ones whose punctuation or letter case differs, as after re-typing or
// re-encoding. Either copy may be reported; a fix may drop either one.
import { countWords } from '../carriers/brown.mjs';
import { paragraphSpan, paragraphTexts } from './edit.mjs';

/** Shorter paragraphs repeat legitimately ("Yes." / "He declined to comment."). */
const MIN_REPEATED_WORDS = 12;

const variants = {
  'exact-later': { gap: 2, alter: (text) => text },
  'exact-adjacent': { gap: 1, alter: (text) => text },
  'near-exact-later': { gap: 2, alter: alterPunctuationAndCase },
};

export default {
  rule: 'duplicate-paragraph',
  variants: Object.keys(variants),
  inject(article, variant, random) {
    const paragraphs = paragraphTexts(article);
    const { gap, alter } = variants[variant];
    // The lead is left alone: a repeated lead is duplicate-lead's case.
    const sources = paragraphs
      .map((text, p) => p)
      .filter((p) => p >= 1 && p + gap <= paragraphs.length && countWords(paragraphs[p]) >= MIN_REPEATED_WORDS);
    if (!sources.length) return null;
    const original = random.pick(sources);
    const at = random.int(original + gap, paragraphs.length);
    const copy = alter(paragraphs[original], random);
    const edited = [...paragraphs.slice(0, at), copy, ...paragraphs.slice(at)];
    const withoutFirst = edited.filter((_, p) => p !== original);
    return {
      paragraphs: edited,
      region: paragraphSpan(edited, at),
      expected: [paragraphSpan(edited, original), paragraphSpan(edited, at)],
      accept: [paragraphs, withoutFirst],
      fixExpected: false,
    };
  },
};

/** Drops a comma or swaps curly quotes for straight ones, and changes the case of one word. */
function alterPunctuationAndCase(text, random) {
  const altered = /[“”]/.test(text) ? text.replace(/[“”]/g, '"') : text.replace(/, /, ' ');
  const words = [...altered.matchAll(/\b[a-z]{4,}\b/g)];
  if (!words.length) return altered;
  const { index, 0: word } = random.pick(words);
  const recased = random.next() < 0.5 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);
  return altered.slice(0, index) + recased + altered.slice(index + word.length);
}
