// A thread's heap policy: a full, compacting garbage collection whenever V8's heap has grown by a step
// since the last one.
//
// Why: what a run keeps alive is small (50–60 MiB of heap after a full collection on the 100 MB dump),
// but the documents' short-lived objects make V8 grow its old generation far past that, and its own
// collections free objects without giving the pages back (they stay resident, half empty): most of a
// run's peak RSS was room to grow. A compacting collection moves what is alive onto few pages and
// releases the rest. Measured on the 100 MB dump (docs/design.md, "Memory"): without compaction the
// old generation still grew to twice what is alive. The step is counted from what the last collection
// left, so it never caps the heap: a run that needs more memory still gets it, and findings do not
// depend on any of this.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Growth of the heap (its committed size) since the last collection that calls for another. */
export const COLLECT_AFTER_GROWTH = 32 * 1024 * 1024;

export class HeapPolicy {
  private sizeAfterCollection = 0;
  private collect: (() => void) | undefined;

  constructor(private readonly growth = COLLECT_AFTER_GROWTH) {}

  /** Called after each document checked (or batch merged): collects if the heap has grown by the step. */
  noteChecked(): void {
    this.collectPast(this.growth);
  }

  /**
   * Called around the end of a run (the corpus rules' findings, then the report), whose allocations come
   * on top of the documents': a smaller step, so the heap starts them from what is alive.
   */
  settle(): void {
    this.collectPast(this.growth / 4);
  }

  private collectPast(step: number): void {
    if (heapSize() - this.sizeAfterCollection < step) return;
    this.collect ??= compactingCollection();
    this.collect();
    this.sizeAfterCollection = heapSize();
  }
}

/**
 * V8's own `gc`, which Node exposes only when started with --expose-gc: the flag is set for the moment
 * a fresh context is made (the function comes with it), then cleared, so no other code sees a `gc`.
 * V8 compacts on a full collection only where its heuristics say so; the flag asks it to every time,
 * and is set around our collections only, so V8's own stay as they were.
 */
function compactingCollection(): () => void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') {
    v8.setFlagsFromString('--expose-gc');
    try {
      gc = vm.runInNewContext('gc') as () => void;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  const collect = gc;
  return () => {
    v8.setFlagsFromString('--compact-on-every-full-gc');
    try {
      collect();
    } finally {
      v8.setFlagsFromString('--no-compact-on-every-full-gc');
    }
  };
}

/** V8's heap, committed (what process.memoryUsage().heapTotal says, without reading the process's RSS too). */
function heapSize(): number {
  return v8.getHeapStatistics().total_heap_size;
}
