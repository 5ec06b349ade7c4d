// `copydesk dedup` without the printing: finds the inputs as `check` does (config, ignores), computes
// fingerprints on all cores, and clusters them with the duplicate-document rule's options (the
// command line's flags first, then the config's, then the rule's defaults).
import path from 'node:path';
import duplicateDocument from '../../rules/duplicate-document.js';
import { ConfigResolver } from '../config/file-config.js';
import { UsageError } from '../errors.js';
import { findTargets } from '../input/find-files.js';
import {
  CANONICAL_CHOICES,
  rankedGroups,
  starClusters,
  verifiedEdges,
  type CanonicalChoice,
  type ClusterStats,
  type VerifiedEdges,
} from './clusters.js';
import { makeTasks, runTasks } from './fingerprint-files.js';
import { DEFAULT_LSH } from './fingerprint.js';
import { PackedFingerprints } from './packed-table.js';
import { availableParallelism } from 'node:os';

export interface DocumentRef {
  path: string;
  record?: number;
}

export interface DedupCluster {
  canonical: DocumentRef;
  /** `via`: the member this one was verified against, when not the canonical copy. */
  members: (DocumentRef & { similarity: number; exact: boolean; via?: DocumentRef })[];
}

export interface DedupOutcome {
  documents: number;
  /** Every document read, in input order (for the keep list; empty unless asked for). */
  all: DocumentRef[];
  clusters: DedupCluster[];
  failures: string[];
  skipped: number;
  options: { threshold: number; canonical: CanonicalChoice; minWords: number };
  stats: Record<string, number>;
}

export interface DedupRequest {
  paths: string[];
  config?: string;
  threshold?: number;
  canonical?: string;
  'min-words'?: number;
  jobs?: number;
  /** Fill `all` (a keep list needs it; a million refs are not free). */
  listAll?: boolean;
  /** The paths are signature files of the map stage (--reduce), clustered by `engine`. */
  reduce?: boolean;
  engine?: string;
  /** Reduce with the verified edges an outside engine wrote (src/dedup/external-edges.ts). */
  edges?: string;
}

/** The files under the given paths, as check finds them (config, ignores), and the duplicate-document options. */
export async function findInputs(request: DedupRequest, cwd: string) {
  const resolver = new ConfigResolver(cwd, request.config);
  const runConfig = resolver.forFile(path.join(cwd, '.'));
  const configured = runConfig.rules.find((r) => r.rule.id === duplicateDocument.id)?.options ?? duplicateDocument.options;
  const targets = await findTargets(request.paths, {
    cwd,
    extensions: resolver.runConfig.config.extensions ?? ['.txt', '.jsonl'],
    configIgnores: (file) => resolver.ignores(file),
  });
  if (targets.some((t) => t.kind === 'stdin')) throw new UsageError('dedup reads files, not standard input.');
  const paths = targets.flatMap((t) => (t.kind === 'file' ? [t.path] : []));
  return { paths, configured, jsonlTextField: runConfig.jsonlTextField };
}

/** `--shard i/N`: the shard's number and the count, checked. */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index >= count) throw new UsageError(`--shard ${value}: expected i/N with 0 ≤ i < N, e.g. --shard 0/4.`);
  return { index, count };
}

/**
 * The map stage: fingerprints the inputs of shard i (every N-th input file, in the run's input order)
 * and writes their signature lines to `out`. Returns how many documents were written.
 */
export async function writeShardSignatures(
  request: DedupRequest,
  shard: string,
  out: string,
  cwd: string,
): Promise<{ documents: number; failures: string[] }> {
  const { index, count } = parseShard(shard);
  const { paths, jsonlTextField } = await findInputs(request, cwd);
  const rel = (p: string) => {
    const r = path.relative(cwd, p);
    return r && !r.startsWith('..') && !path.isAbsolute(r) ? r.split(path.sep).join('/') : p;
  };
  const table = new PackedFingerprints(DEFAULT_LSH.bands, paths.map(rel));
  try {
    const tasks = makeTasks(paths, { jsonlTextField, lsh: DEFAULT_LSH }).flatMap((task) => {
      const inputs = task.inputs.filter((input) => input.index % count === index);
      return inputs.length ? [{ ...task, inputs }] : [];
    });
    const { failures } = await runTasks(tasks, request.jobs ?? availableParallelism(), (batch) => table.add(batch));
    const { writeSignatures } = await import('./signatures-jsonl.js');
    const documents = await writeSignatures(path.resolve(cwd, out), table);
    return { documents, failures };
  } finally {
    table.close();
  }
}

export async function dedupCorpus(request: DedupRequest, cwd: string): Promise<DedupOutcome> {
  const started = performance.now();
  if (request.reduce) return reduceSignatures(request, cwd, started);
  const { paths, configured, jsonlTextField } = await findInputs(request, cwd);
  const options = clusterOptions(request, configured);
  const table = new PackedFingerprints(DEFAULT_LSH.bands, paths);
  try {
    const tasks = makeTasks(paths, { jsonlTextField, lsh: DEFAULT_LSH });
    const jobs = request.jobs ?? availableParallelism();
    const { failures, skipped } = await runTasks(tasks, jobs, (batch) => table.add(batch));
    const mapped = performance.now();
    const outcome = await clusterOutcome(table, options, request, started, mapped);
    return { ...outcome, failures, skipped, stats: { ...outcome.stats, jobs } };
  } finally {
    table.close();
  }
}

/** The reduce stage's inputs: the options and the signature files read back (with their 5-gram sets only when asked). */
async function readReduceInputs(request: DedupRequest, cwd: string, keepShingles: boolean) {
  const resolver = new ConfigResolver(cwd, request.config);
  const rules = resolver.forFile(path.join(cwd, '.')).rules;
  const configured = rules.find((r) => r.rule.id === duplicateDocument.id)?.options ?? duplicateDocument.options;
  const options = clusterOptions(request, configured);
  const files = request.paths.map((p) => path.resolve(cwd, p));
  const { readSignatures } = await import('./signatures-jsonl.js');
  try {
    return { options, files, table: await readSignatures(files, DEFAULT_LSH.bands, keepShingles) };
  } catch (error) {
    const { code, path: file } = error as NodeJS.ErrnoException;
    if (code) throw new UsageError(`--reduce: cannot read ${file ?? files.join(', ')}: ${code}`);
    throw new UsageError(`--reduce: not a signature file (${(error as Error).message}).`);
  }
}

/** The reduce stage: signature files in, clusters out, with the built-in engine, DuckDB, or edges an outside engine verified. */
async function reduceSignatures(request: DedupRequest, cwd: string, started: number): Promise<DedupOutcome> {
  const engine = request.engine ?? 'builtin';
  if (engine !== 'builtin' && engine !== 'duckdb') throw new UsageError(`--engine ${engine}: expected builtin or duckdb.`);
  if (request.edges && request.engine) throw new UsageError('--edges gives the verified pairs already: leave out --engine.');
  const { options, files, table } = await readReduceInputs(request, cwd, engine === 'builtin' && !request.edges);
  try {
    let edgesFrom: ((groups: Groups, stats: ClusterStats) => Promise<VerifiedEdges>) | undefined;
    if (request.edges) {
      const edgesFile = path.resolve(cwd, request.edges);
      edgesFrom = async (groups, stats) => {
        const { readEdges } = await import('./external-edges.js');
        return readEdges(edgesFile, table, groups, options, stats);
      };
    } else if (engine === 'duckdb') {
      edgesFrom = async (groups, stats) => {
        const { duckdbVerifiedEdges } = await import('./duckdb-edges.js');
        return duckdbVerifiedEdges(files, table, groups.ranked, groups.representatives, options, stats);
      };
    }
    return { ...(await clusterOutcome(table, options, request, started, performance.now(), edgesFrom)), failures: [], skipped: 0 };
  } finally {
    table.close();
  }
}

/**
 * The first step of a reduce on an outside engine (docs/dedup-recipes/dask_reduce_signatures.py): the
 * representatives the edges must be found among, in preference order, under a header with the options.
 */
export async function writeRepresentatives(request: DedupRequest, out: string, cwd: string): Promise<number> {
  const { options, table } = await readReduceInputs(request, cwd, false);
  try {
    const { writeRepresentativesFile } = await import('./external-edges.js');
    return await writeRepresentativesFile(path.resolve(cwd, out), table, rankedGroups(table, options), options);
  } finally {
    table.close();
  }
}

type Groups = ReturnType<typeof rankedGroups>;

/** The command line's flags first, then the config's duplicate-document options, then the rule's defaults. */
function clusterOptions(request: DedupRequest, configured: Record<string, unknown>): DedupOutcome['options'] {
  const canonical = (request.canonical ?? configured.canonical) as CanonicalChoice;
  if (!CANONICAL_CHOICES.includes(canonical))
    throw new UsageError(`canonical must be one of ${CANONICAL_CHOICES.join(', ')}, got "${canonical}".`);
  return {
    threshold: request.threshold ?? (configured.threshold as number),
    canonical,
    minWords: request['min-words'] ?? (configured.minWords as number),
  };
}

async function clusterOutcome(
  table: PackedFingerprints,
  options: DedupOutcome['options'],
  request: DedupRequest,
  started: number,
  mapped: number,
  edgesFrom?: (groups: Groups, stats: ClusterStats) => Promise<VerifiedEdges>,
): Promise<Omit<DedupOutcome, 'failures' | 'skipped'>> {
  const stats: ClusterStats = { candidatePairs: 0, verifiedPairs: 0 };
  const groups = rankedGroups(table, options);
  const edges = edgesFrom ? await edgesFrom(groups, stats) : verifiedEdges(table, groups.ranked, groups.representatives, options, stats);
  const clusters = starClusters(groups.ranked, groups.representatives, groups.exactOf, edges);
  const ref = (doc: number): DocumentRef => {
    const record = table.record(doc);
    return record === undefined ? { path: table.path(doc) } : { path: table.path(doc), record };
  };
  const all = request.listAll
    ? Array.from({ length: table.count }, (_, doc) => doc)
        .sort((a, b) => table.ordinal(a) - table.ordinal(b))
        .map(ref)
    : [];
  const done = performance.now();
  const usage = process.resourceUsage();
  return {
    documents: table.count,
    all,
    clusters: clusters.map((c) => ({
      canonical: ref(c.canonical),
      members: c.members.map((m) => ({
        ...ref(m.doc),
        similarity: m.similarity,
        exact: m.exact,
        ...(m.via === undefined ? {} : { via: ref(m.via) }),
      })),
    })),
    options,
    stats: {
      documents: table.count,
      mapSeconds: round((mapped - started) / 1000),
      clusterSeconds: round((done - mapped) / 1000),
      seconds: round((done - started) / 1000),
      documentsPerSecond: Math.round(table.count / ((done - started) / 1000)),
      cpuSeconds: round((usage.userCPUTime + usage.systemCPUTime) / 1e6),
      peakRssMB: Math.round(usage.maxRSS / 1024),
      candidatePairs: stats.candidatePairs,
      verifiedPairs: stats.verifiedPairs,
    },
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
