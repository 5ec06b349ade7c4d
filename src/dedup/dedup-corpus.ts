// `copydesk dedup` without the printing: finds the inputs as `check` does (config, ignores), computes
// fingerprints on all cores, and clusters them with the duplicate-document rule's options (the
// command line's flags first, then the config's, then the rule's defaults).
import path from 'node:path';
import duplicateDocument from '../../rules/duplicate-document.js';
import { ConfigResolver } from '../config/file-config.js';
import { UsageError } from '../errors.js';
import { findTargets } from '../input/find-files.js';
import { CANONICAL_CHOICES, findClusters, type CanonicalChoice, type ClusterStats } from './clusters.js';
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
  members: (DocumentRef & { similarity: number; exact: boolean })[];
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

export async function dedupCorpus(request: DedupRequest, cwd: string): Promise<DedupOutcome> {
  const started = performance.now();
  const { paths, configured, jsonlTextField } = await findInputs(request, cwd);
  const canonical = (request.canonical ?? configured.canonical) as CanonicalChoice;
  if (!CANONICAL_CHOICES.includes(canonical)) throw new UsageError(`canonical must be one of ${CANONICAL_CHOICES.join(', ')}, got "${canonical}".`);
  const options = { threshold: request.threshold ?? (configured.threshold as number), canonical, minWords: request['min-words'] ?? (configured.minWords as number) };
  const table = new PackedFingerprints(DEFAULT_LSH.bands, paths);
  try {
    const tasks = makeTasks(paths, { jsonlTextField, lsh: DEFAULT_LSH });
    const jobs = request.jobs ?? availableParallelism();
    const { failures, skipped } = await runTasks(tasks, jobs, (batch) => table.add(batch));
    const mapped = performance.now();
    const stats: ClusterStats = { candidatePairs: 0, verifiedPairs: 0 };
    const clusters = findClusters(table, options, stats);
    const ref = (doc: number): DocumentRef => {
      const record = table.record(doc);
      return record === undefined ? { path: table.path(doc) } : { path: table.path(doc), record };
    };
    const all = request.listAll ? Array.from({ length: table.count }, (_, doc) => doc).sort((a, b) => table.ordinal(a) - table.ordinal(b)).map(ref) : [];
    const done = performance.now();
    const usage = process.resourceUsage();
    return {
      documents: table.count,
      all,
      clusters: clusters.map((c) => ({ canonical: ref(c.canonical), members: c.members.map((m) => ({ ...ref(m.doc), similarity: m.similarity, exact: m.exact })) })),
      failures,
      skipped,
      options,
      stats: {
        documents: table.count,
        jobs,
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
  } finally {
    table.close();
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
