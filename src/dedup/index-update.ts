// `copydesk dedup --update-index DIR [paths…]`: brings the signature index up to date with the files
// under the given paths. Files whose bytes the index holds keep their fingerprints (found by content,
// so a renamed file is not read twice); new and changed files are fingerprinted on all cores; files
// of the index that no longer exist are dropped, and files outside the paths are kept as they are.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeTasks, runTasks } from './fingerprint-files.js';
import { DEFAULT_LSH } from './fingerprint.js';
import type { FingerprintBatch } from './packed-table.js';
import { SignatureIndex, sha1Of, writeIndex, type IndexedDocument } from './signature-index.js';

export interface IndexUpdate {
  documents: number;
  files: number;
  /** Files read and fingerprinted (new or changed). */
  fingerprinted: number;
  failures: string[];
}

export async function updateIndex(
  dir: string,
  paths: readonly string[],
  options: { jobs: number; jsonlTextField: string },
): Promise<IndexUpdate> {
  const index = SignatureIndex.open(dir, DEFAULT_LSH);
  const root = path.dirname(dir);
  const relative = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const bySha = new Map<string, IndexedDocument[]>();
  const kept: IndexedDocument[] = [];
  const targets = new Set(paths.map(relative));
  for (const doc of index.documents()) {
    bySha.set(doc.sha1, [...(bySha.get(doc.sha1) ?? []), doc]);
    if (!targets.has(doc.path) && existsSync(path.resolve(root, doc.path))) kept.push(doc);
  }
  const documents = [...kept];
  const toRead: string[] = [];
  const shaOf = new Map<string, string>();
  const failures: string[] = [];
  for (const file of paths) {
    let sha1: string;
    try {
      sha1 = sha1Of(readFileSync(file));
    } catch (error) {
      failures.push(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    const known = bySha.get(sha1);
    if (known) {
      // The same bytes under any path: the same documents; only the path is this file's.
      const firstPath = known[0].path;
      for (const doc of known) if (doc.path === firstPath) documents.push({ ...doc, path: relative(file) });
    } else {
      toRead.push(file);
      shaOf.set(file, sha1);
    }
  }
  const batches: FingerprintBatch[] = [];
  const outcome = await runTasks(makeTasks(toRead, { jsonlTextField: options.jsonlTextField, lsh: DEFAULT_LSH }), options.jobs, (b) =>
    batches.push(b),
  );
  failures.push(...outcome.failures);
  for (const batch of batches) {
    let at = 0;
    for (let i = 0; i < batch.input.length; i++) {
      const file = toRead[batch.input[i]];
      const count = batch.shingleCounts[i];
      documents.push({
        path: relative(file),
        sha1: shaOf.get(file)!,
        record: batch.record[i],
        words: batch.words[i],
        exactKey: batch.exactKeys[i],
        bands: batch.bands.slice(i * DEFAULT_LSH.bands, (i + 1) * DEFAULT_LSH.bands),
        shingles: batch.shingles.slice(at, at + count),
      });
      at += count;
    }
  }
  writeIndex(dir, DEFAULT_LSH, documents);
  return { documents: documents.length, files: new Set(documents.map((d) => d.path)).size, fingerprinted: toRead.length, failures };
}
