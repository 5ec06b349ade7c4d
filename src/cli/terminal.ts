// What the CLI needs from the terminal: colour depth, standard input, and writing to a pipe that may close.
import { supportsColor } from 'chalk';

/**
 * Colour follows the terminal; NO_COLOR turns it off unless FORCE_COLOR insists (no-color.org).
 * FORCE_COLOR is read here, not only by chalk as it loads, because --color and --no-color set it.
 */
export function colorLevel(): 0 | 1 | 2 | 3 {
  const env = process.env;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  if (env.NO_COLOR) return 0;
  return supportsColor ? supportsColor.level : 0;
}

/** FORCE_COLOR as chalk reads it: "0"/"false" off, "true" basic, 1–3 that depth; empty means unset. */
function forcedLevel(value: string | undefined): 0 | 1 | 2 | 3 | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'false') return 0;
  if (value === 'true') return 1;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? undefined : (Math.min(Math.max(level, 0), 3) as 0 | 1 | 2 | 3);
}

let stdinBytes: Promise<Buffer> | null = null;

/** All of standard input, read once (the fixer prints it back unchanged when nothing was fixed). */
export function readAllStdinCached(): Promise<Buffer> {
  stdinBytes ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })();
  return stdinBytes;
}

export function writeOut(text: string): void {
  if (text) process.stdout.write(text);
}
