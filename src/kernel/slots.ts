// Typed slots: how a rule keeps a per-run value (a memo of costly look-ups) without module state. A slot
// is a constant (a name and how to make its value); the value is made on first use, once per store,
// and the store is the run's (RunContext), so two runs, workers or tests never share it.
//
//   const NEAR_NAMES = defineMemo<string, string[]>('typo: near names of a capitalised word', 50_000);
//   check(doc, report, options, settings, context) {
//     const near = context.slot(NEAR_NAMES).get(word, () => searchNearNames(word));
//   }
//
// A memo must hold a pure function of its key: it only saves time, so what it answers never depends
// on which documents filled it, and evicting an entry changes nothing but speed.

/** A typed place for one value of a run, made on first use by `create`. */
export interface Slot<T> {
  /** What the value is, for debugging. */
  readonly name: string;
  readonly create: () => T;
}

export function defineSlot<T>(name: string, create: () => T): Slot<T> {
  return Object.freeze({ name, create });
}

/** A slot holding a bounded memo of a pure function's answers. */
export function defineMemo<K, V>(name: string, maxEntries: number): Slot<Memo<K, V>> {
  return defineSlot(name, () => new Memo<K, V>(maxEntries));
}

/**
 * A memo of at most `maxEntries` answers. When full, the oldest entry makes room, one at a time
 * (throwing the whole memo away would lose the frequent words a Zipfian text asks for again and again).
 */
export class Memo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The memoised answer for `key`, computed by `compute` the first time (or again after eviction). */
  get(key: K, compute: (key: K) => V): V {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = compute(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }
}

/** The values of slots, each made on first use. */
export class SlotStore {
  /** `values`: another store's, to share its slots (a worker's batches share the run's memos). */
  constructor(private readonly values = new Map<Slot<unknown>, unknown>()) {}

  /** This store's value of `slot`, made on first use. */
  slot<T>(slot: Slot<T>): T {
    if (this.values.has(slot)) return this.values.get(slot) as T;
    const value = slot.create();
    this.values.set(slot, value);
    return value;
  }

  /** The slot values, for a store that shares them. */
  protected get sharedValues(): Map<Slot<unknown>, unknown> {
    return this.values;
  }
}
