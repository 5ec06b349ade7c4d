// The kernel's fix loop (src/kernel/fix.ts) for callers that fix one text on its own: a run of its own.
import { fix, type FixTextOptions, type FixTextResult } from '../kernel/fix.js';
import { RunContext } from '../kernel/run-context.js';

export { MAX_PASSES, type FixTextOptions, type FixTextResult } from '../kernel/fix.js';

export function fixText(text: string, options: FixTextOptions): FixTextResult {
  return fix(text, options, new RunContext());
}
