// The map stage of dedup: files in, fingerprints out, on all cores. Each input (a .txt file, or a
// .jsonl dump whose records are documents) is read, decoded and fingerprinted independently, so the
// work spreads over node:worker_threads workers, one input (or a batch of small files) at a time.
// Fingerprints come back in batches of typed arrays, moved, not copied. Nothing here depends on which
// worker read what, or in which order: the clustering orders documents itself.
import { Worker } from 'node:worker_threads';
import { isJsonl, readFileBytes, readJsonlDocuments, readTextDocument, SkippedFile } from '../input/read-sources.js';
import type { Document } from '../types.js';
import { fingerprintText, type LshShape } from './fingerprint.js';
import type { FingerprintBatch } from './packed-table.js';

export interface FingerprintTask {
  inputs: { index: number; path: string }[];
  jsonlTextField: string;
  lsh: LshShape;
}

export interface TaskOutcome {
  /** Inputs that could not be read, with the reason. */
  failures: string[];
  /** JSONL records that are not JSON objects with the text field, and binary files, left out. */
  skipped: number;
}

const BATCH_DOCUMENTS = 4096;

/** Collects fingerprints into typed arrays and hands them on every BATCH_DOCUMENTS documents. */
class BatchBuilder {
  private input: number[] = [];
  private record: number[] = [];
  private words: number[] = [];
  private exactKeys: number[] = [];
  private bands: Uint32Array[] = [];
  private shingles: Uint32Array[] = [];

  constructor(private readonly emit: (batch: FingerprintBatch) => void) {}

  add(input: number, doc: Document, lsh: LshShape): void {
    const fingerprint = fingerprintText(doc.text, doc.paragraphs, lsh);
    this.input.push(input);
    this.record.push(doc.record ?? 0);
    this.words.push(fingerprint.words);
    this.exactKeys.push(fingerprint.exactKey);
    this.bands.push(fingerprint.bands);
    this.shingles.push(fingerprint.shingles);
    if (this.input.length >= BATCH_DOCUMENTS) this.flush();
  }

  flush(): void {
    if (this.input.length === 0) return;
    const shingleCounts = Uint32Array.from(this.shingles, (s) => s.length);
    this.emit({
      input: Uint32Array.from(this.input),
      record: Uint32Array.from(this.record),
      words: Uint32Array.from(this.words),
      exactKeys: Float64Array.from(this.exactKeys),
      bands: concat(this.bands),
      shingleCounts,
      shingles: concat(this.shingles),
    });
    this.input = [];
    this.record = [];
    this.words = [];
    this.exactKeys = [];
    this.bands = [];
    this.shingles = [];
  }
}

function concat(arrays: Uint32Array[]): Uint32Array {
  const out = new Uint32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Fingerprints one task's inputs, handing batches to `emit`. */
export async function fingerprintTask(task: FingerprintTask, emit: (batch: FingerprintBatch) => void): Promise<TaskOutcome> {
  const builder = new BatchBuilder(emit);
  const outcome: TaskOutcome = { failures: [], skipped: 0 };
  for (const { index, path } of task.inputs) {
    try {
      if (isJsonl(path)) {
        for await (const event of readJsonlDocuments(path, path, { jsonlTextField: task.jsonlTextField })) {
          if (event.kind === 'document') builder.add(index, event.doc, task.lsh);
          else outcome.skipped++;
        }
      } else {
        builder.add(index, readTextDocument(readFileBytes(path), path).doc, task.lsh);
      }
    } catch (error) {
      if (error instanceof SkippedFile) outcome.skipped++;
      else outcome.failures.push(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  builder.flush();
  return outcome;
}

/** Small files go to workers in groups, so that a message per file does not cost more than the file. */
export function makeTasks(paths: readonly string[], base: Omit<FingerprintTask, 'inputs'>, filesPerTask = 64): FingerprintTask[] {
  const tasks: FingerprintTask[] = [];
  let current: FingerprintTask['inputs'] = [];
  paths.forEach((path, index) => {
    if (isJsonl(path)) {
      tasks.push({ ...base, inputs: [{ index, path }] });
      return;
    }
    current.push({ index, path });
    if (current.length === filesPerTask) {
      tasks.push({ ...base, inputs: current });
      current = [];
    }
  });
  if (current.length) tasks.push({ ...base, inputs: current });
  return tasks;
}

/**
 * Runs the tasks on `jobs` workers (in this thread when jobs is 1 or there is no bundle to start
 * workers from: the tests run the TypeScript sources). Resolves when every task is done.
 */
export async function runTasks(tasks: FingerprintTask[], jobs: number, emit: (batch: FingerprintBatch) => void): Promise<TaskOutcome> {
  const total: TaskOutcome = { failures: [], skipped: 0 };
  const add = (outcome: TaskOutcome) => {
    total.failures.push(...outcome.failures);
    total.skipped += outcome.skipped;
  };
  const bundle = bundlePath();
  if (jobs <= 1 || !bundle || tasks.length <= 1) {
    for (const task of tasks) add(await fingerprintTask(task, emit));
    return total;
  }
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(`require(${JSON.stringify(bundle)}).runFingerprintWorker()`, { eval: true });
      let finished = false;
      const sendNext = () => {
        if (next < tasks.length) {
          worker.postMessage(tasks[next++]);
        } else {
          finished = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (message: { batch?: FingerprintBatch; done?: TaskOutcome }) => {
        if (message.batch) emit(message.batch);
        if (message.done) {
          add(message.done);
          sendNext();
        }
      });
      worker.on('error', reject);
      // A worker that dies without an error (killed, out of memory) must not leave the run waiting.
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a fingerprint worker stopped (exit code ${code})`));
      });
      sendNext();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, runWorker));
  return total;
}

/** The bundle this code runs from (dist/copydesk.cjs), which a worker can load; null from the sources. */
function bundlePath(): string | null {
  return typeof __filename === 'string' && __filename.endsWith('.cjs') ? __filename : null;
}
