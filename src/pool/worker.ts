// The worker side of a parallel run (src/pool/check-in-parallel.ts): checks a batch of files with the
// same pipeline as a one-process run (src/run.ts), minus the corpus rules, which the main thread runs
// over every document in the run's order so that their findings never depend on the workers.
import { ConfigResolver } from '../config/file-config.js';
import type { Severity } from '../types.js';
import { checkTargets, type FileResult } from '../run.js';

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
}

export async function checkBatchInWorker(task: BatchTask): Promise<BatchOutcome> {
  const resolver = new ConfigResolver(task.cwd, task.configFile, task.ruleFlags);
  const corpusConfig = resolver.forFile(`${task.cwd}/.`);
  return checkTargets(
    task.files.map((file) => ({ kind: 'file' as const, path: file })),
    {
      configFor: (file) => resolver.forFile(file),
      // No corpus rules here: the main thread collects every document for them, in order.
      corpusConfig: { ...corpusConfig, rules: [] },
      cwd: task.cwd,
      readStdin: () => Promise.reject(new Error('a worker never reads standard input')),
      fix: task.fix
        ? { write: task.fix.write, fixableRules: task.fix.fixableRules ? new Set(task.fix.fixableRules) : undefined }
        : undefined,
    },
  );
}
