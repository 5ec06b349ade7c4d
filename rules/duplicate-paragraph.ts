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
// reported here, as any other repeated paragraph.
import { defineRule } from '../src/define-rule.js';
import { analyzeDuplicates } from '../src/duplicates/find-duplicates.js';
import { relatedParagraph } from '../src/duplicates/related-place.js';

export default defineRule({
  id: 'duplicate-paragraph',
  description: 'A paragraph repeated inside a document, word for word or nearly.',
  severity: 'error',
  fixable: true,
  options: {
    /** Report near copies too, not only copies with the same words. */
    near: true,
  },
  yieldsTo: { 'duplicate-lead': 'the lead paragraph and its copy behind the dateline' },
  check(doc, report, options, _settings, context) {
    const leadsElsewhere = context.yieldsTo('duplicate-lead');
    const { pairs, removals } = analyzeDuplicates(doc);
    for (const pair of pairs) {
      if ((pair.lead && leadsElsewhere) || (pair.match === 'near' && !options.near)) continue;
      const copy = doc.paragraphs[pair.copy];
      const line = doc.positionAt(doc.paragraphs[pair.original].start).line;
      const related = [relatedParagraph(doc, doc.paragraphs[pair.original])];
      if (pair.removable) {
        const fix = { ...removals.get(pair.copy)!, text: '' };
        report({ start: copy.start, end: copy.end, message: `Paragraph repeated from line ${line}.`, fix, related });
      } else if (pair.match !== 'near') {
        report({ start: copy.start, end: copy.end, message: `Paragraph repeated from line ${line}, behind a different caption or dateline.`, related });
      } else {
        const shared = Math.floor(pair.containment * 100);
        report({ start: copy.start, end: copy.end, message: `Paragraph nearly repeats line ${line} (${shared}% of word sequences shared).`, related });
      }
    }
  },
});
