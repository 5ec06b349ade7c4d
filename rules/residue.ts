// residue: a web page's furniture left inside an article's body by a scraper: the headlines of related
// stories ("Sighting of Sperm Whales in Arctic a Sign of Changing Ecosystem" between two paragraphs of
// a whale story), or a `Related: …` / `[Read: …]` link line. Outside the body (navigation, the lists
// around an article) such lines are where a page keeps them; inside it, they interrupt the text.
// A headline is told from a subheading by company: related stories come in runs of two or more
// title-case lines, or behind a `Related:`-style label; a subheading stands alone.
// Report only: whether to delete the line is for a person to decide.
import { defineRule } from '../src/define-rule.js';
import { isTitleCase } from '../src/text/line-kinds.js';
import { endsSentence } from '../src/text/sentence-end.js';
import type { Document } from '../src/types.js';

/** A headline has a few words at least; "Top Stories" is a label. */
const MIN_HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 20;
/** Related stories come in runs; a lone title-case line between paragraphs is a subheading. */
const MIN_RUN = 2;
/** `Related: …`, `Read more: …`, `See also: …`, `[Read: …]`. */
const RELATED_LINK = /^\[?(?:related|read(?: more)?|see also|also read|recommended)\s*:\s*\S/i;
/** An ellipsis at the end is a teaser's cut, not a sentence's end. */
const ELLIPSIS_END = /(?:\.{3}|…)$/u;

export default defineRule({
  id: 'residue',
  description: "Scraping residue inside an article's body: related-story headlines and link lines.",
  severity: 'warn',
  fixable: false,
  options: {},
  schema: { type: 'object', properties: {}, additionalProperties: false },
  messages: { residue: "A related-story headline or link left inside the article's body: scraping residue?" },
  check(doc, report) {
    const count = doc.paragraphs.length;
    let i = 0;
    while (i < count) {
      if (!isRelatedLink(doc, i) && !isHeadline(doc, i)) {
        i++;
        continue;
      }
      let end = i;
      while (end < count && (isRelatedLink(doc, end) || isHeadline(doc, end))) end++;
      const inBody = i > 0 && end < count && doc.paragraphKind(i - 1) === 'body' && doc.paragraphKind(end) === 'body';
      const labelled = range(i, end).some((index) => isRelatedLink(doc, index));
      if (inBody && (end - i >= MIN_RUN || labelled)) {
        for (const index of range(i, end)) {
          const { start, end: stop } = doc.paragraphs[index];
          report({ start, end: stop, messageId: 'residue' });
        }
      }
      i = end;
    }
  },
});

function isHeadline(doc: Document, index: number): boolean {
  const { text } = doc.paragraphs[index];
  const words = wordsIn(doc, index);
  if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) return false;
  return (!endsSentence(text) || ELLIPSIS_END.test(text)) && isTitleCase(text.replace(ELLIPSIS_END, ''));
}

function isRelatedLink(doc: Document, index: number): boolean {
  return RELATED_LINK.test(doc.paragraphs[index].text) && wordsIn(doc, index) <= MAX_HEADLINE_WORDS + 2;
}

function wordsIn(doc: Document, index: number): number {
  const { start, end } = doc.paragraphs[index];
  return doc.words.countIn(start, end);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
