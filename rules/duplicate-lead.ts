// duplicate-lead: the lead paragraph twice — once standalone (the page's summary) and once behind the
// dateline, usually after the photo caption. In the seed dump vna-hai-phong-mexico.txt, line 1 is the
// lead, line 2 the caption ending "(Photo: VNA)", line 3 the same lead word for word behind
// "Hai Phong (VNA) – ". Scraped pages also glue the caption to the dateline: "At the opening ceremony
// (Photo: VNA)Hai Phong (VNA) - An exhibition …" (vietnamplus.vn). The dateline copy carries more (the
// place and the agency), so the fix deletes the standalone copy with its line break. A standalone copy
// that is the lead's first sentence(s) word for word goes too; a near copy (≥ 80% of its word n-grams)
// is reported, and deleting it is only a suggestion. The comparison lives in
// src/duplicates/find-duplicates.ts, shared with duplicate-paragraph, which reports every other
// repeated paragraph, so no pair is reported twice.
import { defineRule } from '../src/define-rule.js';
import { analyzeDuplicates, hasDatelineParagraph, paragraphRemovalRange, type DuplicatePair } from '../src/duplicates/find-duplicates.js';
import { WORD_HASHES } from '../src/duplicates/word-hashes.js';
import { relatedParagraph } from '../src/duplicates/related-place.js';
import type { LeadPrefix } from '../src/text/dateline.js';
import type { Document } from '../src/types.js';

export default defineRule({
  id: 'duplicate-lead',
  description: 'The lead paragraph repeated: once standalone and once behind the dateline ("Hai Phong (VNA) – …").',
  severity: 'error',
  fixable: true,
  language: 'en',
  options: {},
  schema: { type: 'object', properties: {}, additionalProperties: false },
  messages: {
    exact: 'Lead paragraph repeated: line {{line}} has the same text behind the dateline “{{dateline}}”.',
    prefix: 'Lead sentence repeated: line {{line}} opens with the same text behind the dateline “{{dateline}}”.',
    deleteCopy: 'Delete this copy of the lead',
    near: 'Lead paragraph nearly repeated on line {{line}}, behind the dateline “{{dateline}}” ({{shared}}% of word sequences shared).',
  },
  check(doc, report, _options, _settings, context) {
    // Every lead pair has a dateline on one side: a document without one is done before the analysis.
    if (!hasDatelineParagraph(doc)) return;
    const { pairs, removals, leadPrefixes } = analyzeDuplicates(doc, context.slot(WORD_HASHES).of(doc.text, doc.words));
    for (const pair of pairs) {
      if (!pair.lead) continue;
      const copy = doc.paragraphs[pair.copy];
      const message = describeLeadCopy(doc, pair, leadPrefixes[pair.original]!);
      const related = [relatedParagraph(doc, doc.paragraphs[pair.original])];
      if (pair.removable) {
        report({ start: copy.start, end: copy.end, ...message, fix: { ...removals.get(pair.copy)!, text: '' }, related });
      } else if (pair.copyIsContained) {
        const fix = { ...paragraphRemovalRange(doc, pair.copy), text: '' };
        report({ start: copy.start, end: copy.end, ...message, suggestions: [{ messageId: 'deleteCopy', fix }], related });
      } else {
        report({ start: copy.start, end: copy.end, ...message, related });
      }
    }
  },
});

/** The message of a copy of the lead: its id is how the copy matches (exact, prefix, near). */
function describeLeadCopy(doc: Document, pair: DuplicatePair, prefix: LeadPrefix) {
  const line = doc.positionAt(doc.paragraphs[pair.original].start).line;
  const dateline = doc.text.slice(prefix.datelineStart, prefix.datelineEnd);
  return { messageId: pair.match, data: { line, dateline, shared: Math.floor(pair.containment * 100) } };
}
