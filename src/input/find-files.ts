// Expands the command line's paths into the files to check: files as given, folders walked (honouring
// .gitignore and .copydeskignore files found on the way, and the config's `ignore`), globs matched.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type FastGlob from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

export type Target = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface FindOptions {
  cwd: string;
  extensions: readonly string[];
  /** Whether the config that applies to a file ignores it. */
  configIgnores?: (file: string) => boolean;
}

/** How the CLI passes "-" (standard input) through its argument parser. */
export const STDIN_ARG = '\u0000stdin';

const IGNORE_FILES = ['.gitignore', '.copydeskignore'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

// fast-glob and its matchers are a fifth of the CLI's code; a pre-commit hook that passes file names
// never needs them, so they load only when a folder is walked or a glob is matched.
// (createRequire, not import(): the CLI runs as a script with a code cache, which cannot import().)
let fastGlob: typeof FastGlob | null = null;
function loadFastGlob(): typeof FastGlob {
  fastGlob ??= createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
  return fastGlob;
}

export async function findTargets(args: readonly string[], options: FindOptions): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const filter = new IgnoreFilter(options);
  // A file named on the command line is checked even if .gitignore matches it (git's ignore is about
  // what to track, and `copydesk check bench/out/a.txt` means that file); copydesk's own ignores —
  // .copydeskignore and the config's `ignore` — still apply, so a pre-commit run skips them.
  const add = (file: string, named = false) => {
    const abs = path.resolve(options.cwd, file);
    if (named) filter.loadIgnoreFilesAbove(path.dirname(abs));
    if (seen.has(abs) || filter.ignores(abs, named)) return;
    seen.add(abs);
    targets.push({ kind: 'file', path: abs });
  };
  for (const arg of args) {
    if (arg === '-' || arg === STDIN_ARG) {
      targets.push({ kind: 'stdin' });
      continue;
    }
    const abs = path.resolve(options.cwd, arg);
    const stat = statOrNull(abs);
    if (stat?.isDirectory()) {
      const fg = loadFastGlob();
      filter.loadIgnoreFilesUnder(abs, fg);
      const pattern = `**/*{${options.extensions.join(',')}}`;
      const files = fg.sync(options.extensions.length === 1 ? `**/*${options.extensions[0]}` : pattern, { cwd: abs, absolute: true, dot: true, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      for (const file of files.sort()) add(file);
    } else if (stat) {
      add(abs, true);
    } else if (loadFastGlob().isDynamicPattern(arg)) {
      const fg = loadFastGlob();
      const files = fg.sync(arg, { cwd: options.cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, onlyFiles: true });
      if (files.length === 0) throw new UsageError(`No files match the pattern "${arg}".`);
      for (const file of files.sort()) {
        filter.loadIgnoreFilesAbove(path.dirname(file));
        add(file);
      }
    } else {
      throw new UsageError(`No such file or folder: ${arg}`);
    }
  }
  return targets;
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** Ignore files apply to the folder they sit in and everything below it, as git's do. */
class IgnoreFilter {
  private readonly rules: { dir: string; ig: Ignore; git: boolean }[] = [];
  private readonly loadedDirs = new Set<string>();

  constructor(private readonly options: FindOptions) {
    this.loadIgnoreFilesAbove(options.cwd);
  }

  /** The folders from `dir` up to the current folder (or to the repository root above it). */
  loadIgnoreFilesAbove(dir: string): void {
    for (let d = dir; ; d = path.dirname(d)) {
      this.loadDir(d);
      if (statOrNull(path.join(d, '.git')) || path.dirname(d) === d) break;
    }
  }

  loadIgnoreFilesUnder(root: string, fg: typeof FastGlob): void {
    this.loadIgnoreFilesAbove(root);
    const found = fg.sync(IGNORE_FILES.map((f) => `**/${f}`), { cwd: root, absolute: true, dot: true, ignore: ALWAYS_SKIPPED });
    for (const file of found) this.loadDir(path.dirname(file));
  }

  private loadDir(dir: string): void {
    if (this.loadedDirs.has(dir)) return;
    this.loadedDirs.add(dir);
    for (const name of IGNORE_FILES) {
      let text: string;
      try {
        text = readFileSync(path.join(dir, name), 'utf8');
      } catch {
        continue;
      }
      this.rules.push({ dir, ig: ignore().add(text), git: name === '.gitignore' });
    }
  }

  /** Whether an ignore applies; for a file named on the command line, only copydesk's own do. */
  ignores(file: string, named = false): boolean {
    if (this.options.configIgnores?.(file)) return true;
    for (const { dir, ig, git } of this.rules) {
      if (named && git) continue;
      const rel = path.relative(dir, file);
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      if (ig.ignores(rel.split(path.sep).join('/'))) return true;
    }
    return false;
  }
}
