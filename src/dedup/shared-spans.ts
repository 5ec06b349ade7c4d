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

/**
 * The spans of every document, as numbers in chunked columns: each span's 53-bit key, and SPAN_FIELDS
 * 32-bit integers (a string is shorter than 2^31): start, end, line, column, endLine, endColumn, words,
 * removal start, removal end (NONE: none). Spans are numbered across documents in the order they were
 * added; a document's spans are those from its `spanStarts` entry to the next one's.
 * Objects would cost ~600 bytes a span with their keys' entries, and a corpus rule keeps every span of
 * the run: 16,242 articles held 274 MB that way; a double and nine integers are 44 bytes. Spans are made
 * into objects only while a rule reads them.
 */
const SPAN_FIELDS = 9;
/** No word count, no removal, no record: offsets, lines, counts and records are never negative. */
const NONE = -1;
/** `addSpan`'s word count for a rule that keeps none. */
export const NO_WORD_COUNT = NONE;
/** Spans per chunk: columns grow a chunk at a time, never copied, never twice their size. */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;

class ChunkedColumn<T extends Float64Array | Int32Array> {
  private readonly chunks: T[] = [];
  length = 0;

  constructor(
    private readonly create: (n: number) => T,
    private readonly width = 1,
  ) {}

  /** Appends one entry of `width` values. */
  push(values: ArrayLike<number>): void {
    const chunk = this.length >>> CHUNK_BITS;
    if (chunk === this.chunks.length) this.chunks.push(this.create(CHUNK * this.width));
    this.chunks[chunk].set(values, (this.length & (CHUNK - 1)) * this.width);
    this.length++;
  }

  /** Appends an entry of one value (a column of width 1), with no array made for it. */
  pushValue(value: number): void {
    const chunk = this.length >>> CHUNK_BITS;
    if (chunk === this.chunks.length) this.chunks.push(this.create(CHUNK));
    this.chunks[chunk][this.length & (CHUNK - 1)] = value;
    this.length++;
  }

  /**
   * Appends `count` entries of `values` (packed one after another) from entry `from` on, a chunk's
   * stretch at a time: how a merge or an unpack appends another state's columns.
   */
  appendAll(values: Float64Array | Int32Array, from = 0, count = values.length / this.width - from): void {
    const { width } = this;
    for (let done = 0; done < count;) {
      const chunk = this.length >>> CHUNK_BITS;
      if (chunk === this.chunks.length) this.chunks.push(this.create(CHUNK * width));
      const at = this.length & (CHUNK - 1);
      const n = Math.min(CHUNK - at, count - done);
      this.chunks[chunk].set(values.subarray((from + done) * width, (from + done + n) * width), at * width);
      this.length += n;
      done += n;
    }
  }

  /** Appends every entry of another column of the same width. */
  appendColumn(other: ChunkedColumn<T>): void {
    other.chunks.forEach((chunk, c) => this.appendAll(chunk, 0, Math.min(CHUNK, other.length - c * CHUNK)));
  }

  /** Value `field` of entry `i`. */
  at(i: number, field = 0): number {
    return this.chunks[i >>> CHUNK_BITS][(i & (CHUNK - 1)) * this.width + field];
  }

  /** Every entry in one array, to cross a thread. */
  values(): T {
    const all = this.create(this.length * this.width);
    this.chunks.forEach((chunk, c) =>
      all.set(chunk.subarray(0, Math.min(CHUNK, this.length - c * CHUNK) * this.width), c * CHUNK * this.width),
    );
    return all;
  }
}

/**
 * Key → how many documents have it and its first place (a span's number), in an open-addressing
 * table of typed arrays: a Map of objects cost ~100 bytes a key (455,000 paragraph keys on the bench
 * dump), this table 16 bytes a slot.
 */
class KeyTable {
  keys: Float64Array;
  documents: Int32Array;
  firstSpans: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.documents = new Int32Array(capacity);
    this.firstSpans = new Int32Array(capacity);
  }

  /** A table of packed columns, as `pack` gave them. */
  static of(packed: { keys: Float64Array; documents: Int32Array; firstSpans: Int32Array }): KeyTable {
    const table = new KeyTable(1);
    table.keys = packed.keys;
    table.documents = packed.documents;
    table.firstSpans = packed.firstSpans;
    for (let slot = 0; slot < packed.keys.length; slot++) if (packed.keys[slot] !== EMPTY) table.size++;
    return table;
  }

  /** The slot of `key`, or -1. */
  find(key: number): number {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? slot : -1;
  }

  /** Adds a key that is not in the table; returns its slot. */
  insert(key: number, documents: number, firstSpan: number): number {
    if ((this.size + 1) * 10 > this.keys.length * 7) this.grow();
    const slot = this.slotOf(key);
    this.keys[slot] = key;
    this.documents[slot] = documents;
    this.firstSpans[slot] = firstSpan;
    this.size++;
    return slot;
  }

  /** The slot holding `key`, or the empty slot where it would go. Keys are well mixed already. */
  private slotOf(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = (key >>> 0) & mask;
    while (keys[slot] !== EMPTY && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, documents, firstSpans } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.documents = new Int32Array(keys.length * 2);
    this.firstSpans = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) this.insert(keys[slot], documents[slot], firstSpans[slot]);
  }
}

/** Keys are 53-bit hashes, never negative. */
const EMPTY = -1;

export interface PackedSharedSpans {
  spanKeys: Float64Array;
  fields: Int32Array;
  /** Where each document's spans start, and then how many spans there are. */
  spanStarts: Float64Array;
  paths: string[];
  /** Each document's record, NONE for a plain file. */
  records: Int32Array;
  table: { keys: Float64Array; documents: Int32Array; firstSpans: Int32Array };
  texts: Map<number, string>;
  arrivals: PackedArrivals;
}

/**
 * Each key's first arrival, by the key's slot in the packed table: its span (NONE: none), and its text
 * in one string, from `bounds[2 * slot]` to `bounds[2 * slot + 1]`. Columns and one string cross a
 * thread as a few copies; a map of objects was cloned entry by entry, on the main thread too.
 */
interface PackedArrivals {
  spans: Int32Array;
  text: string;
  bounds: Uint32Array;
}

/**
 * In a state collected for merging: a key's first arrival in this part of the input (a span's number)
 * and its text, clipped only if a merge needs it (most keys stand in one document). Merged after another
 * part, it is what a one-state run would have seen next (see `merge`).
 */
interface Arrival {
  span: number;
  text: string;
}

export class SharedSpans {
  private readonly spanKeys = new ChunkedColumn((n) => new Float64Array(n));
  private readonly fields = new ChunkedColumn((n) => new Int32Array(n), SPAN_FIELDS);
  private readonly spanStarts = new ChunkedColumn((n) => new Float64Array(n));
  private readonly paths: string[] = [];
  private readonly records = new ChunkedColumn((n) => new Int32Array(n));
  private table = new KeyTable();
  /** The clipped text of a key's first place, known from its second document (or second line) on. */
  private texts = new Map<number, string>();
  private arrivals = new Map<number, Arrival>();
  /** The arrivals as unpacked, by table slot, until the state changes (then they move to `arrivals`). */
  private packedArrivals: PackedArrivals | null = null;
  /** The keys of the document begun last (a key counts once per document). */
  private readonly inDocument = new Set<number>();
  /** One span's fields, written into `fields` as it is added. */
  private readonly row = new Int32Array(SPAN_FIELDS);

  /** `forMerge`: this state collects a part of the input, to be merged after another part's. */
  constructor(private readonly forMerge = false) {}

  /** How many documents were added. */
  get size(): number {
    return this.paths.length;
  }

  /** Records a document's spans (each key counts once per document). */
  add(doc: Document, spans: Iterable<DocumentSpan>): void {
    this.beginDocument(doc);
    for (const span of spans) {
      const { start, end, line, column, endLine, endColumn, words, removal } = span;
      this.pushSpan(
        doc,
        span.key,
        start,
        end,
        line,
        column,
        endLine,
        endColumn,
        words ?? NONE,
        removal?.start ?? NONE,
        removal?.end ?? NONE,
      );
    }
  }

  /** Starts a document, whose spans `addSpan` records then, in the order of their offsets. */
  beginDocument(doc: Document): void {
    this.inDocument.clear();
    this.addDocument(doc.path, doc.record ?? NONE, this.spanKeys.length);
  }

  /**
   * Records a span of the document begun last, with no object made for it: its place is found here,
   * `words` is NONE (-1) when the rule keeps no count, and `removal` null when nothing deletes it.
   */
  addSpan(doc: Document, key: number, start: number, end: number, words: number, removal: { start: number; end: number } | null): void {
    const from = doc.positionAt(start);
    const to = doc.positionAt(end);
    this.pushSpan(doc, key, start, end, from.line, from.column, to.line, to.column, words, removal?.start ?? NONE, removal?.end ?? NONE);
  }

  /** Whether `key` is a span's already in the document begun last. */
  hasInDocument(key: number): boolean {
    return this.inDocument.has(key);
  }

  private pushSpan(
    doc: Document,
    key: number,
    start: number,
    end: number,
    line: number,
    column: number,
    endLine: number,
    endColumn: number,
    words: number,
    removalStart: number,
    removalEnd: number,
  ): void {
    if (this.packedArrivals) this.unpackArrivals();
    const number = this.spanKeys.length;
    this.spanKeys.pushValue(key);
    const row = this.row;
    row[0] = start;
    row[1] = end;
    row[2] = line;
    row[3] = column;
    row[4] = endLine;
    row[5] = endColumn;
    row[6] = words;
    row[7] = removalStart;
    row[8] = removalEnd;
    this.fields.push(row);
    const slot = this.table.find(key);
    if (slot === -1) {
      this.table.insert(key, 1, number);
      this.inDocument.add(key);
      // A slice, not a copy: the state lives for one batch, and crossing a thread copies it anyway.
      if (this.forMerge) this.arrivals.set(key, { span: number, text: clipSource(doc.text, start, end) });
      return;
    }
    if (!this.inDocument.has(key)) {
      this.table.documents[slot]++;
      this.inDocument.add(key);
    }
    if (comparePlaces(this.placeAt(number), this.placeAt(this.table.firstSpans[slot])) < 0) {
      this.table.firstSpans[slot] = number;
      this.texts.set(key, clip(doc.text.slice(start, end)));
    } else if (!this.texts.has(key)) {
      this.texts.set(key, clip(doc.text.slice(start, end)));
    }
  }

  private addDocument(path: string, record: number, firstSpan: number): void {
    this.paths.push(path);
    this.records.pushValue(record);
    this.spanStarts.pushValue(firstSpan);
  }

  /**
   * Adds another state's documents after this one's (a worker or shard later in the input), as if this
   * state had collected them itself: a key's first place and text come out the same. `other` made with
   * `forMerge` knows each key's first arrival and its text; without, its first place stands for it.
   */
  merge(other: SharedSpans): void {
    if (this.packedArrivals) this.unpackArrivals();
    const offset = this.spanKeys.length;
    for (let d = 0; d < other.size; d++) this.addDocument(other.paths[d], other.records.at(d), other.spanStarts.at(d) + offset);
    this.spanKeys.appendColumn(other.spanKeys);
    this.fields.appendColumn(other.fields);
    const theirTable = other.table;
    for (let theirSlot = 0; theirSlot < theirTable.keys.length; theirSlot++) {
      const key = theirTable.keys[theirSlot];
      if (key === EMPTY) continue;
      const theirFirst = theirTable.firstSpans[theirSlot] + offset;
      const theirText = other.texts.get(key);
      const arrival = other.arrivalAt(theirSlot, key);
      const slot = this.table.find(key);
      if (slot === -1) {
        this.table.insert(key, theirTable.documents[theirSlot], theirFirst);
        if (theirText !== undefined) this.texts.set(key, theirText);
        if (this.forMerge && arrival) this.arrivals.set(key, { span: arrival.span + offset, text: arrival.text });
        continue;
      }
      this.table.documents[slot] += theirTable.documents[theirSlot];
      // Their first arrival: an earlier place becomes the first; else it gives the text a key lacks.
      const arrivalSpan = arrival ? arrival.span + offset : theirFirst;
      const arrivalText = () => (arrival ? clip(arrival.text) : theirText);
      if (comparePlaces(this.placeAt(arrivalSpan), this.placeAt(this.table.firstSpans[slot])) < 0) {
        this.table.firstSpans[slot] = arrivalSpan;
        const text = arrivalText();
        if (text !== undefined) this.texts.set(key, text);
      }
      if (!this.texts.has(key)) {
        const text = arrivalText();
        if (text !== undefined) this.texts.set(key, text);
      }
      // Their later copies: the earliest of them, if earlier still, becomes the first with its text.
      if (comparePlaces(this.placeAt(theirFirst), this.placeAt(this.table.firstSpans[slot])) < 0) {
        this.table.firstSpans[slot] = theirFirst;
        if (theirText !== undefined) this.texts.set(key, theirText);
      }
    }
  }

  /** The state as plain data, to cross a thread (structured clone keeps the typed arrays and the maps). */
  pack(): PackedSharedSpans {
    const { keys, documents, firstSpans } = this.table;
    return {
      spanKeys: this.spanKeys.values(),
      fields: this.fields.values(),
      spanStarts: this.spanStarts.values(),
      paths: this.paths,
      records: this.records.values(),
      table: { keys, documents, firstSpans },
      texts: this.texts,
      arrivals: this.packedArrivals ?? this.arrivalsBySlot(),
    };
  }

  /** The arrivals in the packed form, by the slots of the table as it is. */
  private arrivalsBySlot(): PackedArrivals {
    const { keys } = this.table;
    const spans = new Int32Array(keys.length).fill(NONE);
    const bounds = new Uint32Array(2 * keys.length);
    const texts: string[] = [];
    let length = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const arrival = keys[slot] === EMPTY ? undefined : this.arrivals.get(keys[slot]);
      if (!arrival) continue;
      spans[slot] = arrival.span;
      texts.push(arrival.text);
      bounds[2 * slot] = length;
      length += arrival.text.length;
      bounds[2 * slot + 1] = length;
    }
    return { spans, text: texts.join(''), bounds };
  }

  /** Key `key`'s first arrival, `slot` being its slot in this state's table. */
  private arrivalAt(slot: number, key: number): Arrival | undefined {
    const packed = this.packedArrivals;
    if (!packed) return this.arrivals.get(key);
    if (packed.spans[slot] === NONE) return undefined;
    return { span: packed.spans[slot], text: packed.text.slice(packed.bounds[2 * slot], packed.bounds[2 * slot + 1]) };
  }

  /** Moves packed arrivals into the map, before the table's slots change. */
  private unpackArrivals(): void {
    const { keys } = this.table;
    for (let slot = 0; slot < keys.length; slot++) {
      const arrival = keys[slot] === EMPTY ? undefined : this.arrivalAt(slot, keys[slot]);
      if (arrival) this.arrivals.set(keys[slot], arrival);
    }
    this.packedArrivals = null;
  }

  static unpack(data: PackedSharedSpans): SharedSpans {
    const state = new SharedSpans(true);
    for (let d = 0; d < data.paths.length; d++) state.addDocument(data.paths[d], data.records[d], data.spanStarts[d]);
    state.spanKeys.appendAll(data.spanKeys);
    state.fields.appendAll(data.fields);
    state.table = KeyTable.of(data.table);
    // They came through a structured clone: this state's own.
    state.texts = data.texts;
    state.packedArrivals = data.arrivals;
    return state;
  }

  /** Document `d`'s spans, in the order they were added. */
  spansOf(d: number): DocumentSpan[] {
    const spans: DocumentSpan[] = [];
    for (let i = this.spanStarts.at(d); i < this.endOf(d); i++) spans.push(this.spanAt(i, d));
    return spans;
  }

  /** The keys of document `d`'s spans. */
  keysOf(d: number): number[] {
    const keys: number[] = [];
    for (let i = this.spanStarts.at(d); i < this.endOf(d); i++) keys.push(this.spanKeys.at(i));
    return keys;
  }

  documentCount(key: number): number {
    const slot = this.table.find(key);
    return slot === -1 ? 0 : this.table.documents[slot];
  }

  first(key: number): SpanPlace | undefined {
    const slot = this.table.find(key);
    return slot === -1 ? undefined : this.placeAt(this.table.firstSpans[slot]);
  }

  /** The document of the key's first place. */
  firstDocument(key: number): number | undefined {
    const slot = this.table.find(key);
    return slot === -1 ? undefined : this.documentOf(this.table.firstSpans[slot]);
  }

  text(key: number): string | undefined {
    return this.texts.get(key);
  }

  private endOf(d: number): number {
    return d + 1 < this.size ? this.spanStarts.at(d + 1) : this.spanKeys.length;
  }

  /** The document span `number` is in: the last whose first span is at or before it. */
  private documentOf(number: number): number {
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.spanStarts.at(middle) <= number) low = middle;
      else high = middle - 1;
    }
    // Documents without spans start where the next one does: the last of them is the span's.
    return low;
  }

  private placeAt(number: number): DocumentSpan {
    return this.spanAt(number, this.documentOf(number));
  }

  private spanAt(number: number, d: number): DocumentSpan {
    const { fields } = this;
    const span: DocumentSpan = {
      path: this.paths[d],
      start: fields.at(number, 0),
      end: fields.at(number, 1),
      line: fields.at(number, 2),
      column: fields.at(number, 3),
      endLine: fields.at(number, 4),
      endColumn: fields.at(number, 5),
      key: this.spanKeys.at(number),
    };
    const record = this.records.at(d);
    if (record !== NONE) span.record = record;
    if (fields.at(number, 6) !== NONE) span.words = fields.at(number, 6);
    if (fields.at(number, 7) !== NONE) span.removal = { start: fields.at(number, 7), end: fields.at(number, 8) };
    return span;
  }
}

export function comparePlaces(a: SpanPlace, b: SpanPlace): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.record ?? 0) - (b.record ?? 0) || a.start - b.start;
}

export function samePlaceDocument(a: SpanPlace, b: SpanPlace): boolean {
  return a.path === b.path && a.record === b.record;
}

/**
 * The start of text[start, end) that `clip` needs: clipped, it gives what the whole span gives (a
 * prefix whose white space collapsed is longer than a snippet). A key's first arrival keeps only this,
 * so a worker's state does not carry every paragraph's whole text across the thread.
 */
function clipSource(text: string, start: number, end: number): string {
  let length = 0;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space || !inSpace) length++;
    inSpace = space;
    if (length > SNIPPET_LENGTH) return text.slice(start, i + 1);
  }
  return text.slice(start, end);
}

/** `/\s/` of one code unit, without a string made for the common ones. */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

const WHITE_SPACE = /\s/;

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  const clipped = line.length <= SNIPPET_LENGTH ? line : `${line.slice(0, SNIPPET_LENGTH - 1)}…`;
  // A slice would keep the whole document's text alive for the rest of the run: a string of its own
  // (JSON's round trip keeps a lone surrogate as it is).
  return JSON.parse(JSON.stringify(clipped)) as string;
}

/** The normalized-words key of text[start, end) and its word count. */
export function spanKey(scanner: WordScanner, start: number, end: number): { key: number; words: number; letterWords: number } {
  scanner.reset(start, end).readToEnd();
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
