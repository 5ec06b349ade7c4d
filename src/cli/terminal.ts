// What the CLI needs from the terminal: colour depth, standard input, and writing to a pipe that may close.

/**
 * Colour follows the terminal; NO_COLOR turns it off unless FORCE_COLOR insists (no-color.org).
 * FORCE_COLOR is read here, not only by chalk as it loads, because --color and --no-color set it.
 * chalk (its supports-color, which loads node:tty and node:os) is asked only when the answer is not
 * plain: a report going to a pipe or a file has no colour, and no check in a pre-commit hook pays for it.
 */
export async function colorLevel(): Promise<0 | 1 | 2 | 3> {
  const env = process.env;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  if (env.NO_COLOR) return 0;
  if (plainlyWithoutColor()) return 0;
  const { supportsColor } = await import('chalk');
  return supportsColor ? supportsColor.level : 0;
}

/**
 * What chalk's supports-color answers 0 for without looking further: standard output is not a
 * terminal, and neither FORCE_COLOR (even empty), a --color… flag it sniffs from the command line, nor
 * Azure Pipelines (which it trusts with colour in a pipe) says otherwise.
 */
function plainlyWithoutColor(): boolean {
  const env = process.env;
  if (process.stdout.isTTY || 'FORCE_COLOR' in env || ('TF_BUILD' in env && 'AGENT_NAME' in env)) return false;
  return !process.argv.some((arg) => /^--colou?rs?(?:=|$)/.test(arg));
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
