// boilerplate: a line that stands in many documents of a corpus — the share bar, "Read more",
// "Comments are closed.", the newsletter box, the copyright line. The scraper kept the page around
// the article; such a line belongs to the site, not to the story. A line counts once per document,
// and is reported once per document it is in, with the number of documents, so a corpus owner sees
// at a glance that 89 documents carry "Comments are closed.".
//
// Only short lines count (`maxWords`): a long paragraph in many documents is syndicated copy, which
// duplicate-document and cross-document-paragraph report. With `"fix": true` in the rule's options,
// `copydesk fix` deletes the lines; without it the rule only reports.
//
// Two limits keep wire copy out, measured on Reuters-21578, where the first version flagged 5,721
// lines: a line with a figure is data, not chrome (`Pay April 15`, `Record March 31`, `12 mths` in
// dividend and earnings reports), unless it is a copyright line; and a line of at most three words
// counts only beside another boilerplate line, as in a menu or a share bar (`News` / `Video` /
// `Tech`), not alone (the `Year` heading of an earnings table, the `Reuter` sign-off).
import { defineCorpusRule } from '../src/define-rule.js';
import { WordScanner } from '../src/duplicates/normalized-words.js';
import { WORD_HASHES, type WordHashes } from '../src/duplicates/word-hashes.js';
import { HAS_DIGIT } from '../src/text/char-classes.js';
import { isSpace, lineRemoval, relatedOf, samePlaceDocument, SharedSpans, type DocumentSpan } from '../src/dedup/shared-spans.js';
import type { CorpusReport, Document } from '../src/types.js';

export default defineCorpusRule({
  id: 'boilerplate',
  description: 'A line that stands in many documents of the corpus: share bars, "Read more", "Comments are closed.", copyright lines.',
  severity: 'warn',
  fixable: true,
  scope: 'corpus',
  betweenDocuments: true,
  options: { minDocuments: 10, maxWords: 30, fix: false },
  schema: {
    type: 'object',
    properties: {
      minDocuments: { type: 'integer', minimum: 2, description: 'A line standing in at least this many documents is boilerplate.' },
      maxWords: { type: 'integer', minimum: 1, description: 'Longer lines are article text, never boilerplate.' },
      fix: { type: 'boolean', description: 'Let `copydesk fix` delete the lines.' },
    },
    additionalProperties: false,
  },
  messages: {
    inManyDocuments: 'Boilerplate: this line stands in {{documents}} documents; it belongs to the page, not to the article.',
  },
  createState: (forMerge) => new SharedSpans(forMerge),
  // Collected in the workers, each over a stretch of the input, and merged in input order.
  merge: (into, later) => into.merge(later),
  pack: (state) => state.pack(),
  unpack: (data) => SharedSpans.unpack(data as ReturnType<SharedSpans['pack']>),
  collect(state, doc, options, _settings, context) {
    addCandidates(state, doc, options.maxWords, context.slot(WORD_HASHES).of(doc.text, doc.words));
  },
  finish(state, report, options) {
    for (let d = 0; d < state.size; d++) {
      const spans = state.spansOf(d);
      const reported = new Set<number>();
      const isFrequent = (span: DocumentSpan | undefined) => span !== undefined && state.documentCount(span.key) >= options.minDocuments;
      spans.forEach((span, i) => {
        const documents = state.documentCount(span.key);
        if (documents < options.minDocuments || reported.has(span.key)) return;
        if ((span.words ?? 0) <= SHORT_LINE_WORDS && !besideFrequent(spans, i, isFrequent)) return;
        reported.add(span.key);
        const first = state.first(span.key)!;
        const finding: Omit<CorpusReport, 'message'> = placeOnly(span);
        if (!samePlaceDocument(first, span)) finding.related = [relatedOf(first, state.text(span.key))];
        if (options.fix && span.removal) finding.fix = { ...span.removal, text: '' };
        report({ ...finding, messageId: 'inManyDocuments', data: { documents } });
      });
    }
  },
});

/** A menu entry or a share button is one to three words. */
const SHORT_LINE_WORDS = 3;
const COPYRIGHT = /©|\(c\)|\bcopyright\b|\ball rights reserved\b/i;

/** Whether the candidate before or after spans[i] (a blank line between allowed) is frequent too. */
function besideFrequent(spans: DocumentSpan[], i: number, isFrequent: (span: DocumentSpan | undefined) => boolean): boolean {
  const near = (other: DocumentSpan | undefined) => other !== undefined && Math.abs(other.line - spans[i].line) <= 2 && isFrequent(other);
  return near(spans[i - 1]) || near(spans[i + 1]);
}

/**
 * Adds every non-blank line of at most `maxWords` words with a letter in it, with what deletes it,
 * straight into the state's columns: a file of a million lines makes no object per line.
 */
function addCandidates(state: SharedSpans, doc: Document, maxWords: number, hashes: WordHashes | undefined): void {
  const scanner = new WordScanner(doc.text, doc.words, hashes);
  const { text, lineStarts } = doc;
  state.beginDocument(doc);
  for (let i = 0; i < lineStarts.length; i++) {
    let start = lineStarts[i];
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    scanner.reset(start, end).readToEnd();
    const { words } = scanner;
    if (scanner.letterWords === 0 || words > maxWords) continue;
    const line = text.slice(start, end);
    if (HAS_DIGIT.test(line) && !COPYRIGHT.test(line)) continue;
    state.addSpan(doc, scanner.contentKey(), start, end, words, lineRemoval(doc, i));
  }
}

function placeOnly(span: DocumentSpan) {
  const { key: _key, removal: _removal, words: _words, ...place } = span;
  return place;
}
