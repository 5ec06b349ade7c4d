// The reduce stage on an engine outside this process (Dask: docs/dedup-recipes/dask_reduce_signatures.py),
// in three steps, so that the expensive part runs on the cluster and the cluster rules stay here:
//
//   1. `copydesk dedup --reduce --representatives-out reps.jsonl sig-*.jsonl` writes the documents
//      the edges are found among: one per exact group, its most preferred member, in preference order
//      (`rep`), under a header line with the options. What DuckDB gets in src/dedup/duckdb-edges.ts.
//   2. The engine does the band join (representatives sharing a band key; in a bucket each paired with
//      at most `maxBucketPairs` of the next by `rep`) and verifies every candidate by the Jaccard
//      similarity of the 5-gram sets, keeping pairs at or above `threshold`. It writes a header (the
//      options it ran with, and how many candidates it verified) and one line per verified pair:
//      {"a": ordinal, "b": ordinal, "similarity": …}.
//   3. `copydesk dedup --reduce --edges edges.jsonl sig-*.jsonl` draws the clusters from those edges
//      with the same code as every other reduce (src/dedup/clusters.ts).
//
// Edges name documents by ordinal, not by `rep`, and step 3 checks the header against its own options,
// so edges computed for another canonical choice, threshold or corpus are refused, not misread.
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { UsageError } from '../errors.js';
import type { ClusterOptions, ClusterStats, FingerprintTable, VerifiedEdges } from './clusters.js';

const MAX_BUCKET_PAIRS = 64;

interface Groups {
  ranked: Uint32Array;
  representatives: Uint32Array;
}

type Table = FingerprintTable & { ordinal(doc: number): number };

/** The options an outside engine must run with, and that its edges must carry back. */
function header(table: Table, groups: Groups, options: ClusterOptions) {
  return {
    threshold: options.threshold,
    canonical: options.canonical,
    minWords: options.minWords,
    maxBucketPairs: options.maxBucketPairs ?? MAX_BUCKET_PAIRS,
    bands: table.bandCount,
    representatives: groups.representatives.length,
  };
}

/** Step 1: the representatives file. Returns how many representatives it lists. */
export function writeRepresentativesFile(file: string, table: Table, groups: Groups, options: ClusterOptions): number {
  const lines = [JSON.stringify({ copydesk: 'dedup-representatives', ...header(table, groups, options) })];
  groups.representatives.forEach((r, rep) => lines.push(`{"ordinal":${table.ordinal(groups.ranked[r])},"rep":${rep}}`));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return groups.representatives.length;
}

/** Step 3: the verified edges of an edges file, as indices into the representatives. */
export async function readEdges(
  file: string,
  table: Table,
  groups: Groups,
  options: ClusterOptions,
  stats?: ClusterStats,
): Promise<VerifiedEdges> {
  const repOfOrdinal = new Map<number, number>();
  groups.representatives.forEach((r, rep) => repOfOrdinal.set(table.ordinal(groups.ranked[r]), rep));
  const expected = header(table, groups, options);
  const pairs: [number, number, number][] = [];
  let head: Record<string, unknown> | undefined;
  let lineNumber = 0;
  const refuse = (why: string) => new UsageError(`--edges ${file}, line ${lineNumber}: ${why}`);
  try {
    for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      lineNumber++;
      if (!text.trim()) continue;
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        throw refuse('not JSON.');
      }
      if (!head) {
        if (line.copydesk !== 'dedup-edges') throw refuse('not an edges file (its first line has no "copydesk": "dedup-edges").');
        for (const [key, value] of Object.entries(expected)) {
          if (line[key] !== value) {
            throw refuse(
              `the edges were computed with ${key} ${JSON.stringify(line[key])}, this run has ${JSON.stringify(value)}: ` +
                'write the representatives again with the same options and signature files, and run the engine on them.',
            );
          }
        }
        head = line;
        continue;
      }
      const a = repOfOrdinal.get(line.a as number);
      const b = repOfOrdinal.get(line.b as number);
      const similarity = line.similarity as number;
      if (a === undefined || b === undefined || a === b) {
        throw refuse('an edge between documents that are not two representatives of this run.');
      }
      if (typeof similarity !== 'number' || !(similarity >= options.threshold && similarity <= 1)) {
        throw refuse(`similarity ${JSON.stringify(similarity)} is not a verified one (from ${options.threshold} to 1).`);
      }
      pairs.push(a < b ? [a, b, similarity] : [b, a, similarity]);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--edges: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!head) throw new UsageError(`--edges ${file}: empty, not an edges file.`);
  // The order the built-in and DuckDB engines give, whatever order the engine's workers wrote in.
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const edges: VerifiedEdges = { a: [], b: [], similarity: [] };
  for (let i = 0; i < pairs.length; i++) {
    if (i > 0 && pairs[i][0] === pairs[i - 1][0] && pairs[i][1] === pairs[i - 1][1]) continue;
    edges.a.push(pairs[i][0]);
    edges.b.push(pairs[i][1]);
    edges.similarity.push(pairs[i][2]);
  }
  if (stats) {
    stats.candidatePairs += typeof head.candidatePairs === 'number' ? head.candidatePairs : 0;
    stats.verifiedPairs += edges.a.length;
  }
  return edges;
}
