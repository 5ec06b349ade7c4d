// `--debug`: what the run decided and how long each step took, on standard error, so a slow or
// surprising run can be explained without a debugger. Internal errors then print their stack too.
import { showInvisible } from '../reporters/show-invisible.js';

export type DebugLog = (message: string) => void;

export function debugLog(enabled: boolean, stream: NodeJS.WritableStream = process.stderr): DebugLog {
  if (!enabled) return () => {};
  const started = clockMs();
  return (message) => {
    stream.write(`copydesk:debug +${Math.round(clockMs() - started)}ms ${showInvisible(message)}\n`);
  };
}

/**
 * Milliseconds on a monotonic clock, for the durations --debug prints. Not `performance.now()`: the
 * global `performance` loads node:perf_hooks and ten internal modules on first use (~1 ms of every start).
 */
export function clockMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
