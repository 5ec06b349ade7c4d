// What the CLI needs from the terminal: colour depth, standard input, and writing to a pipe that may close.
import { supportsColor } from 'chalk';

/** Colour follows the terminal; NO_COLOR turns it off unless FORCE_COLOR insists (no-color.org). */
export function colorLevel(): 0 | 1 | 2 | 3 {
  const env = process.env;
  if (env.NO_COLOR && !env.FORCE_COLOR) return 0;
  return supportsColor ? supportsColor.level : 0;
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
