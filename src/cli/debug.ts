// `--debug`: what the run decided and how long each step took, on standard error, so a slow or
// surprising run can be explained without a debugger. Internal errors then print their stack too.
import { showInvisible } from '../reporters/show-invisible.js';

export type DebugLog = (message: string) => void;

export function debugLog(enabled: boolean, stream: NodeJS.WritableStream = process.stderr): DebugLog {
  if (!enabled) return () => {};
  const started = performance.now();
  return (message) => {
    stream.write(`copydesk:debug +${Math.round(performance.now() - started)}ms ${showInvisible(message)}\n`);
  };
}
