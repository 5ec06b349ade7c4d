import type { FileResult } from '../results/index.js';
import type { Rule } from '../types.js';

export interface ReporterContext {
  cwd: string;
  /** Colour depth for chalk: 0 means none. */
  colorLevel: 0 | 1 | 2 | 3;
  rules: ReadonlyMap<string, Rule>;
}

/** A reporter is `(results) => string`, as an ESLint formatter is. */
export type Reporter = (results: readonly FileResult[], ctx: ReporterContext) => string;

/**
 * A reporter that yields its report piece by piece (in order; joined, they are the reporter's string),
 * so a run with a million findings writes its report as it goes instead of holding it whole.
 */
export type StreamingReporter = (results: readonly FileResult[], ctx: ReporterContext) => Iterable<string>;
