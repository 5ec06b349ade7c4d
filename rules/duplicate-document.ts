// duplicate-document: the same article twice in one corpus. Scraped news is full of it: one story
// fetched under two URLs, a wire story syndicated by five outlets with their own datelines and photo
// captions, an updated version beside the first. Exact copies are found after normalisation (case,
// punctuation, white space, captions and the leading dateline set aside); near copies by MinHash over
// word 5-grams with LSH banding, each candidate pair verified by its real Jaccard similarity before
// it is reported (src/dedup/clusters.ts).
//
// Each copy that is not the canonical one gets one finding naming the canonical copy and the
// similarity, with the canonical copy as a related place so reports can show both. Report-only:
// deleting a document is a corpus owner's decision (`copydesk dedup --drop-list`), never `fix`'s.
import { defineCorpusRule } from '../src/define-rule.js';
import { CANONICAL_CHOICES, findClusters, type CanonicalChoice } from '../src/dedup/clusters.js';
import { describePlace, relatedPlace, SignatureList, type PackedSignatures } from '../src/dedup/document-signatures.js';
import { WORD_HASHES } from '../src/duplicates/word-hashes.js';
import { UsageError } from '../src/errors.js';
import type { CorpusReport } from '../src/types.js';

export default defineCorpusRule({
  id: 'duplicate-document',
  description: 'An article that duplicates another one of the corpus, exactly or nearly (syndicated copies, refetches).',
  severity: 'warn',
  fixable: false,
  scope: 'corpus',
  betweenDocuments: true,
  options: { threshold: 0.8, canonical: 'earliest-path' as string, minWords: 20 },
  schema: {
    type: 'object',
    properties: {
      threshold: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 1,
        description: 'The Jaccard similarity from which two documents are copies.',
      },
      canonical: { enum: [...CANONICAL_CHOICES], description: 'Which copy of a cluster is the original the others are reported against.' },
      minWords: { type: 'integer', minimum: 1, description: 'Documents of fewer body words are left out.' },
    },
    additionalProperties: false,
  },
  messages: {
    exactCopy: 'This document is an exact copy (after normalisation) of {{of}}, the canonical copy ({{canonical}}).',
    exactCopyOfMany:
      'This document is an exact copy (after normalisation) of {{of}}, the canonical copy ({{canonical}}); {{copies}} copies in all.',
    nearCopy: 'This document is a near-duplicate (Jaccard {{similarity}}) of {{of}}, the canonical copy ({{canonical}}).',
    nearCopyOfMany:
      'This document is a near-duplicate (Jaccard {{similarity}}) of {{of}}, the canonical copy ({{canonical}}); {{copies}} copies in all.',
  },
  createState: (forMerge) => new SignatureList(undefined, { forMerge }),
  // Collected in the workers, each over a stretch of the input, and merged in input order.
  merge: (into, later) => into.merge(later),
  pack: (state) => state.pack(),
  unpack: (data) => SignatureList.unpack(data as PackedSignatures),
  collect(state, doc, _options, _settings, context) {
    state.add(doc, context.slot(WORD_HASHES).of(doc.text, doc.words));
  },
  finish(state, report, options) {
    const canonical = canonicalChoice(options.canonical);
    let clusters;
    try {
      clusters = findClusters(state, { threshold: options.threshold, canonical, minWords: options.minWords });
    } finally {
      // The shingles are read for the candidate pairs only: their temporary file, if any, can go.
      state.close();
    }
    for (const cluster of clusters) {
      const original = state.place(cluster.canonical);
      for (const member of cluster.members) {
        const place = state.place(member.doc);
        const via = member.via === undefined ? undefined : state.place(member.via);
        const of = via
          ? `${describePlace(via, place.path)}, a copy of ${describePlace(original, place.path)}`
          : describePlace(original, place.path);
        const finding: Omit<CorpusReport, 'message'> = {
          path: place.path,
          start: place.start,
          end: place.end,
          line: place.line,
          column: place.column,
          endLine: place.line,
          endColumn: place.endColumn,
          related: via ? [relatedPlace(via, member.similarity), relatedPlace(original)] : [relatedPlace(original, member.similarity)],
        };
        if (place.record !== undefined) finding.record = place.record;
        const messageId = `${member.exact ? 'exact' : 'near'}Copy${cluster.members.length > 1 ? 'OfMany' : ''}` as const;
        const similarity = member.similarity.toFixed(2);
        report({ ...finding, messageId, data: { of, canonical, similarity, copies: cluster.members.length + 1 } });
      }
    }
  },
});

function canonicalChoice(value: string): CanonicalChoice {
  // Config validation refuses other values (the schema's enum); a caller that skips it still gets exit 2.
  if ((CANONICAL_CHOICES as readonly string[]).includes(value)) return value as CanonicalChoice;
  throw new UsageError(`"rules.duplicate-document" option "canonical" must be one of ${CANONICAL_CHOICES.join(', ')}, got "${value}".`);
}
