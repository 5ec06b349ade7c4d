// A run over many files on every core: batches of files go to a pool of worker threads (piscina), each
// checking them with the one-process pipeline (src/pool/worker.ts), and this thread checks batches too
// (`--jobs N` is N − 1 workers and this thread: one V8 heap, one set of word tables and one JIT warm-up
// fewer than N workers, and half the batches at --jobs 2 need no structured clone). Results are handed
// on in the order of the targets, so the output is the same as a one-worker run's.
//
// Corpus rules are collected per batch into a state of its own, which comes back as plain data and is
// merged here in the order of the batches: the merged state is the one a one-process run builds, so
// their findings never depend on the workers. Only `finish` runs here. A corpus rule without `merge`,
// or one whose merge of a batch could not be exact (name-variant past its cap on pairs), sees the
// documents in this thread from then on, in the targets' order: it reads each file again.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { createDocument } from '../document.js';
import type { FileSettings } from '../file-settings.js';
import type { Target } from '../input/find-files.js';
import { isJsonl, readFileBytes, readJsonlDocuments, readTextDocument, recordToDocument } from '../input/read-sources.js';
import { canMerge, type CorpusRun } from '../kernel/corpus-run.js';
import { RunContext } from '../kernel/run-context.js';
import { mergeCorpusFindings, type FileResult } from '../results/file-result.js';
import { checkTargetsIn, corpusFixersOf, type RunOptions, type RunOutcome } from '../run.js';
import type { Rule, Severity } from '../types.js';
import type { BatchOutcome, BatchTask } from './worker.js';

/** Below this much text a run stays in one thread: starting workers costs more than it saves. */
const MIN_PARALLEL_BYTES = 4 * 1024 * 1024;
/**
 * Batches are contiguous stretches of the targets, sized by guided self-scheduling: each takes a share
 * of what is left (1 / (GUIDED_SHARES × jobs)), so the first are large and the last small. Every batch
 * costs the main thread a merge of its corpus states, whose keys repeat from batch to batch (names,
 * boilerplate lines): few large batches keep that serial work small, and the small last ones keep the
 * workers busy to the end. A batch is at least MIN_BATCH_FILES files or MIN_BATCH_BYTES, at most
 * MAX_BATCH_BYTES: a worker holds the corpus states of its batch until it ends (16 MB batches raised the
 * 100 MB dump's peak RSS from 1.0 to 1.24 GB; 4 MB ones cut its 254 merges to 42 for 1.03 GB).
 */
const GUIDED_SHARES = 4;
const MIN_BATCH_FILES = 64;
const MIN_BATCH_BYTES = 1024 * 1024;
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

export interface ParallelPlan {
  /** Worker threads to use; 1 means this thread alone. */
  jobs: number;
  /** --jobs was given: use the workers even for a small run (tests, and users who know better). */
  explicit: boolean;
  /** What a worker needs to resolve each file's config as this thread does. */
  configFile?: string;
  ruleFlags: Record<string, Severity>;
}

/** The default --jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The bundle (dist/copydesk.cjs) that workers load, or null when running from sources (unit tests). */
function workerFile(): string | null {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith('.cjs') ? file : null;
}

/** Whether a run is worth spreading over workers; the reason it is not, otherwise (for --debug). */
export function parallelFor(targets: readonly Target[], ctx: RunOptions, plan: ParallelPlan): { sizes: number[] } | null {
  // Corpus rules that fix need a first pass over every document before any is fixed: one thread.
  if (plan.jobs < 2 || !workerFile() || ctx.cache || corpusFixersOf(ctx).length) return null;
  if (targets.some((t) => t.kind !== 'file')) return null;
  if (targets.length < 2) return null;
  const sizes = targets.map((t) => (t.kind === 'file' ? sizeOf(t.path) : 0));
  if (!plan.explicit && sizes.reduce((a, b) => a + b, 0) < MIN_PARALLEL_BYTES) return null;
  return { sizes };
}

export async function checkTargetsInParallel(
  targets: readonly Target[],
  ctx: RunOptions,
  plan: ParallelPlan,
  sizes: number[],
): Promise<RunOutcome> {
  const files = targets.map((t) => (t.kind === 'file' ? t.path : ''));
  const batches = makeBatches(files, sizes, plan.jobs);
  // This thread is one of the jobs: it checks batches too whenever the next one to merge is not back.
  const workers = plan.jobs - 1;
  const { Piscina: PiscinaClass } = createRequire(import.meta.url)('piscina') as { Piscina: typeof Piscina };
  const pool = new PiscinaClass({
    filename: workerFile()!,
    name: 'checkBatchInWorker',
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    // A worker holds its next batch already: it starts it on finishing one, rather than waiting while
    // this thread merges or checks a batch (piscina hands out a queued task only when this thread's
    // event loop turns).
    concurrentTasksPerWorker: 2,
  });
  const run = new RunContext({ corpus: ctx.corpusConfig });
  const { corpus } = run;
  // The corpus rules that see the documents here: those that cannot merge states, and any whose merge
  // of a batch could not be exact (name-variant past its cap on pairs), from that batch on.
  const collectHere = new Set(
    ctx.corpusConfig.rules.filter(({ rule }) => rule.scope === 'corpus' && !canMerge(rule)).map(({ rule }) => rule.id),
  );
  const here = (rule: Rule) => collectHere.has(rule.id);
  const results: FileResult[] = [];
  const failures: string[] = [];
  const fix = ctx.fix ? { write: ctx.fix.write, fixableRules: ctx.fix.fixableRules ? [...ctx.fix.fixableRules] : undefined } : undefined;
  try {
    await inBatchOrder<BatchOutcome>({
      count: batches.length,
      workers,
      // Batches handed out and not merged, three a job: memory stays flat however many files there are.
      window: plan.jobs * 3,
      inWorker: (i) =>
        pool.run({ cwd: ctx.cwd, configFile: plan.configFile, ruleFlags: plan.ruleFlags, files: batches[i], fix } satisfies BatchTask),
      here: (i) => checkBatchHere(run, batches[i], ctx),
      async take(outcome) {
        failures.push(...outcome.failures);
        for (const id of corpus.mergePacked(outcome.corpus, collectHere)) collectHere.add(id);
        for (const result of outcome.results) {
          if (collectHere.size) await collectCorpus(corpus, result, ctx.configFor(result.filePath), here);
          results.push(result);
          ctx.onFileDone?.(result);
        }
      },
    });
  } finally {
    await pool.destroy();
  }
  if (corpus.active) mergeCorpusFindings(results, corpus.finish());
  return { results, failures };
}

/** How `inBatchOrder` gets batches checked, and what it does with each outcome. */
export interface BatchSchedule<T> {
  /** Batches 0 … count − 1. */
  count: number;
  /** Worker threads: each is handed at most three batches at a time (two it holds, one queued). */
  workers: number;
  /** Batches handed out (to a worker or this thread) and not yet taken, at most. */
  window: number;
  inWorker(i: number): Promise<T>;
  here(i: number): Promise<T>;
  /** Each batch's outcome, in the order of the batches. */
  take(outcome: T, i: number): Promise<void> | void;
}

type Settled<T> = { outcome: T } | { error: unknown };

/**
 * Checks every batch, on the workers and on this thread, and takes the outcomes in the order of the
 * batches. This thread is one of the jobs: whenever the next outcome to take is not back yet, it checks
 * the next batch itself rather than wait (the workers meanwhile go on with the batches they hold). The
 * first error, in batch order, is thrown once its batch's turn comes.
 */
export async function inBatchOrder<T>(schedule: BatchSchedule<T>): Promise<void> {
  const { count, workers, window } = schedule;
  /** Batches checked and not taken yet. */
  const done = new Map<number, Settled<T>>();
  /** Batches a worker has: each promise settles once its batch is in `done`. */
  const inPool = new Map<number, Promise<void>>();
  let next = 0;
  const handOut = (taking: number) => {
    while (next < count && next < taking + window && inPool.size < workers * 3) {
      const i = next++;
      const settled = schedule.inWorker(i).then(
        (outcome) => void done.set(i, { outcome }),
        (error: unknown) => void done.set(i, { error }),
      );
      inPool.set(
        i,
        settled.finally(() => inPool.delete(i)),
      );
    }
  };
  for (let i = 0; i < count; i++) {
    handOut(i);
    while (!done.has(i)) {
      if (next < count && next < i + window) {
        const j = next++;
        done.set(j, await settle(schedule.here(j)));
        // Let the workers' answers in, and hand them more.
        await new Promise((resolve) => setImmediate(resolve));
        handOut(i);
      } else {
        await inPool.get(i);
      }
    }
    const settled = done.get(i)!;
    done.delete(i);
    if ('error' in settled) throw settled.error;
    await schedule.take(settled.outcome, i);
  }
}

async function settle<T>(outcome: Promise<T>): Promise<Settled<T>> {
  try {
    return { outcome: await outcome };
  } catch (error) {
    return { error };
  }
}

/**
 * Checks a batch in this thread as a worker would (src/pool/worker.ts): corpus states of its own, sent
 * through the same pack and merge, and this thread's memos (`run`'s slots) warm from batch to batch.
 */
async function checkBatchHere(run: RunContext, files: string[], ctx: RunOptions): Promise<BatchOutcome> {
  const batch = run.part({ corpus: { ...ctx.corpusConfig, only: canMerge, forMerge: true } });
  const targets = files.map((file) => ({ kind: 'file' as const, path: file }));
  const outcome = await checkTargetsIn(batch, targets, { ...ctx, onFileDone: undefined });
  return { ...outcome, corpus: batch.corpus.pack() };
}

/** Contiguous batches of the files, large first and smaller towards the end (see GUIDED_SHARES). */
export function makeBatches(files: readonly string[], sizes: readonly number[], jobs: number): string[][] {
  const batches: string[][] = [];
  let bytesLeft = sizes.reduce((a, b) => a + b, 0);
  let from = 0;
  while (from < files.length) {
    const shares = GUIDED_SHARES * jobs;
    const maxFiles = Math.max(MIN_BATCH_FILES, Math.ceil((files.length - from) / shares));
    const maxBytes = Math.min(MAX_BATCH_BYTES, Math.max(MIN_BATCH_BYTES, bytesLeft / shares));
    let to = from;
    let bytes = 0;
    while (to < files.length && to - from < maxFiles && (to === from || bytes + sizes[to] <= maxBytes)) bytes += sizes[to++];
    batches.push(files.slice(from, to));
    bytesLeft -= bytes;
    from = to;
  }
  return batches;
}

/**
 * Gives the corpus rules that collect here (`here`) the documents of one checked file, as a one-process
 * run would: the fixed text when fixing changed it, else the file as read. A file the worker skipped or
 * could not read has none.
 */
async function collectCorpus(corpus: CorpusRun, result: FileResult, config: FileSettings, here: (rule: Rule) => boolean): Promise<void> {
  if (result.skipped) return;
  const file = result.filePath;
  try {
    if (isJsonl(file)) {
      if (result.output !== undefined) {
        result.output.split('\n').forEach((line, i) => {
          const event = recordToDocument(Buffer.from(line, 'utf8'), i + 1, file, config);
          if (event?.kind === 'document') corpus.collect(event.doc, here);
        });
      } else {
        for await (const event of readJsonlDocuments(file, file, config)) if (event.kind === 'document') corpus.collect(event.doc, here);
      }
      return;
    }
    const doc =
      result.output !== undefined ? createDocument({ text: result.output, path: file }) : readTextDocument(readFileBytes(file), file).doc;
    corpus.collect(doc, here);
  } catch {
    // Skipped or unreadable: the worker has said so already.
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
