// The worker side of a parallel run (src/pool/check-in-parallel.ts): checks a batch of files with the
// same pipeline as a one-process run (src/run.ts) and collects the documents for the corpus rules; their
// states go back to the main thread as plain data, to be merged in the order of the batches.
//
// A pool lives for one run, and so does each of its threads: the thread keeps the run's context (its
// rules' memos) and config from one batch to the next, and each batch gets corpus states of its own.
import { ConfigResolver } from '../config/file-config.js';
import { canMerge, type PackedCorpusStates } from '../kernel/corpus-run.js';
import { RunContext } from '../kernel/run-context.js';
import type { FileResult } from '../results/file-result.js';
import { checkTargetsIn } from '../run.js';
import type { Severity } from '../types.js';

/** What a worker is sent: plain data, since functions and classes do not cross threads. */
export interface BatchTask {
  cwd: string;
  configFile?: string;
  ruleFlags: Record<string, Severity>;
  files: string[];
  fix?: { write: boolean; fixableRules?: string[] };
}

export interface BatchOutcome {
  results: FileResult[];
  failures: string[];
  /** The batch's states of the corpus rules, by rule id. */
  corpus: PackedCorpusStates;
}

/** This thread's run: what every batch of it shares (the thread ends with the run's pool). */
let threadRun: { key: string; resolver: ConfigResolver; run: RunContext } | undefined;

function runOf(task: BatchTask): { resolver: ConfigResolver; run: RunContext } {
  const key = JSON.stringify([task.cwd, task.configFile, task.ruleFlags]);
  if (threadRun?.key !== key)
    threadRun = { key, resolver: new ConfigResolver(task.cwd, task.configFile, task.ruleFlags), run: new RunContext() };
  return threadRun;
}

export async function checkBatchInWorker(task: BatchTask): Promise<BatchOutcome> {
  const { resolver, run } = runOf(task);
  const corpusConfig = resolver.forFile(`${task.cwd}/.`);
  const batch = run.part({ corpus: { ...corpusConfig, only: canMerge, forMerge: true } });
  const outcome = await checkTargetsIn(
    batch,
    task.files.map((file) => ({ kind: 'file' as const, path: file })),
    {
      configFor: (file) => resolver.forFile(file),
      corpusConfig,
      cwd: task.cwd,
      readStdin: () => Promise.reject(new Error('a worker never reads standard input')),
      fix: task.fix
        ? { write: task.fix.write, fixableRules: task.fix.fixableRules ? new Set(task.fix.fixableRules) : undefined }
        : undefined,
    },
  );
  return { ...outcome, corpus: batch.corpus.pack() };
}
