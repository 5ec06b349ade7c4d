// Signatures as JSONL, for dedup beyond one machine. The map stage (`copydesk dedup --shard i/N
// --signatures-out FILE`) fingerprints every N-th input file and writes one line per document:
//
//   {"ordinal":…,"path":"news/a.txt","record":0,"words":131,"exact":…,"bands":[16 keys],"shingles":[…]}
//
// `ordinal` is the document's place in the whole run's input order (input file × 2^26 + record), so
// shards can be made on different machines and still agree on "first seen". Lines are sorted by
// ordinal, so a shard's file is the same bytes whoever makes it. The reduce stage
// (`copydesk dedup --reduce FILES…`) reads the lines back, without the texts, and clusters them as
// the single run does: in this process, or with DuckDB doing the band join and the verification.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PackedFingerprints, RECORD_SPACE } from './packed-table.js';

export interface SignatureLine {
  ordinal: number;
  path: string;
  record: number;
  words: number;
  exact: number;
  bands: number[];
  shingles: number[];
}

/** Writes the table's documents as signature lines, in ordinal order. */
export async function writeSignatures(file: string, table: PackedFingerprints): Promise<number> {
  const order = Array.from({ length: table.count }, (_, doc) => doc).sort((a, b) => table.ordinal(a) - table.ordinal(b));
  const out = createWriteStream(file);
  for (const doc of order) {
    const line: SignatureLine = {
      ordinal: table.ordinal(doc),
      path: table.path(doc),
      record: table.record(doc) ?? 0,
      words: table.words(doc),
      exact: table.exactKey(doc),
      bands: Array.from({ length: table.bandCount }, (_, b) => table.band(doc, b)),
      shingles: Array.from(table.shingles(doc)),
    };
    if (!out.write(`${JSON.stringify(line)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
  return order.length;
}

/**
 * Reads signature files into a table. Inputs are renumbered by ordinal (input × 2^26 + record), and
 * each input's path is the one the map stage wrote.
 */
export async function readSignatures(files: readonly string[], bandCount: number, keepShingles = true): Promise<PackedFingerprints> {
  const lines: SignatureLine[] = [];
  for (const file of files) {
    const reader = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const text of reader) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as SignatureLine;
      if (!keepShingles) line.shingles = [];
      lines.push(line);
    }
  }
  const inputs = [...new Set(lines.map((l) => Math.floor(l.ordinal / RECORD_SPACE)))].sort((a, b) => a - b);
  const inputIndex = new Map(inputs.map((input, i) => [input, i]));
  const paths: string[] = new Array(inputs.length);
  for (const l of lines) paths[inputIndex.get(Math.floor(l.ordinal / RECORD_SPACE))!] = l.path;
  // Renumbered inputs keep their order, so ordinals compare as before.
  const table = new PackedFingerprints(bandCount, paths);
  table.add({
    input: Uint32Array.from(lines, (l) => inputIndex.get(Math.floor(l.ordinal / RECORD_SPACE))!),
    record: Uint32Array.from(lines, (l) => l.record),
    words: Uint32Array.from(lines, (l) => l.words),
    exactKeys: Float64Array.from(lines, (l) => l.exact),
    bands: Uint32Array.from(lines.flatMap((l) => l.bands)),
    shingleCounts: Uint32Array.from(lines, (l) => l.shingles.length),
    shingles: Uint32Array.from(lines.flatMap((l) => l.shingles)),
  });
  return table;
}
