// `--file-list FILE` (or `-` for standard input): the paths to check, one a line, as a CI job passes
// the files a change touched. Names are taken literally (a `[` or `*` in a name is part of the name),
// and only files with the extensions copydesk checks are kept: a list of changed files names code too.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { showInvisible } from '../reporters/show-invisible.js';

export interface FileListEntries {
  /** Absolute paths of the files and folders to check, in the list's order. */
  paths: string[];
  /** Listed names that are not there. */
  missing: string[];
}

export function parseFileList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}

/** Reads the list; `readStdin` when it is "-". */
export async function readFileList(source: string, cwd: string, readStdin: () => Promise<Buffer>): Promise<string[]> {
  if (source === '-') return parseFileList((await readStdin()).toString('utf8'));
  try {
    return parseFileList(readFileSync(path.resolve(cwd, source), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`Cannot read the file list ${showInvisible(source)}: ${reason}`);
  }
}

/** The listed names as absolute paths: folders, and files with one of `extensions`. */
export function listedTargets(names: readonly string[], cwd: string, extensions: readonly string[]): FileListEntries {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const abs = path.resolve(cwd, name);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(abs).isDirectory();
    } catch {
      missing.push(name);
      continue;
    }
    if (isDirectory || extensions.some((ext) => abs.toLowerCase().endsWith(ext.toLowerCase()))) paths.push(abs);
  }
  return { paths, missing };
}
