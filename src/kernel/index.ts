// The kernel: pure checking and fixing of one document at a time, and the corpus rules' states. No file
// I/O, no config loading, no module-level state: a run's memos and corpus states live in the RunContext
// the caller makes and passes in (docs/design.md, "The kernel").
export { CorpusRun, canMerge, type CorpusConfig, type PackedCorpusStates } from './corpus-run.js';
export { fix, MAX_PASSES, type FixTextOptions, type FixTextResult } from './fix.js';
export { compareFindings, contextFor, idsOf, lint, mayJudge, toFinding, type ConfiguredRule, type RuleSet } from './lint.js';
export { RunContext, type RunContextInit } from './run-context.js';
export { NO_SETTINGS } from './settings.js';
export { defineMemo, defineSlot, Memo, SlotStore, type Slot } from './slots.js';
