// cross-document-paragraph: a body paragraph that also stands in another document of the corpus —
// a lead reused under a new headline, a paragraph lifted from yesterday's story. The copy that comes
// first in the corpus (by path, then record, then offset) stays unreported; every later copy is
// reported with where the first one stands, as a related place for side-by-side views.
//
// Paragraphs are compared by their normalized words (case, punctuation and the opening dateline set
// aside: `Hai Phong (VNA) – ` or not, the lead is the same). Only body paragraphs of `minWords` words
// count: short lines are the boilerplate rule's. A paragraph in `boilerplateDocuments` documents or
// more is boilerplate too. Two documents that share two paragraphs or more, at least half of the shorter
// one's, are copies of one
// article, which duplicate-document reports once instead of paragraph by paragraph.
// With `"fix": true` in the rule's options, `copydesk fix` deletes the later copies.
import path from 'node:path';
import { defineCorpusRule } from '../src/define-rule.js';
import { WordScanner } from '../src/duplicates/normalized-words.js';
import { WORD_HASHES, type WordHashes } from '../src/duplicates/word-hashes.js';
import { bodyStarts, NO_BODY } from '../src/dedup/fingerprint.js';
import { paragraphRemovalRange } from '../src/duplicates/paragraph-removal.js';
import { NO_WORD_COUNT, relatedOf, samePlaceDocument, SharedSpans, type DocumentSpan, type SpanPlace } from '../src/dedup/shared-spans.js';
import type { CorpusReport, Document } from '../src/types.js';

export default defineCorpusRule({
  id: 'cross-document-paragraph',
  description: 'A body paragraph that also stands in another document of the corpus (a reused lead, a lifted paragraph).',
  severity: 'warn',
  fixable: true,
  scope: 'corpus',
  betweenDocuments: true,
  options: { minWords: 10, boilerplateDocuments: 10, fix: false },
  schema: {
    type: 'object',
    properties: {
      minWords: { type: 'integer', minimum: 1, description: 'Shorter paragraphs are left out.' },
      boilerplateDocuments: {
        type: 'integer',
        minimum: 3,
        description: 'A paragraph in this many documents or more is site chrome (boilerplate), not a lifted paragraph.',
      },
      fix: { type: 'boolean', description: 'Let `copydesk fix` delete the later copies.' },
    },
    additionalProperties: false,
  },
  messages: {
    inAnotherDocument: 'This paragraph also stands in another document; the first copy is in {{first}}.',
    inOtherDocuments: 'This paragraph also stands in {{others}} other documents; the first copy is in {{first}}.',
  },
  createState: (forMerge) => new SharedSpans(forMerge),
  // Collected in the workers, each over a stretch of the input, and merged in input order.
  merge: (into, later) => into.merge(later),
  pack: (state) => state.pack(),
  unpack: (data) => SharedSpans.unpack(data as ReturnType<SharedSpans['pack']>),
  collect(state, doc, options, _settings, context) {
    addBodyParagraphs(state, doc, options.minWords, context.slot(WORD_HASHES).of(doc.text, doc.words));
  },
  finish(state, report, options) {
    // A document's keys as a set, made only for the documents a shared paragraph leads to.
    const keySets = new Map<number, Set<number>>();
    const keysOf = (d: number) => keySets.get(d) ?? keySets.set(d, new Set(state.keysOf(d))).get(d)!;
    for (let d = 0; d < state.size; d++) {
      for (const span of state.spansOf(d)) {
        const documents = state.documentCount(span.key);
        const first = state.first(span.key)!;
        if (documents < 2 || documents >= options.boilerplateDocuments || samePlaceDocument(first, span)) continue;
        const firstKeys = keysOf(state.firstDocument(span.key)!);
        if (sharesMost(keysOf(d), firstKeys)) continue;
        const others = documents - 1;
        const finding: Omit<CorpusReport, 'message'> = { ...placeOnly(span), related: [relatedOf(first, state.text(span.key))] };
        if (options.fix && span.removal) finding.fix = { ...span.removal, text: '' };
        report({
          ...finding,
          messageId: others === 1 ? 'inAnotherDocument' : 'inOtherDocuments',
          data: { others, first: describe(first, span) },
        });
      }
    }
  },
});

/**
 * Adds the paragraphs of at least `minWords` words that are not captions, the lead without its dateline,
 * each key once, straight into the state's columns (no object per paragraph).
 */
function addBodyParagraphs(state: SharedSpans, doc: Document, minWords: number, hashes: WordHashes | undefined): void {
  const scanner = new WordScanner(doc.text, doc.words, hashes);
  // A caption has no body start; a paragraph whose body is empty (all dateline) is read whole.
  const bodies = bodyStarts(doc.text, doc.paragraphs);
  const { paragraphs } = doc;
  state.beginDocument(doc);
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (bodies[index] === NO_BODY) continue;
    const start = bodies[index] < paragraph.end ? bodies[index] : paragraph.start;
    scanner.reset(start, paragraph.end).readToEnd();
    if (scanner.letterWords < minWords) continue;
    const key = scanner.contentKey();
    if (state.hasInDocument(key)) continue;
    // Removing it would leave an empty document when it is the only paragraph.
    const removal = paragraphs.length > 1 ? paragraphRemovalRange(doc, index) : null;
    state.addSpan(doc, key, paragraph.start, paragraph.end, NO_WORD_COUNT, removal);
  }
}

function sharesMost(a: Set<number>, b: Set<number>): boolean {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared >= 2 && shared * 2 >= Math.min(a.size, b.size);
}

function describe(first: SpanPlace, from: SpanPlace): string {
  const where = first.path === from.path ? 'this file' : path.relative(path.dirname(from.path), first.path) || first.path;
  return `${where}${first.record === undefined ? '' : ` record ${first.record}`} line ${first.line}`;
}

function placeOnly(span: DocumentSpan) {
  const { key: _key, removal: _removal, words: _words, ...place } = span;
  return place;
}
