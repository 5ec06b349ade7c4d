// PLACEHOLDER until the interactive session lands (being written).
import { UsageError } from '../errors.js';
import type { ConfiguredRule } from '../engine.js';
import type { RuleSettings } from '../types.js';

export interface InteractiveOptions {
  files: string[];
  rules: readonly ConfiguredRule[];
  settings: RuleSettings;
  cwd: string;
  configFile?: string;
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  colorLevel: 0 | 1 | 2 | 3;
}

export function assertTerminal(input: NodeJS.ReadStream, output: NodeJS.WriteStream): void {
  if (!input.isTTY || !output.isTTY) throw new UsageError('fix --interactive needs a terminal on standard input and output.');
}

export async function runInteractiveSession(_options: InteractiveOptions): Promise<number> {
  throw new UsageError('fix --interactive is not available yet.');
}
