// duplicate-paragraph: a paragraph repeated inside one article. Reuters-21578 has real cases — a Bank
// of England story with its last three paragraphs printed twice, price reports repeating a block of
// paragraphs — a wire desk's or a scraper's paste error. Copies with the same words after normalizing
// case, punctuation and white space are exact; the fix deletes the later one with its line break. A
// near copy (≥ 80% of the shorter one's word n-grams, as when a figure was corrected in one copy) is
// reported with the line of the first, without a fix: which copy is right needs a person. Legitimate
// repeats are left alone: lines of fewer than six words (bylines, "Reuter", "(Photo: VNA)"), table
// rows and headings (short lines that do not end like a sentence, rows that are mostly numbers). The
// lead and its dateline copy belong to duplicate-lead while it is on, which shares this analysis
// (src/duplicates/find-duplicates.ts), so no pair is reported twice; with duplicate-lead off they are
// reported here, as any other repeated paragraph. On web pages much recurs by design
// (src/text/paragraph-kinds.ts): menus, a recipe's or a list's recurring lines, related-story headlines,
// boilerplate; only repeats of prose (body paragraphs, quotations, captions) are reported, and of
// those not a short question asked again (an interview's), a short near copy (a template line), nor
// a teaser with no prose beside one of its copies (a sidebar's, printed in two lists).
import { defineRule } from '../src/define-rule.js';
import { analyzeDuplicates, type DuplicatePair } from '../src/duplicates/find-duplicates.js';
import { WORD_HASHES } from '../src/duplicates/word-hashes.js';
import { relatedParagraph } from '../src/duplicates/related-place.js';
import { wordCount } from '../src/text/line-kinds.js';
import type { Document } from '../src/types.js';

/** Kinds of paragraph whose repeats are mistakes: prose. Headings, list items, links and boilerplate recur by design. */
const PROSE_KINDS = new Set(['body', 'quote', 'caption']);
/** A near copy shorter than this is a template line ("X is streaming on Netflix…"), not an edited paragraph. */
const NEAR_COPY_MIN_WORDS = 20;
/** A question this short, asked again, is an interview's or a form's recurring question. */
const QUESTION_MAX_WORDS = 20;

export default defineRule({
  id: 'duplicate-paragraph',
  description: 'A paragraph repeated inside a document, word for word or nearly.',
  severity: 'error',
  fixable: true,
  options: {
    /** Report near copies too, not only copies with the same words. */
    near: true,
  },
  schema: {
    type: 'object',
    properties: { near: { type: 'boolean', description: 'Report near copies too, not only copies with the same words.' } },
    additionalProperties: false,
  },
  messages: {
    repeated: 'Paragraph repeated from line {{line}}.',
    repeatedBehindCaption: 'Paragraph repeated from line {{line}}, behind a different caption or dateline.',
    nearlyRepeated: 'Paragraph nearly repeats line {{line}} ({{shared}}% of word sequences shared).',
  },
  yieldsTo: { 'duplicate-lead': 'the lead paragraph and its copy behind the dateline' },
  check(doc, report, options, _settings, context) {
    const leadsElsewhere = context.yieldsTo('duplicate-lead');
    const { pairs, removals } = analyzeDuplicates(doc, context.slot(WORD_HASHES).of(doc.text, doc.words));
    for (const pair of pairs) {
      if ((pair.lead && leadsElsewhere) || (pair.match === 'near' && !options.near)) continue;
      if (isLegitimateRepeat(doc, pair)) continue;
      const copy = doc.paragraphs[pair.copy];
      const line = doc.positionAt(doc.paragraphs[pair.original].start).line;
      const related = [relatedParagraph(doc, doc.paragraphs[pair.original])];
      if (pair.removable) {
        const fix = { ...removals.get(pair.copy)!, text: '' };
        report({ start: copy.start, end: copy.end, messageId: 'repeated', data: { line }, fix, related });
      } else if (pair.match !== 'near') {
        report({
          start: copy.start,
          end: copy.end,
          messageId: 'repeatedBehindCaption',
          data: { line },
          related,
        });
      } else {
        const shared = Math.floor(pair.containment * 100);
        report({
          start: copy.start,
          end: copy.end,
          messageId: 'nearlyRepeated',
          data: { line, shared },
          related,
        });
      }
    }
  },
});

function isLegitimateRepeat(doc: Document, pair: DuplicatePair): boolean {
  // Either copy in prose is enough: a paragraph repeated in capitals reads as a heading, yet repeats prose.
  if (!PROSE_KINDS.has(doc.paragraphKind(pair.copy)) && !PROSE_KINDS.has(doc.paragraphKind(pair.original))) return true;
  if (pair.copy - pair.original > 1 && (isAmongFurniture(doc, pair.copy) || isAmongFurniture(doc, pair.original))) return true;
  const copy = doc.paragraphs[pair.copy].text;
  const words = wordCount(copy);
  if (pair.match === 'near' && Math.min(words, wordCount(doc.paragraphs[pair.original].text)) < NEAR_COPY_MIN_WORDS) return true;
  return words <= QUESTION_MAX_WORDS && /\?["”’)]*$/u.test(copy.trimEnd()) && !/[.!?]["”’]?\s/u.test(copy);
}

/**
 * Whether no prose stands beside the paragraph: it is among a page's headings, links and boilerplate,
 * a teaser or a promo in a list of them. Sites print one teaser in several lists (a "Most read" and a
 * "Latest"), and a teaser of the page's own story repeats its lead; a paste error puts its copy among
 * prose. Copies side by side are never furniture: a caption printed twice in a row is a glitch.
 */
function isAmongFurniture(doc: Document, index: number): boolean {
  const isProse = (i: number) => i >= 0 && i < doc.paragraphs.length && PROSE_KINDS.has(doc.paragraphKind(i));
  return !isProse(index - 1) && !isProse(index + 1);
}
