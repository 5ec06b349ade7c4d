// truncated-fragment: a paragraph cut off mid-sentence, as when a scraper stops at a length limit or
// a paywall: VNA's "…steadily declined”, he noted" lost its end. The cut falls after a word inside the
// paragraph's last sentence, keeps at least 12 words and drops at least two. Nothing can restore the
// lost words, so any fix is wrong.
import { countWords } from '../carriers/brown.mjs';
import { paragraphSpan, paragraphTexts } from './edit.mjs';

const MIN_FRAGMENT_WORDS = 12;
const MIN_DROPPED_WORDS = 2;
/** The paragraph must have ended as a finished sentence before the cut. */
const FINISHED = /[.?!][”’)]?$/;

const variants = {
  'middle-paragraph': (count) => range(1, count - 1),
  'last-paragraph': (count) => (count >= 2 ? [count - 1] : []),
};

export default {
  rule: 'truncated-fragment',
  variants: Object.keys(variants),
  inject(article, variant, random) {
    const choices = variants[variant](article.paragraphs.length).flatMap((p) =>
      cutPoints(article.paragraphs[p]).map((cut) => ({ p, cut })),
    );
    if (!choices.length) return null;
    const { p, cut } = random.pick(choices);
    const paragraphs = paragraphTexts(article);
    const edited = [...paragraphs];
    edited[p] = paragraphs[p].slice(0, cut);
    const note = `…${paragraphs[p].slice(Math.max(0, cut - 40), cut)} ✂ ${paragraphs[p].slice(cut, cut + 30)}…`;
    return {
      paragraphs: edited,
      region: paragraphSpan(edited, p),
      expected: [paragraphSpan(edited, p)],
      accept: [],
      fixExpected: false,
      note,
    };
  },
};

/** Offsets just after a word, in the paragraph's last sentence, that leave a long enough fragment. */
function cutPoints(paragraph) {
  const { text, words } = paragraph;
  if (!FINISHED.test(text) || words.length < MIN_FRAGMENT_WORDS + MIN_DROPPED_WORDS) return [];
  const lastSentenceStart = text.slice(0, -1).search(/[.?!][”’)]? [^.?!]*$/);
  const points = [];
  for (let i = MIN_FRAGMENT_WORDS - 1; i < words.length - MIN_DROPPED_WORDS; i++) {
    const word = words[i];
    const midSentence = word.start > lastSentenceStart && /^[ ,]/.test(text.slice(word.end)) && !/^,? *—/.test(text.slice(word.end));
    if (midSentence && countWords(text.slice(0, word.end)) >= MIN_FRAGMENT_WORDS) points.push(word.end);
  }
  return points;
}

function range(from, to) {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
