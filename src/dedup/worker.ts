// The worker side of src/dedup/fingerprint-files.ts: takes one task at a time, sends its fingerprints
// back in batches (their buffers moved, not copied), then says it is done.
import { parentPort } from 'node:worker_threads';
import { fingerprintTask, type FingerprintTask } from './fingerprint-files.js';
import type { FingerprintBatch } from './packed-table.js';

export function runFingerprintWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runFingerprintWorker runs in a worker thread');
  port.on('message', (task: FingerprintTask) => {
    const emit = (batch: FingerprintBatch) => {
      const buffers = Object.values(batch).map((array) => (array as Uint32Array).buffer as ArrayBuffer);
      port.postMessage({ batch }, buffers);
    };
    fingerprintTask(task, emit).then(
      (done) => port.postMessage({ done }),
      (error: Error) => port.postMessage({ done: { failures: [`internal error: ${error.message}`], skipped: 0 } }),
    );
  });
}
