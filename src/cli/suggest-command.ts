// `copydesk chek` runs the default command with a path "chek" that does not exist. When that lone
// word is a slip for a command, say so instead of "No such file or folder" (as git does).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { editDistance } from '../spelling/edit-distance.js';

export const COMMANDS = ['check', 'fix', 'rules', 'init'] as const;

/** The command `word` is a slip for, or null: a word of letters (no path, no glob) within two edits. */
export function commandSlipFor(word: string, cwd: string): string | null {
  if (!/^[a-z-]+$/i.test(word) || existsSync(path.resolve(cwd, word))) return null;
  let best: { command: string; distance: number } | null = null;
  for (const command of COMMANDS) {
    const typed = word.toLowerCase();
    // Two swapped letters are one slip ("fxi"); two edits are too many for a word as short as "fix".
    const distance = swapsTwoLetters(typed, command) ? 1 : editDistance(typed, command);
    if (distance <= Math.min(2, command.length - 2) && (!best || distance < best.distance)) best = { command, distance };
  }
  return best?.command ?? null;
}

function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}
