// Groups documents into duplicate clusters from their fingerprints (src/dedup/fingerprint.ts).
//
// 1. Exact: documents with the same exact key (same normalized body words) form one group; its most
//    preferred member stands for it in the next steps.
// 2. Candidates: two documents sharing an LSH band key. Per band the keys are packed with the
//    document's rank into one float and sorted, so no Map entry is made per document and band.
// 3. Verification: every candidate pair's real Jaccard similarity over the word 5-gram sets; only
//    pairs at or above the threshold become edges.
// 4. Clusters: documents are taken in order of preference (the canonical choice); a document not yet
//    in a cluster starts one and takes in every verified neighbour not yet taken. So each member is
//    verified against its canonical copy directly and nothing is chained through a third document:
//    transitive closure (union-find) once merged 859k unrelated pages into one cluster
//    (marin-community/marin #6854).
//
// Everything is ordered by the preference rank, never by arrival, so the clusters are the same
// whatever order the workers or shards delivered the fingerprints in.
import { jaccard } from './fingerprint.js';

export type CanonicalChoice = 'earliest-path' | 'longest' | 'first-seen';
export const CANONICAL_CHOICES: readonly CanonicalChoice[] = ['earliest-path', 'longest', 'first-seen'];

/** What clustering reads of each document; `shingles` may come from disk. */
export interface FingerprintTable {
  readonly count: number;
  readonly bandCount: number;
  path(doc: number): string;
  record(doc: number): number | undefined;
  /** Position in the run's input order: the order of the paths as given, records in file order. */
  ordinal(doc: number): number;
  words(doc: number): number;
  exactKey(doc: number): number;
  band(doc: number, band: number): number;
  shingles(doc: number): Uint32Array;
}

export interface ClusterOptions {
  threshold: number;
  canonical: CanonicalChoice;
  /** Documents with fewer body words are left out: a two-line stub is a duplicate of every other stub. */
  minWords: number;
  /** A band bucket with more members pairs each only with this many of its most preferred ones. */
  maxBucketPairs?: number;
}

export interface ClusterMember {
  doc: number;
  /** Jaccard similarity of the word 5-gram sets to the canonical copy (1 for an exact duplicate). */
  similarity: number;
  /** Same normalized words as the canonical copy. */
  exact: boolean;
  /**
   * A copy verified against another member, not against the canonical copy: `similarity` is to this
   * document (see `attachLoneCopies`).
   */
  via?: number;
}

export interface Cluster {
  canonical: number;
  members: ClusterMember[];
}

export interface ClusterStats {
  candidatePairs: number;
  verifiedPairs: number;
}

/** Sorts documents by the canonical choice: the first of a cluster in this order is its canonical copy. */
export function preferenceOrder(table: FingerprintTable, choice: CanonicalChoice): Uint32Array {
  const docs = Array.from({ length: table.count }, (_, i) => i);
  const byPath = (a: number, b: number) => {
    const pa = table.path(a);
    const pb = table.path(b);
    return pa < pb ? -1 : pa > pb ? 1 : (table.record(a) ?? 0) - (table.record(b) ?? 0) || table.ordinal(a) - table.ordinal(b);
  };
  if (choice === 'earliest-path') docs.sort(byPath);
  else if (choice === 'longest') docs.sort((a, b) => table.words(b) - table.words(a) || byPath(a, b));
  else docs.sort((a, b) => table.ordinal(a) - table.ordinal(b) || byPath(a, b));
  return Uint32Array.from(docs);
}

/** Every verified pair: indices a < b into the representatives (so, in preference order), and the similarity. */
export interface VerifiedEdges {
  a: number[];
  b: number[];
  similarity: number[];
}

export function findClusters(table: FingerprintTable, options: ClusterOptions, stats?: ClusterStats): Cluster[] {
  const groups = rankedGroups(table, options);
  const edges = verifiedEdges(table, groups.ranked, groups.representatives, options, stats);
  return starClusters(groups.ranked, groups.representatives, groups.exactOf, edges);
}

/** The documents in preference order (long enough to count) and their exact groups: what edges are found among. */
export function rankedGroups(
  table: FingerprintTable,
  options: ClusterOptions,
): { ranked: Uint32Array; representatives: Uint32Array; exactOf: Int32Array } {
  const ranked = preferenceOrder(table, options.canonical).filter((doc) => table.words(doc) >= options.minWords);
  return { ranked, ...exactGroups(table, ranked) };
}

/**
 * Exact groups among the ranked documents: the representatives (the first of each group, in rank
 * order) and, for each later member, the index in `ranked` of its representative.
 */
function exactGroups(table: FingerprintTable, ranked: Uint32Array): { representatives: Uint32Array; exactOf: Int32Array } {
  const firstWithKey = new Map<number, number>();
  const exactOf = new Int32Array(ranked.length).fill(-1);
  const representatives: number[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const key = table.exactKey(ranked[i]);
    const first = firstWithKey.get(key);
    if (first === undefined) {
      firstWithKey.set(key, i);
      representatives.push(i);
    } else {
      exactOf[i] = first;
    }
  }
  return { representatives: Uint32Array.from(representatives), exactOf };
}

/** Candidate pairs from shared band keys, verified by Jaccard. Indices are into `ranked` (rank order). */
export function verifiedEdges(
  table: FingerprintTable,
  ranked: Uint32Array,
  representatives: Uint32Array,
  options: ClusterOptions,
  stats?: ClusterStats,
): VerifiedEdges {
  const n = representatives.length;
  const maxPairs = options.maxBucketPairs ?? 64;
  // A float holds 53 bits: the band key above, the representative's index below. Past 2^21
  // representatives the key loses low bits, which only adds candidates (each is verified).
  const indexBits = Math.max(21, Math.ceil(Math.log2(n + 1)));
  const keyShift = Math.max(0, indexBits - 21);
  const scale = 2 ** indexBits;
  const packed = new Float64Array(n);
  const pairs = new Set<number>();
  for (let band = 0; band < table.bandCount; band++) {
    for (let i = 0; i < n; i++) packed[i] = (table.band(ranked[representatives[i]], band) >>> keyShift) * scale + i;
    packed.sort();
    for (let start = 0; start < n;) {
      const key = Math.floor(packed[start] / scale);
      let end = start + 1;
      while (end < n && Math.floor(packed[end] / scale) === key) end++;
      // Within a bucket the indices are sorted, so the most preferred members come first.
      for (let x = start; x < end; x++) {
        const limit = Math.min(end, x + 1 + maxPairs);
        for (let y = x + 1; y < limit; y++) pairs.add((packed[x] % scale) * n + (packed[y] % scale));
      }
      start = end;
    }
  }
  const edges: VerifiedEdges = { a: [], b: [], similarity: [] };
  const sorted = Float64Array.from(pairs).sort();
  for (const pair of sorted) {
    const i = Math.floor(pair / n);
    const j = pair % n;
    const similarity = jaccard(table.shingles(ranked[representatives[i]]), table.shingles(ranked[representatives[j]]));
    if (similarity < options.threshold) continue;
    edges.a.push(i);
    edges.b.push(j);
    edges.similarity.push(similarity);
  }
  if (stats) {
    stats.candidatePairs += pairs.size;
    stats.verifiedPairs += edges.a.length;
  }
  return edges;
}

/**
 * Clusters from verified edges between representatives (indices into `representatives`): each
 * representative not yet taken, in rank order, starts a cluster with its untaken neighbours. Exact
 * copies follow their representative, with its similarity (same words, same shingles).
 */
export function starClusters(ranked: Uint32Array, representatives: Uint32Array, exactOf: Int32Array, edges: VerifiedEdges): Cluster[] {
  const n = representatives.length;
  // Most documents have no edge: a Map of the few that do, not an array per document.
  const neighbours = new Map<number, { other: number; similarity: number }[]>();
  const link = (from: number, other: number, similarity: number) => {
    const list = neighbours.get(from);
    if (list) list.push({ other, similarity });
    else neighbours.set(from, [{ other, similarity }]);
  };
  for (let e = 0; e < edges.a.length; e++) {
    link(edges.a[e], edges.b[e], edges.similarity[e]);
    link(edges.b[e], edges.a[e], edges.similarity[e]);
  }
  // For each representative (by index into `ranked`): its canonical's index into `ranked`, and similarity.
  const centreOf = new Int32Array(n).fill(-1);
  const similarityOf = new Float64Array(n);
  const clusterOfRanked = new Map<number, Cluster>();
  const clusterFor = (rankedIndex: number) => {
    let cluster = clusterOfRanked.get(rankedIndex);
    if (!cluster) {
      cluster = { canonical: ranked[rankedIndex], members: [] };
      clusterOfRanked.set(rankedIndex, cluster);
    }
    return cluster;
  };
  for (let r = 0; r < n; r++) {
    if (centreOf[r] !== -1) continue;
    centreOf[r] = r;
    similarityOf[r] = 1;
    for (const { other, similarity } of neighbours.get(r) ?? []) {
      if (centreOf[other] !== -1) continue;
      centreOf[other] = r;
      similarityOf[other] = similarity;
    }
  }
  const viaOf = attachLoneCopies(n, neighbours, centreOf, similarityOf);
  const repIndexOfRanked = new Int32Array(ranked.length).fill(-1);
  for (let r = 0; r < n; r++) repIndexOfRanked[representatives[r]] = r;
  for (let i = 0; i < ranked.length; i++) {
    const exactRep = exactOf[i];
    const r = repIndexOfRanked[exactRep === -1 ? i : exactRep];
    const centre = centreOf[r];
    if (exactRep === -1 && centre === r) continue;
    const canonicalRanked = representatives[centre];
    const member: ClusterMember = { doc: ranked[i], similarity: similarityOf[r], exact: exactRep !== -1 && centre === r };
    if (viaOf[r] !== -1) member.via = ranked[representatives[viaOf[r]]];
    clusterFor(canonicalRanked).members.push(member);
  }
  return [...clusterOfRanked.keys()].sort((a, b) => a - b).map((rankedIndex) => clusterOfRanked.get(rankedIndex)!);
}

/**
 * One hop, never more: a document that started a cluster but took in no one has all its verified
 * neighbours in other clusters already (each was taken by an earlier centre). Such a document is a
 * copy all the same: two outlets add their own teaser to one wire story, T1 and T2 are each near the
 * story O but not near each other (J 0.78), and T1, first by path, takes O. T2 then joins T1's
 * cluster through O, its most similar verified neighbour, and says so. Only documents alone after the
 * first pass join, and only through a document of the first pass, so chains stop at one verified hop.
 * Returns, per representative, the neighbour it joined through (-1 for none).
 */
function attachLoneCopies(
  n: number,
  neighbours: Map<number, { other: number; similarity: number }[]>,
  centreOf: Int32Array,
  similarityOf: Float64Array,
): Int32Array {
  const viaOf = new Int32Array(n).fill(-1);
  const hasMembers = new Uint8Array(n);
  for (let r = 0; r < n; r++) if (centreOf[r] !== r) hasMembers[centreOf[r]] = 1;
  const firstCentre = Int32Array.from(centreOf);
  for (const [r, list] of neighbours) {
    if (firstCentre[r] !== r || hasMembers[r]) continue;
    let best = -1;
    let bestSimilarity = -1;
    for (const { other, similarity } of list) {
      if (firstCentre[other] === other) continue;
      if (similarity > bestSimilarity || (similarity === bestSimilarity && other < best)) {
        best = other;
        bestSimilarity = similarity;
      }
    }
    if (best === -1) continue;
    viaOf[r] = best;
    centreOf[r] = firstCentre[best];
    similarityOf[r] = bestSimilarity;
  }
  return viaOf;
}
