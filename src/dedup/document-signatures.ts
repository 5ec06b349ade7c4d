// The per-document record of cross-document dedup, kept in memory for a check run: the fingerprint
// (hashes only) and where the document is, so that a finding can name it and show its first line.
// The text itself is not kept, only a clipped first line for side-by-side views.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WordHashes } from '../duplicates/word-hashes.js';
import type { Document, RelatedPlace } from '../types.js';
import type { FingerprintTable } from './clusters.js';
import { DEFAULT_LSH, fingerprintText, type LshShape } from './fingerprint.js';

/** How much of the first line a related place carries. */
export const SNIPPET_LENGTH = 120;

export interface DocumentPlace {
  path: string;
  record?: number;
  /** The first non-blank line: where a finding about the whole document is shown. */
  start: number;
  end: number;
  line: number;
  column: number;
  endColumn: number;
  snippet: string;
}

/** Where a document's first non-blank line stands, and its clipped text. */
export function placeOf(doc: Document): DocumentPlace {
  const first = doc.paragraphs[0];
  const start = first ? first.start : 0;
  const newline = doc.text.indexOf('\n', start);
  let end = first ? Math.min(first.end, newline === -1 ? doc.text.length : newline) : 0;
  if (doc.text.charCodeAt(end - 1) === 0x0d) end--;
  const { line, column } = doc.positionAt(start);
  const place: DocumentPlace = {
    path: doc.path,
    start,
    end,
    line,
    column,
    endColumn: column + (end - start),
    snippet: clip(doc.text.slice(start, end)),
  };
  if (doc.record !== undefined) place.record = doc.record;
  return place;
}

function clip(text: string): string {
  const clipped = text.length <= SNIPPET_LENGTH ? text : `${text.slice(0, SNIPPET_LENGTH - 1)}…`;
  // A slice would keep the whole document's text alive for the rest of the run (16k articles: all
  // 100 MB of them): a string of its own (JSON's round trip keeps a lone surrogate as it is).
  return JSON.parse(JSON.stringify(clipped)) as string;
}

export function relatedPlace(place: DocumentPlace, similarity?: number): RelatedPlace {
  const { line, column, endColumn } = place;
  const related: RelatedPlace = { filePath: place.path, line, column, endLine: line, endColumn, text: place.snippet };
  if (place.record !== undefined) related.record = place.record;
  if (similarity !== undefined) related.similarity = similarity;
  return related;
}

/** How a finding names another document: relative to the reporting document's folder, with its record. */
export function describePlace(place: DocumentPlace, from: string): string {
  const relative = from === place.path ? 'this file' : path.relative(path.dirname(from), place.path) || place.path;
  return place.record === undefined ? relative : `${relative} record ${place.record}`;
}

/**
 * Fingerprints of a run's documents in arrival order; a mergeable state (append in input order). Kept in
 * columns of numbers, one entry per document, and the 5-gram sets in a `ShingleStore`: they are most of
 * the state (17 M hashes for 16k articles) and are read back only for the candidate pairs verified.
 */
export class SignatureList implements FingerprintTable {
  private readonly places: DocumentPlace[] = [];
  private readonly wordCounts = new NumberColumn((n) => new Uint32Array(n));
  private readonly exactKeys = new NumberColumn((n) => new Float64Array(n));
  private readonly bandKeys = new NumberColumn((n) => new Uint32Array(n));
  private readonly ordinals = new NumberColumn((n) => new Uint32Array(n));
  private readonly store: ShingleStore;

  /**
   * `forMerge`: a worker's batch, packed and merged into the run's list: it keeps its shingles in memory.
   * The run's own list moves them to a temporary file once they pass `memoryLimit` bytes.
   */
  constructor(
    readonly lsh: LshShape = DEFAULT_LSH,
    options: { forMerge?: boolean; memoryLimit?: number } = {},
  ) {
    this.store = new ShingleStore(options.forMerge ? Infinity : (options.memoryLimit ?? SHINGLES_IN_MEMORY));
  }

  get count(): number {
    return this.places.length;
  }

  get bandCount(): number {
    return this.lsh.bands;
  }

  /** `hashes`: the document's word hashes, when another rule has them (src/duplicates/word-hashes.ts). */
  add(doc: Document, hashes?: WordHashes): void {
    const fingerprint = fingerprintText(doc.text, doc.paragraphs, this.lsh, doc.words, hashes);
    this.push(placeOf(doc), fingerprint.words, fingerprint.exactKey, fingerprint.bands, this.count, fingerprint.shingles);
  }

  private push(
    place: DocumentPlace,
    words: number,
    exactKey: number,
    bands: ArrayLike<number>,
    ordinal: number,
    shingles: Uint32Array,
  ): void {
    this.places.push(place);
    this.wordCounts.push(words);
    this.exactKeys.push(exactKey);
    this.bandKeys.append(bands);
    this.ordinals.push(ordinal);
    this.store.append(shingles);
  }

  /** The state as plain data, to cross a thread (structured clone keeps the typed arrays). */
  pack(): PackedSignatures {
    return {
      lsh: this.lsh,
      places: this.places,
      words: this.wordCounts.values(),
      exactKeys: this.exactKeys.values(),
      bands: this.bandKeys.values(),
      ordinals: this.ordinals.values(),
      ...this.store.pack(),
    };
  }

  static unpack(data: PackedSignatures): SignatureList {
    const list = new SignatureList(data.lsh, { forMerge: true });
    let offset = 0;
    for (let d = 0; d < data.places.length; d++) {
      const shingles = data.shingles.subarray(offset, offset + data.shingleCounts[d]);
      offset += data.shingleCounts[d];
      list.push(
        data.places[d],
        data.words[d],
        data.exactKeys[d],
        data.bands.subarray(d * data.lsh.bands, (d + 1) * data.lsh.bands),
        data.ordinals[d],
        shingles,
      );
    }
    return list;
  }

  /** Appends another list's documents after this one's (a worker or shard later in the input). */
  merge(other: SignatureList): void {
    const offset = this.count;
    for (let d = 0; d < other.count; d++) {
      const bands = other.bandKeys.values().subarray(d * other.bandCount, (d + 1) * other.bandCount);
      this.push(other.places[d], other.words(d), other.exactKey(d), bands, offset + other.ordinal(d), other.shingles(d));
    }
  }

  /** Removes the temporary file of shingles, if there is one; the list cannot be read after. */
  close(): void {
    this.store.close();
  }

  place(doc: number): DocumentPlace {
    return this.places[doc];
  }

  path(doc: number): string {
    return this.places[doc].path;
  }

  record(doc: number): number | undefined {
    return this.places[doc].record;
  }

  ordinal(doc: number): number {
    return this.ordinals.at(doc);
  }

  words(doc: number): number {
    return this.wordCounts.at(doc);
  }

  exactKey(doc: number): number {
    return this.exactKeys.at(doc);
  }

  band(doc: number, band: number): number {
    return this.bandKeys.at(doc * this.lsh.bands + band);
  }

  shingles(doc: number): Uint32Array {
    return this.store.read(doc);
  }
}

export interface PackedSignatures {
  lsh: LshShape;
  places: DocumentPlace[];
  words: Uint32Array;
  exactKeys: Float64Array;
  bands: Uint32Array;
  ordinals: Uint32Array;
  /** How many shingles each document has, then all the shingles one after another. */
  shingleCounts: Uint32Array;
  shingles: Uint32Array;
}

/** Shingle bytes a run keeps in memory before it moves them to a temporary file (`ShingleStore`). */
const SHINGLES_IN_MEMORY = 16 * 1024 * 1024;

/** A growing column of numbers in one typed array, doubled as it fills. */
class NumberColumn<T extends Uint32Array | Float64Array> {
  private array: T;
  length = 0;

  constructor(private readonly create: (n: number) => T) {
    this.array = create(64);
  }

  push(value: number): void {
    this.reserve(this.length + 1);
    this.array[this.length++] = value;
  }

  append(values: ArrayLike<number>): void {
    this.reserve(this.length + values.length);
    this.array.set(values, this.length);
    this.length += values.length;
  }

  at(i: number): number {
    return this.array[i];
  }

  /** The values so far (a view, until the next push). */
  values(): T {
    return this.array.subarray(0, this.length) as T;
  }

  private reserve(n: number): void {
    if (n <= this.array.length) return;
    let size = this.array.length;
    while (size < n) size *= 2;
    const grown = this.create(size);
    grown.set(this.array.subarray(0, this.length));
    this.array = grown;
  }
}

/**
 * Every document's sorted 5-gram hashes, one set after another: in memory up to a limit, then in a
 * temporary file (as `copydesk dedup` keeps them: src/dedup/packed-table.ts), read back per document.
 * Documents with no candidate pair, nearly all of them, are never read again, so a run's memory does not
 * grow with the corpus's text. Where no temporary file can be made, the sets stay in memory.
 */
class ShingleStore {
  private readonly counts = new NumberColumn((n) => new Uint32Array(n));
  /** Where each written document's set starts in the file, in hashes. */
  private readonly starts = new NumberColumn((n) => new Float64Array(n));
  /** The sets of the documents from `firstPending` on, not written. */
  private pending: Uint32Array[] = [];
  private firstPending = 0;
  private pendingBytes = 0;
  /** How many hashes are in the file. */
  private inFile = 0;
  private file: TemporaryFile | null = null;
  private noFile = false;

  constructor(private readonly memoryLimit: number) {}

  append(shingles: Uint32Array): void {
    this.counts.push(shingles.length);
    this.pending.push(shingles);
    this.pendingBytes += shingles.byteLength;
    if (this.pendingBytes > this.memoryLimit) this.spill();
  }

  read(doc: number): Uint32Array {
    if (doc >= this.firstPending) return this.pending[doc - this.firstPending];
    if (!this.file) throw new Error('the shingles were read after their list was closed');
    const shingles = new Uint32Array(this.counts.at(doc));
    const bytes = new Uint8Array(shingles.buffer);
    const position = this.starts.at(doc) * 4;
    for (let done = 0; done < bytes.length;) {
      const read = readSync(this.file.fd, bytes, done, bytes.length - done, position + done);
      if (read === 0) throw new Error('the temporary file of shingles is shorter than written');
      done += read;
    }
    return shingles;
  }

  pack(): { shingleCounts: Uint32Array; shingles: Uint32Array } {
    const counts = this.counts.values();
    const shingles = new Uint32Array(counts.reduce((sum, count) => sum + count, 0));
    for (let d = 0, at = 0; d < counts.length; at += counts[d], d++) shingles.set(this.read(d), at);
    return { shingleCounts: counts.slice(), shingles };
  }

  close(): void {
    if (!this.file) return;
    closeSync(this.file.fd);
    this.file.remove();
    this.file = null;
    this.noFile = true;
  }

  private spill(): void {
    if (this.noFile) return;
    this.file ??= openTemporaryFile();
    if (!this.file) {
      this.noFile = true;
      return;
    }
    const starts: number[] = [];
    let at = this.inFile;
    try {
      for (const set of this.pending) {
        starts.push(at);
        const bytes = new Uint8Array(set.buffer, set.byteOffset, set.byteLength);
        for (let done = 0; done < bytes.length;) done += writeSync(this.file.fd, bytes, done, bytes.length - done, at * 4 + done);
        at += set.length;
      }
    } catch {
      // A full disk or a failing device: the sets written before stay readable from the file, these and
      // every later one stay in memory. The run goes on, only without the saving.
      this.noFile = true;
      return;
    }
    for (const start of starts) this.starts.push(start);
    this.inFile = at;
    this.firstPending += this.pending.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * A temporary file that nothing can leave behind: its name is removed as soon as it is open (the data
 * stays until the descriptor closes, even if the process is killed). Where an open file cannot be
 * removed (Windows), it is removed when the list closes, or at the latest when the process exits.
 * Null if none can be made.
 */
function openTemporaryFile(): TemporaryFile | null {
  let dir: string;
  let fd: number;
  try {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-shingles-'));
    fd = openSync(path.join(dir, 'shingles.bin'), 'w+');
  } catch {
    return null;
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    remove();
    return { fd, remove: () => {} };
  } catch {
    process.once('exit', remove);
    return {
      fd,
      remove: () => {
        process.removeListener('exit', remove);
        remove();
      },
    };
  }
}

interface TemporaryFile {
  fd: number;
  /** Removes the file once its descriptor is closed. */
  remove: () => void;
}
