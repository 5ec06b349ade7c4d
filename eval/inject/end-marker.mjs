// end-marker: the agency's end-of-article sign left in the text, VNA's "./." (seed dumps: "…statistics
// showed./."). The sign takes the place of the final period, so "showed." becomes "showed./.". In the
// scraped page it is often followed by teasers of related articles, which are not part of the article.
// The fix restores the final period; with teasers, it may also drop them.
import { paragraphTexts, span } from './edit.mjs';

const TEASER_COUNT = 2;
/** A paragraph that ends as a finished sentence: a carrier for the sign, or a whole teaser. */
const FINISHED = /[.?!][”’)]?$/;

const variants = {
  'last-paragraph': () => [],
  'before-teasers': (article, random, context) => {
    const others = context.articles.filter((other) => other.id !== article.id && FINISHED.test(other.paragraphs[0].text));
    return Array.from({ length: TEASER_COUNT }, () => random.pick(others).paragraphs[0].text);
  },
};

export default {
  rule: 'end-marker',
  variants: Object.keys(variants),
  inject(article, variant, random, context) {
    const paragraphs = paragraphTexts(article);
    const last = paragraphs.length - 1;
    // "said.”" ends with a period inside the quote; the sign then follows the quote. An article whose
    // last paragraph ends unfinished ("…what the birds would ask:") is no carrier for it.
    if (!FINISHED.test(paragraphs[last])) return null;
    const ending = paragraphs[last].endsWith('.') ? '/.' : './.';
    const teasers = variants[variant](article, random, context);
    const marked = paragraphs[last] + ending;
    const edited = [...paragraphs.slice(0, last), marked, ...teasers];
    const markerStart = marked.length - 3;
    const regionEnd = teasers.length ? span(edited.length - 1, 0, edited.at(-1).length) : span(last, 0, marked.length);
    return {
      paragraphs: edited,
      region: { from: { p: last, offset: markerStart }, to: regionEnd.to },
      expected: [span(last, markerStart, marked.length)],
      accept: teasers.length ? [paragraphs, [...paragraphs, ...teasers]] : [paragraphs],
      fixExpected: true,
    };
  },
};
