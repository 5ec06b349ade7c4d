// The reduce stage of dedup on DuckDB (`copydesk dedup --reduce FILES… --engine duckdb`): the band
// join that proposes candidate pairs and the Jaccard verification run in DuckDB, over the signature
// JSONL files of the map stage, out of core (DuckDB spills to disk when a join does not fit in
// memory); the 5-gram sets never enter this process. The candidate rule is the built-in one
// (src/dedup/clusters.ts): representatives of exact groups sharing a band key, each paired with at
// most 64 of the next in its bucket by preference, so the edges, and so the clusters, are the same.
//
// @duckdb/node-api is not a dependency of copydesk (70 MB of native code): it is loaded only here,
// from the user's installation, with a message saying how to get it when it is missing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as DuckDB from '@duckdb/node-api';
import { UsageError } from '../errors.js';
import type { ClusterOptions, ClusterStats, FingerprintTable, VerifiedEdges } from './clusters.js';

const MAX_BUCKET_PAIRS = 64;

function loadDuckDB(): typeof DuckDB {
  try {
    return createRequire(path.join(process.cwd(), 'noop.js'))('@duckdb/node-api') as typeof DuckDB;
  } catch {
    try {
      return createRequire(import.meta.url)('@duckdb/node-api') as typeof DuckDB;
    } catch {
      throw new UsageError('--engine duckdb needs the DuckDB package: npm install @duckdb/node-api (MIT).');
    }
  }
}

/** Verified edges among the representatives, computed by DuckDB from the signature files. */
export async function duckdbVerifiedEdges(
  files: readonly string[],
  table: FingerprintTable & { ordinal(doc: number): number },
  ranked: Uint32Array,
  representatives: Uint32Array,
  options: ClusterOptions,
  stats?: ClusterStats,
): Promise<VerifiedEdges> {
  const { DuckDBInstance } = loadDuckDB();
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-duckdb-'));
  try {
    const repsFile = path.join(dir, 'representatives.jsonl');
    writeFileSync(repsFile, Array.from(representatives, (r, i) => `{"ordinal":${table.ordinal(ranked[r])},"rep":${i}}\n`).join(''));
    const instance = await DuckDBInstance.create(':memory:', { temp_directory: path.join(dir, 'spill') });
    const db = await instance.connect();
    const list = (names: readonly string[]) => `[${names.map((f) => `'${f.replace(/'/g, "''")}'`).join(', ')}]`;
    await db.run(`CREATE TEMP TABLE sig AS SELECT ordinal, bands, shingles FROM read_json(${list(files)}, format = 'newline_delimited',
      columns = {ordinal: 'BIGINT', bands: 'UINTEGER[]', shingles: 'UINTEGER[]'})`);
    await db.run(`CREATE TEMP TABLE reps AS SELECT * FROM read_json(${list([repsFile])}, format = 'newline_delimited',
      columns = {ordinal: 'BIGINT', rep: 'INTEGER'})`);
    await db.run(`CREATE TEMP TABLE buckets AS
      SELECT rep, band, key, row_number() OVER (PARTITION BY band, key ORDER BY rep) AS pos
      FROM (SELECT r.rep, b.band, s.bands[b.band + 1] AS key FROM reps r JOIN sig s USING (ordinal), range(${table.bandCount}) b(band))`);
    await db.run(`CREATE TEMP TABLE pairs AS
      SELECT DISTINCT x.rep AS a, y.rep AS b FROM buckets x JOIN buckets y
      ON x.band = y.band AND x.key = y.key AND y.pos > x.pos AND y.pos <= x.pos + ${MAX_BUCKET_PAIRS}`);
    const reader = await db.runAndReadAll(`
      SELECT p.a, p.b, len(list_intersect(sa.shingles, sb.shingles)) AS common, len(sa.shingles) AS la, len(sb.shingles) AS lb
      FROM pairs p
      JOIN reps ra ON ra.rep = p.a JOIN sig sa ON sa.ordinal = ra.ordinal
      JOIN reps rb ON rb.rep = p.b JOIN sig sb ON sb.ordinal = rb.ordinal
      ORDER BY p.a, p.b`);
    const edges: VerifiedEdges = { a: [], b: [], similarity: [] };
    let candidates = 0;
    for (const row of reader.getRows()) {
      candidates++;
      const [a, b, common, la, lb] = row.map(Number);
      // The same formula as jaccard() in src/dedup/fingerprint.ts, so the same doubles.
      const similarity = la === 0 && lb === 0 ? 1 : common / (la + lb - common);
      if (similarity < options.threshold) continue;
      edges.a.push(a);
      edges.b.push(b);
      edges.similarity.push(similarity);
    }
    db.closeSync();
    instance.closeSync();
    if (stats) {
      stats.candidatePairs += candidates;
      stats.verifiedPairs += edges.a.length;
    }
    return edges;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
