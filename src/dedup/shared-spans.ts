// Lines and paragraphs that stand in more than one document of a corpus: the state of the
// cross-document-paragraph and boilerplate rules. Each span is kept as a 53-bit key of its normalized
// words (case-folded, punctuation ignored: src/duplicates/normalized-words.ts) and its offsets, never
// its text; a clipped text is kept once per key, and only from its second document on, for messages
// and side-by-side views. A span's place in the corpus order (path, record, offset) picks the copy
// that stays when the others are removed, so the result never depends on the order documents arrive in.
import { removalRanges } from '../duplicates/paragraph-removal.js';
import { WordScanner } from '../duplicates/normalized-words.js';
import type { Document, RelatedPlace } from '../types.js';

const SNIPPET_LENGTH = 120;

export interface SpanPlace {
  path: string;
  record?: number;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A span of one document: where it is, and what deletes it (absent when it is all the document has). */
export interface DocumentSpan extends SpanPlace {
  key: number;
  words?: number;
  removal?: { start: number; end: number };
}

interface KeyStats {
  documents: number;
  /** The first place in corpus order (a document's index and a span's index in it), and its clipped text (known from the second document on). */
  firstDocument: number;
  firstSpan: number;
  text?: string;
  lastDocument: number;
  /**
   * In a state collected for merging: the key's first arrival in this part of the input and its text,
   * clipped only if a merge needs it (most keys stand in one document). Merged after another part, it
   * is what a one-state run would have seen next (see `merge`).
   */
  arrival?: { document: number; span: number; text: string };
}

/**
 * A document's spans as numbers: each span's 53-bit key in `keys`, and SPAN_FIELDS 32-bit integers in
 * `fields` (a string is shorter than 2^31): start, end, line, column, endLine, endColumn, words, removal
 * start, removal end (NONE: none).
 * Objects would cost ~600 bytes a span with their keys' entries, and a corpus rule keeps every span of
 * the run: 16,242 articles held 274 MB that way; ten doubles a span, 80 bytes, held 55 MB; a double and
 * nine integers are 44 bytes. Spans are made into objects only while a rule reads them.
 */
interface PackedDocument {
  path: string;
  record?: number;
  keys: Float64Array;
  fields: Int32Array;
}

const SPAN_FIELDS = 9;
/** No word count, no removal: offsets, lines and counts are never negative. */
const NONE = -1;

export interface PackedSharedSpans {
  packed: PackedDocument[];
  owners: string[];
  keys: Map<number, KeyStats>;
}

export class SharedSpans {
  private readonly packed: PackedDocument[];
  /** `path\0record` of each document, in the order they were added. */
  readonly owners: string[];
  private readonly keys: Map<number, KeyStats>;

  /**
   * `forMerge`: this state collects a part of the input, to be merged after another part's. `data`: a
   * packed state to take over (it came through a thread, so nothing else holds it).
   */
  constructor(
    private readonly forMerge = false,
    data?: PackedSharedSpans,
  ) {
    this.packed = data?.packed ?? [];
    this.owners = data?.owners ?? [];
    this.keys = data?.keys ?? new Map();
  }

  /** How many documents were added. */
  get size(): number {
    return this.packed.length;
  }

  /** Records a document's spans (each key counts once per document). */
  add(doc: Document, spans: DocumentSpan[]): void {
    const index = this.packed.length;
    const keys = new Float64Array(spans.length);
    const fields = new Int32Array(spans.length * SPAN_FIELDS);
    spans.forEach((span, i) => {
      keys[i] = span.key;
      fields.set(packSpan(span), i * SPAN_FIELDS);
    });
    const packed: PackedDocument = { path: doc.path, keys, fields };
    if (doc.record !== undefined) packed.record = doc.record;
    this.packed.push(packed);
    this.owners.push(documentKey(doc));
    spans.forEach((span, i) => {
      const stats = this.keys.get(span.key);
      if (!stats) {
        const created: KeyStats = { documents: 1, firstDocument: index, firstSpan: i, lastDocument: index };
        // A slice, not a copy: the state lives for one batch, and crossing a thread copies it anyway.
        if (this.forMerge) created.arrival = { document: index, span: i, text: doc.text.slice(span.start, span.end) };
        this.keys.set(span.key, created);
        return;
      }
      if (stats.lastDocument !== index) {
        stats.documents++;
        stats.lastDocument = index;
      }
      if (comparePlaces(span, this.spanAt(stats.firstDocument, stats.firstSpan)) < 0) {
        stats.firstDocument = index;
        stats.firstSpan = i;
        stats.text = clip(doc.text.slice(span.start, span.end));
      } else if (stats.text === undefined) {
        stats.text = clip(doc.text.slice(span.start, span.end));
      }
    });
  }

  /**
   * Adds another state's documents after this one's (a worker or shard later in the input), as if this
   * state had collected them itself: a key's first place and text come out the same. `other` made with
   * `forMerge` knows each key's first arrival and its text; without, its first place stands for it.
   */
  merge(other: SharedSpans): void {
    const offset = this.packed.length;
    // One by one: a spread of a batch's hundreds of thousands of records would overflow the stack.
    for (const document of other.packed) this.packed.push(document);
    for (const owner of other.owners) this.owners.push(owner);
    for (const [key, theirs] of other.keys) {
      const ours = this.keys.get(key);
      const theirFirst = theirs.firstDocument + offset;
      if (!ours) {
        // Most keys are new (a paragraph in one document): built field by field, a rest and a spread
        // per key were the main thread's largest cost in a parallel run.
        const lastDocument = theirs.lastDocument + offset;
        const merged: KeyStats = { documents: theirs.documents, firstDocument: theirFirst, firstSpan: theirs.firstSpan, lastDocument };
        if (theirs.text !== undefined) merged.text = theirs.text;
        const { arrival } = theirs;
        if (this.forMerge && arrival) merged.arrival = { document: arrival.document + offset, span: arrival.span, text: arrival.text };
        this.keys.set(key, merged);
        continue;
      }
      ours.documents += theirs.documents;
      ours.lastDocument = theirs.lastDocument + offset;
      // Their first arrival: an earlier place becomes the first; else it gives the text a key lacks.
      const arrivalDocument = theirs.arrival ? theirs.arrival.document + offset : theirFirst;
      const arrivalSpan = theirs.arrival ? theirs.arrival.span : theirs.firstSpan;
      const arrivalText = () => (theirs.arrival ? clip(theirs.arrival.text) : theirs.text);
      if (comparePlaces(this.spanAt(arrivalDocument, arrivalSpan), this.spanAt(ours.firstDocument, ours.firstSpan)) < 0) {
        ours.firstDocument = arrivalDocument;
        ours.firstSpan = arrivalSpan;
        ours.text = arrivalText() ?? ours.text;
      }
      ours.text ??= arrivalText();
      // Their later copies: the earliest of them, if earlier still, becomes the first with its text.
      if (comparePlaces(this.spanAt(theirFirst, theirs.firstSpan), this.spanAt(ours.firstDocument, ours.firstSpan)) < 0) {
        ours.firstDocument = theirFirst;
        ours.firstSpan = theirs.firstSpan;
        ours.text = theirs.text ?? ours.text;
      }
    }
  }

  /**
   * The state as plain data, to cross a thread (structured clone keeps the typed arrays and the map).
   * Arrival texts go whole: clipping each (a regular expression per key) cost the workers more than
   * copying the paragraphs does.
   */
  pack(): PackedSharedSpans {
    return { packed: this.packed, owners: this.owners, keys: this.keys };
  }

  /** The state a worker packed, its arrays and map taken as they are (copying them cost the main thread). */
  static unpack(data: PackedSharedSpans): SharedSpans {
    return new SharedSpans(true, data);
  }

  /** Document `d`'s spans, in the order they were added. */
  spansOf(d: number): DocumentSpan[] {
    const spans: DocumentSpan[] = [];
    for (let i = 0; i < this.packed[d].keys.length; i++) spans.push(this.spanAt(d, i));
    return spans;
  }

  /** The keys of document `d`'s spans. */
  keysOf(d: number): number[] {
    return Array.from(this.packed[d].keys);
  }

  documentCount(key: number): number {
    return this.keys.get(key)?.documents ?? 0;
  }

  first(key: number): SpanPlace | undefined {
    const stats = this.keys.get(key);
    return stats && this.spanAt(stats.firstDocument, stats.firstSpan);
  }

  text(key: number): string | undefined {
    return this.keys.get(key)?.text;
  }

  private spanAt(d: number, i: number): DocumentSpan {
    const { path, record, keys, fields } = this.packed[d];
    const o = i * SPAN_FIELDS;
    const span: DocumentSpan = {
      path,
      start: fields[o],
      end: fields[o + 1],
      line: fields[o + 2],
      column: fields[o + 3],
      endLine: fields[o + 4],
      endColumn: fields[o + 5],
      key: keys[i],
    };
    if (record !== undefined) span.record = record;
    if (fields[o + 6] !== NONE) span.words = fields[o + 6];
    if (fields[o + 7] !== NONE) span.removal = { start: fields[o + 7], end: fields[o + 8] };
    return span;
  }
}

function packSpan(span: DocumentSpan): number[] {
  const { start, end, line, column, endLine, endColumn, words, removal } = span;
  return [start, end, line, column, endLine, endColumn, words ?? NONE, removal?.start ?? NONE, removal?.end ?? NONE];
}

export function comparePlaces(a: SpanPlace, b: SpanPlace): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.record ?? 0) - (b.record ?? 0) || a.start - b.start;
}

export function documentKey(place: { path: string; record?: number }): string {
  return `${place.path}\u0000${place.record ?? 0}`;
}

export function samePlaceDocument(a: SpanPlace, b: SpanPlace): boolean {
  return a.path === b.path && a.record === b.record;
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  const clipped = line.length <= SNIPPET_LENGTH ? line : `${line.slice(0, SNIPPET_LENGTH - 1)}…`;
  // A slice would keep the whole document's text alive for the rest of the run: a string of its own
  // (JSON's round trip keeps a lone surrogate as it is).
  return JSON.parse(JSON.stringify(clipped)) as string;
}

/** The normalized-words key of text[start, end) and its word count. */
export function spanKey(scanner: WordScanner, start: number, end: number): { key: number; words: number; letterWords: number } {
  scanner.reset(start, end);
  while (scanner.next()) {
    // reading every word
  }
  return { key: scanner.contentKey(), words: scanner.words, letterWords: scanner.letterWords };
}

export function placeOf(doc: Document, start: number, end: number): SpanPlace {
  const from = doc.positionAt(start);
  const to = doc.positionAt(end);
  const place: SpanPlace = { path: doc.path, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  if (doc.record !== undefined) place.record = doc.record;
  return place;
}

export function relatedOf(place: SpanPlace, text: string | undefined): RelatedPlace {
  const related: RelatedPlace = {
    filePath: place.path,
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
  };
  if (place.record !== undefined) related.record = place.record;
  if (text !== undefined) related.text = text;
  related.similarity = 1;
  return related;
}

/** Removal spans of the given paragraphs, or none when they would be all the document has. */
export function paragraphRemovals(doc: Document, indices: number[]): Map<number, { start: number; end: number }> {
  if (indices.length === 0 || indices.length >= doc.paragraphs.length) return new Map();
  return removalRanges(doc, indices);
}

/**
 * What deletes line `index` (0-based) of doc: the line and its line break; a line that stands alone
 * between blank lines takes the blank lines after it too, so one separator stays. The last line keeps
 * the line break before it, so the file still ends in one. Null for the document's only line.
 */
export function lineRemoval(doc: Document, index: number): { start: number; end: number } | null {
  const { text, lineStarts } = doc;
  if (doc.paragraphs.length <= 1) return null;
  const lineEnd = (i: number) => (i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length);
  const isBlank = (i: number) => i >= 0 && i < lineStarts.length && text.slice(lineStarts[i], lineEnd(i)).trim() === '';
  const start = Math.max(lineStarts[index], index === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (index + 1 >= lineStarts.length) return { start, end: text.length };
  let next = index + 1;
  if (index === 0 || isBlank(index - 1)) while (isBlank(next) && next + 1 < lineStarts.length) next++;
  return { start, end: lineStarts[next] };
}
