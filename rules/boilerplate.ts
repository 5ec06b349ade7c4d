// boilerplate: a line that stands in many documents of a corpus — the share bar, "Read more",
// "Comments are closed.", the newsletter box, the copyright line. The scraper kept the page around
// the article; such a line belongs to the site, not to the story. A line counts once per document,
// and is reported once per document it is in, with the number of documents, so a corpus owner sees
// at a glance that 89 documents carry "Comments are closed.".
//
// Only short lines count (`maxWords`): a long paragraph in many documents is syndicated copy, which
// duplicate-document and cross-document-paragraph report. With `"fix": true` in the rule's options,
// `copydesk fix` deletes the lines; without it the rule only reports.
import { defineCorpusRule } from '../src/define-rule.js';
import { WordScanner } from '../src/duplicates/normalized-words.js';
import { lineRemoval, placeOf, relatedOf, samePlaceDocument, SharedSpans, spanKey, type DocumentSpan } from '../src/dedup/shared-spans.js';
import type { CorpusReport } from '../src/types.js';

export default defineCorpusRule({
  id: 'boilerplate',
  description: 'A line that stands in many documents of the corpus: share bars, "Read more", "Comments are closed.", copyright lines.',
  severity: 'warn',
  fixable: true,
  scope: 'corpus',
  options: { minDocuments: 10, maxWords: 30, fix: false },
  createState: () => new SharedSpans(),
  collect(state, doc, options) {
    state.add(doc, boilerplateCandidates(doc, options.maxWords));
  },
  finish(state, report, options) {
    for (const spans of state.documents) {
      const reported = new Set<number>();
      for (const span of spans) {
        const documents = state.documentCount(span.key);
        if (documents < options.minDocuments || reported.has(span.key)) continue;
        reported.add(span.key);
        const first = state.first(span.key)!;
        const finding: CorpusReport = {
          ...placeOnly(span),
          message: `Boilerplate: this line stands in ${documents} documents; it belongs to the page, not to the article.`,
        };
        if (!samePlaceDocument(first, span)) finding.related = [relatedOf(first, state.text(span.key))];
        if (options.fix && span.removal) finding.fix = { ...span.removal, text: '' };
        report(finding);
      }
    }
  },
});

/** Every non-blank line of at most `maxWords` words with a letter in it, with what deletes it. */
function boilerplateCandidates(doc: Parameters<typeof placeOf>[0], maxWords: number): DocumentSpan[] {
  const scanner = new WordScanner(doc.text);
  const spans: DocumentSpan[] = [];
  const { text, lineStarts } = doc;
  for (let i = 0; i < lineStarts.length; i++) {
    let start = lineStarts[i];
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start === end) continue;
    const { key, words, letterWords } = spanKey(scanner, start, end);
    if (letterWords === 0 || words > maxWords) continue;
    const span: DocumentSpan = { ...placeOf(doc, start, end), key };
    const removal = lineRemoval(doc, i);
    if (removal) span.removal = removal;
    spans.push(span);
  }
  return spans;
}

function placeOnly(span: DocumentSpan) {
  const { key: _key, removal: _removal, ...place } = span;
  return place;
}
