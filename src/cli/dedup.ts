// `copydesk dedup [paths…]`: the duplicate documents of a corpus as clusters, and the keep and drop
// lists a pipeline applies (copydesk never deletes a document itself). Fingerprints are computed on
// all cores (src/dedup/fingerprint-files.ts) and their 5-gram sets kept on disk, so a million
// articles fit in a few hundred MB. Exit codes as for check: 0 no duplicates, 1 duplicates, 2 failed.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import { jobsOption } from './jobs-option.js';
import { clockMs } from './debug.js';
import { writeOut } from './terminal.js';

export interface DedupArgs {
  paths: string[];
  format?: string;
  config?: string;
  threshold?: number;
  canonical?: string;
  'min-words'?: number;
  jobs?: number;
  'keep-list'?: string;
  'drop-list'?: string;
  stats?: boolean;
  'update-index'?: string;
  shard?: string;
  'signatures-out'?: string;
  reduce?: boolean;
  engine?: string;
  edges?: string;
  'representatives-out'?: string;
}

export function withDedupOptions(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files, folders, globs (.txt files and .jsonl dumps)' })
    .option('format', {
      alias: 'f',
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      describe: 'Print the clusters as text or JSON',
    })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking for one' })
    .option('threshold', {
      type: 'number',
      describe: "Jaccard similarity of word 5-grams that makes a near-duplicate (default: duplicate-document's, 0.8)",
    })
    .option('canonical', {
      type: 'string',
      choices: ['earliest-path', 'longest', 'first-seen'],
      describe: 'Which copy of a cluster is kept (default: earliest-path)',
    })
    .option('min-words', { type: 'number', describe: 'Leave out documents of fewer body words (default: 20)' })
    .option('jobs', jobsOption('Worker threads computing fingerprints (default: one per core)'))
    .option('keep-list', { type: 'string', describe: 'Write the documents to keep (canonical copies and unique ones), one per line' })
    .option('drop-list', {
      type: 'string',
      describe: 'Write the duplicate copies to drop, one per line: path, or path<TAB>record for JSONL',
    })
    .option('update-index', {
      type: 'string',
      describe: 'Bring this signature index up to date with the files (for check --dedup-index) instead of listing clusters',
    })
    .option('shard', {
      type: 'string',
      describe: 'Map stage: fingerprint only shard i of N (every N-th input file): --shard 0/4; needs --signatures-out',
    })
    .option('signatures-out', {
      type: 'string',
      describe: "Map stage: write the shard's signatures to this JSONL file instead of listing clusters",
    })
    .option('reduce', { type: 'boolean', describe: 'Reduce stage: the paths are signature files of the map stage; cluster them' })
    .option('engine', {
      type: 'string',
      choices: ['builtin', 'duckdb'],
      describe: 'Reduce stage: cluster here, or join and verify in DuckDB (npm install @duckdb/node-api)',
    })
    .option('representatives-out', {
      type: 'string',
      describe: 'Reduce stage on an outside engine (Dask): write the documents to find edges among, then stop',
    })
    .option('edges', { type: 'string', describe: 'Reduce stage: cluster with the verified pairs an outside engine wrote to this file' })
    .option('stats', { type: 'boolean', describe: 'Print timings, candidate and verified pairs, peak memory to standard error' });
}

export async function runDedup(args: DedupArgs): Promise<number> {
  const { dedupCorpus } = await import('../dedup/dedup-corpus.js');
  const cwd = process.cwd();
  if (args.threshold !== undefined && !(args.threshold > 0 && args.threshold <= 1)) {
    throw new UsageError(`--threshold ${args.threshold}: expected a number in (0, 1].`);
  }
  if (args['update-index']) return updateIndexCommand(args, cwd);
  if (args.shard !== undefined || args['signatures-out'] !== undefined) return mapCommand(args, cwd);
  if (args.engine && !args.reduce) throw new UsageError("--engine chooses the reduce stage's engine: use it with --reduce.");
  if ((args.edges || args['representatives-out']) && !args.reduce) {
    throw new UsageError(`--${args.edges ? 'edges' : 'representatives-out'} is a step of the reduce stage: use it with --reduce.`);
  }
  if (args['representatives-out']) return representativesCommand(args, cwd);
  const outcome = await dedupCorpus({ ...args, listAll: Boolean(args['keep-list']) }, cwd);
  const rel = (p: string) => {
    const r = path.relative(cwd, p);
    return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
  };
  const { writeLists, formatClusters } = await import('../dedup/dedup-output.js');
  writeLists(outcome, args, cwd, rel);
  writeOut(formatClusters(outcome, args.format === 'json' ? 'json' : 'text', rel));
  if (args.stats) process.stderr.write(`${JSON.stringify(outcome.stats)}\n`);
  for (const failure of outcome.failures) process.stderr.write(`copydesk: ${failure}\n`);
  if (outcome.failures.length) return 2;
  return outcome.clusters.length > 0 ? 1 : 0;
}

async function updateIndexCommand(args: DedupArgs, cwd: string): Promise<number> {
  const { findInputs } = await import('../dedup/dedup-corpus.js');
  const { updateIndex } = await import('../dedup/index-update.js');
  const { paths, jsonlTextField } = await findInputs(args, cwd);
  const started = clockMs();
  const dir = path.resolve(cwd, args['update-index']!);
  const update = await updateIndex(dir, paths, { jobs: args.jobs ?? availableParallelism(), jsonlTextField });
  const seconds = ((clockMs() - started) / 1000).toFixed(2);
  const read = `${update.fingerprinted} new or changed files read`;
  process.stderr.write(`copydesk: indexed ${update.documents} documents in ${update.files} files (${read}) in ${seconds} s.\n`);
  for (const failure of update.failures) process.stderr.write(`copydesk: ${failure}\n`);
  return update.failures.length ? 2 : 0;
}

/** The map stage: one shard's signatures to a JSONL file. */
async function mapCommand(args: DedupArgs, cwd: string): Promise<number> {
  if (!args['signatures-out']) throw new UsageError('--shard needs --signatures-out FILE (the map stage writes signatures, not clusters).');
  const { writeShardSignatures } = await import('../dedup/dedup-corpus.js');
  const { documents, failures } = await writeShardSignatures(args, args.shard ?? '0/1', args['signatures-out'], cwd);
  process.stderr.write(`copydesk: wrote the signatures of ${documents} documents to ${args['signatures-out']}.\n`);
  for (const failure of failures) process.stderr.write(`copydesk: ${failure}\n`);
  return failures.length ? 2 : 0;
}

/** The reduce stage's first step on an outside engine: the representatives, in preference order. */
async function representativesCommand(args: DedupArgs, cwd: string): Promise<number> {
  if (args.edges || args.engine) {
    throw new UsageError('--representatives-out writes the input of an outside engine: leave out --edges and --engine.');
  }
  const { writeRepresentatives } = await import('../dedup/dedup-corpus.js');
  const count = await writeRepresentatives(args, args['representatives-out']!, cwd);
  process.stderr.write(`copydesk: wrote ${count} representatives to ${args['representatives-out']}.\n`);
  return 0;
}
