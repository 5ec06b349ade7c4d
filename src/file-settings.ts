// The settings the run uses for one file (src/config/file-config.ts makes them): its rules, the
// project's vocabulary and names, and the JSONL field that holds a record's text.
import type { RuleSet } from './kernel/lint.js';

export interface FileSettings extends RuleSet {
  jsonlTextField: string;
}
