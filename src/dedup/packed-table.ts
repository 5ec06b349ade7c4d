// Fingerprints of a large corpus in columns of typed arrays: a million documents take about 100 MB
// (16 band keys, an exact key, a word count and where the document is), and their 5-gram sets go to
// a temporary file, read back only for the candidate pairs that are verified. The documents arrive
// in any order (workers finish when they finish); clustering orders them itself (src/dedup/clusters.ts).
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FingerprintTable } from './clusters.js';

/** One batch of fingerprints, as a worker sends it (typed arrays, transferable). */
export interface FingerprintBatch {
  /** Index of each document's input (file) in the run's list. */
  input: Uint32Array;
  /** JSONL record (1-based line), 0 for a plain file. */
  record: Uint32Array;
  words: Uint32Array;
  exactKeys: Float64Array;
  /** `bandCount` keys per document. */
  bands: Uint32Array;
  /** How many shingles each document has, then all the shingles one after another. */
  shingleCounts: Uint32Array;
  shingles: Uint32Array;
}

/** Records below 2^26 per file, inputs below 2^27: an input-order ordinal in one exact number. */
export const RECORD_SPACE = 2 ** 26;

class Column<T extends Uint32Array | Float64Array> {
  array: T;
  length = 0;

  constructor(private readonly create: (n: number) => T) {
    this.array = create(1024);
  }

  append(values: ArrayLike<number>): void {
    this.reserve(this.length + values.length);
    this.array.set(values as T, this.length);
    this.length += values.length;
  }

  private reserve(n: number): void {
    if (n <= this.array.length) return;
    let size = this.array.length;
    while (size < n) size *= 2;
    const grown = this.create(size);
    grown.set(this.array.subarray(0, this.length) as T);
    this.array = grown;
  }
}

export class PackedFingerprints implements FingerprintTable {
  private readonly inputs = new Column((n) => new Uint32Array(n));
  private readonly records = new Column((n) => new Uint32Array(n));
  private readonly wordCounts = new Column((n) => new Uint32Array(n));
  private readonly exactKeys = new Column((n) => new Float64Array(n));
  private readonly bandKeys = new Column((n) => new Uint32Array(n));
  private readonly shingleOffsets = new Column((n) => new Float64Array(n));
  private readonly shingleCounts = new Column((n) => new Uint32Array(n));
  private readonly dir: string;
  private readonly fd: number;
  private written = 0;

  constructor(
    readonly bandCount: number,
    private readonly paths: readonly string[],
  ) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'copydesk-dedup-'));
    this.fd = openSync(path.join(this.dir, 'shingles.bin'), 'w+');
  }

  get count(): number {
    return this.inputs.length;
  }

  add(batch: FingerprintBatch): void {
    this.inputs.append(batch.input);
    this.records.append(batch.record);
    this.wordCounts.append(batch.words);
    this.exactKeys.append(batch.exactKeys);
    this.bandKeys.append(batch.bands);
    this.shingleCounts.append(batch.shingleCounts);
    const offsets = new Float64Array(batch.shingleCounts.length);
    let offset = this.written;
    for (let i = 0; i < offsets.length; i++) {
      offsets[i] = offset;
      offset += batch.shingleCounts[i] * 4;
    }
    this.shingleOffsets.append(offsets);
    const bytes = new Uint8Array(batch.shingles.buffer, batch.shingles.byteOffset, batch.shingles.byteLength);
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
  }

  /** Removes the temporary file of shingles. */
  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  input(doc: number): number {
    return this.inputs.array[doc];
  }

  path(doc: number): string {
    return this.paths[this.inputs.array[doc]];
  }

  record(doc: number): number | undefined {
    const record = this.records.array[doc];
    return record === 0 ? undefined : record;
  }

  ordinal(doc: number): number {
    return this.inputs.array[doc] * RECORD_SPACE + this.records.array[doc];
  }

  words(doc: number): number {
    return this.wordCounts.array[doc];
  }

  exactKey(doc: number): number {
    return this.exactKeys.array[doc];
  }

  band(doc: number, band: number): number {
    return this.bandKeys.array[doc * this.bandCount + band];
  }

  shingles(doc: number): Uint32Array {
    const shingles = new Uint32Array(this.shingleCounts.array[doc]);
    const bytes = new Uint8Array(shingles.buffer);
    const position = this.shingleOffsets.array[doc];
    for (let done = 0; done < bytes.length;) {
      const read = readSync(this.fd, bytes, done, bytes.length - done, position + done);
      if (read === 0) throw new Error('the temporary file of shingles is shorter than written');
      done += read;
    }
    return shingles;
  }
}
