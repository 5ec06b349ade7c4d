// Whatever one run learns lives in one RunContext, passed to the kernel: the rules' slots (memos of
// costly look-ups, src/kernel/slots.ts) and the corpus rules' states. Nothing of it lives in module
// variables, so a document's findings never depend on what another run, worker or test saw.
import { CorpusRun, type CorpusConfig } from './corpus-run.js';
import { NO_SETTINGS } from './settings.js';
import { SlotStore } from './slots.js';

export interface RunContextInit {
  /** The corpus rules of the run and the settings they run with (none: no corpus rule runs). */
  corpus?: CorpusConfig;
}

export class RunContext extends SlotStore {
  /** The corpus rules' states: `collect` each document into them, `finish` once at the end. */
  readonly corpus: CorpusRun;

  constructor(init: RunContextInit = {}, slots?: RunContext) {
    super(slots?.sharedValues);
    const { rules = [], settings = NO_SETTINGS, ...options } = init.corpus ?? {};
    this.corpus = new CorpusRun(rules, settings, { ...options, slots: this });
  }

  /**
   * A context for a part of this run (a worker's batch) with corpus states of its own: its slots are
   * this run's, so memos stay warm from batch to batch.
   */
  part(init: RunContextInit): RunContext {
    return new RunContext(init, this);
  }
}
