// The heap policy of a run that checks many documents: V8 grows its heap by less after each full
// collection (a factor of 1.5 instead of up to 4 when it judges the program fast at allocating).
//
// Why: what a run keeps alive is small (50–90 MiB of heap after a full collection on the 100 MB dump),
// but the documents' short-lived objects make V8 judge it an allocation-heavy program and give it up to
// four times that as room to grow, which stays resident: most of a run's peak RSS. On the 100 MB dump
// (docs/design.md, "Memory"), --heap-growing-percent=50 cut the peak from 474 to 340 MiB for ~2% more CPU
// time; 25 gave 331 MiB for ~7%. The flag only sets how far the heap grows before the next collection:
// it caps nothing, so a run that needs more memory still gets it, and findings do not depend on it.
// V8 reads it at each collection, so it holds from when it is set; V8's flags are the process's, so it
// covers the worker threads too.
import v8 from 'node:v8';

const HEAP_GROWING_PERCENT = 50;

/**
 * Runs `run` under the heap policy, then sets V8's flag back to its default (0: V8's own factors): V8
 * keys its code cache by the flags, and bin/copydesk.js writes that cache after the run, so a flag left
 * set would make every next start-up reject the cache and compile again.
 */
export async function withRunHeapPolicy<T>(run: () => Promise<T>): Promise<T> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  try {
    return await run();
  } finally {
    v8.setFlagsFromString('--heap-growing-percent=0');
  }
}
