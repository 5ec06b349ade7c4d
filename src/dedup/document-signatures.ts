// The per-document record of cross-document dedup, kept in memory for a check run: the fingerprint
// (hashes only) and where the document is, so that a finding can name it and show its first line.
// The text itself is not kept, only a clipped first line for side-by-side views.
import path from 'node:path';
import type { Document, RelatedPlace } from '../types.js';
import type { FingerprintTable } from './clusters.js';
import { DEFAULT_LSH, fingerprintText, type Fingerprint, type LshShape } from './fingerprint.js';

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

export interface SignedDocument extends Fingerprint {
  place: DocumentPlace;
  ordinal: number;
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

/** Fingerprints of a run's documents in arrival order; a mergeable state (append in input order). */
export class SignatureList implements FingerprintTable {
  readonly docs: SignedDocument[] = [];

  constructor(readonly lsh: LshShape = DEFAULT_LSH) {}

  get count(): number {
    return this.docs.length;
  }

  get bandCount(): number {
    return this.lsh.bands;
  }

  add(doc: Document): void {
    this.docs.push({ ...fingerprintText(doc.text, doc.paragraphs, this.lsh), place: placeOf(doc), ordinal: this.docs.length });
  }

  /** The state as plain data, to cross a thread (structured clone keeps the typed arrays). */
  pack(): { lsh: LshShape; docs: SignedDocument[] } {
    return { lsh: this.lsh, docs: this.docs };
  }

  static unpack(data: { lsh: LshShape; docs: SignedDocument[] }): SignatureList {
    const list = new SignatureList(data.lsh);
    // One by one: a spread of a batch's hundreds of thousands of records would overflow the stack.
    for (const doc of data.docs) list.docs.push(doc);
    return list;
  }

  /** Appends another list's documents after this one's (a worker or shard later in the input). */
  merge(other: SignatureList): void {
    const offset = this.docs.length;
    for (const doc of other.docs) this.docs.push({ ...doc, ordinal: offset + doc.ordinal });
  }

  path(doc: number): string {
    return this.docs[doc].place.path;
  }

  record(doc: number): number | undefined {
    return this.docs[doc].place.record;
  }

  ordinal(doc: number): number {
    return this.docs[doc].ordinal;
  }

  words(doc: number): number {
    return this.docs[doc].words;
  }

  exactKey(doc: number): number {
    return this.docs[doc].exactKey;
  }

  band(doc: number, band: number): number {
    return this.docs[doc].bands[band];
  }

  shingles(doc: number): Uint32Array {
    return this.docs[doc].shingles;
  }
}
