// Expands the command line's paths into the files to check: files as given, folders walked (honouring
// .gitignore and .copydeskignore files found on the way, and the config's `ignore`), globs matched.
//
// The walk is a plain readdir recursion rather than a glob library's, for three things users hit:
// a symbolic link is never followed (a link to /etc must not make `check` walk /etc, a link loop must
// not report a file forty times, and each real file is checked once, under its own name); a folder
// that cannot be read is reported ("Cannot read folder X") while the rest of the run goes on; and a
// name is only ever a name, so `back\slash.txt` or `a[1].txt` inside a folder is read as it is.
// Globs are matched with picomatch against the files a walk of the glob's base finds.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';

export type Target =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  /** A folder the walk could not read (permissions, a name too long): reported, the run goes on. */
  | { kind: 'unreadable'; path: string; reason: string };

export interface FindOptions {
  cwd: string;
  extensions: readonly string[];
  /** Whether the config that applies to a file ignores it. */
  configIgnores?: (file: string) => boolean;
}

/** How the CLI passes "-" (standard input) through its argument parser. */
export const STDIN_ARG = '\u0000stdin';

const IGNORE_FILES = ['.gitignore', '.copydeskignore'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export async function findTargets(args: readonly string[], options: FindOptions): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const filter = new IgnoreFilter(options);
  // A file named on the command line is checked even if .gitignore matches it (git's ignore is about
  // what to track, and `copydesk check bench/out/a.txt` means that file); copydesk's own ignores —
  // .copydeskignore and the config's `ignore` — still apply, so a pre-commit run skips them.
  const add = (abs: string, realPath: string, named = false) => {
    if (named) filter.loadIgnoreFilesAbove(path.dirname(abs));
    if (seen.has(realPath) || filter.ignores(abs, named)) return;
    seen.add(realPath);
    targets.push({ kind: 'file', path: abs });
  };
  const addWalked = (walk: Walk, root: string) => {
    targets.push(...walk.unreadable);
    // Walked files are reached without links, so their real path is the root's real path and the rest.
    const realRoot = realPathOr(root);
    for (const file of walk.files.sort()) add(file, path.join(realRoot, path.relative(root, file)));
  };
  for (const arg of args) {
    if (arg === '-' || arg === STDIN_ARG) {
      targets.push({ kind: 'stdin' });
      continue;
    }
    const abs = path.resolve(options.cwd, arg);
    const { stat, code } = statOrError(abs);
    if (stat?.isDirectory()) {
      filter.loadIgnoreFilesAbove(abs);
      const hasExtension = extensionMatcher(options.extensions);
      addWalked(
        walkFolder(
          abs,
          (file) => hasExtension(path.basename(file)),
          (dir) => filter.loadDir(dir),
        ),
        abs,
      );
    } else if (stat || (code !== 'ENOENT' && code !== 'ENOTDIR')) {
      // A path that exists but cannot be looked at (a folder on the way not searchable, a name over the
      // system's limit) is kept: reading it fails with the reason, and the run goes on with the others.
      add(abs, realPathOr(abs), true);
    } else if (picomatch.scan(arg).isGlob) {
      const walk = matchGlob(arg, options.cwd);
      if (walk.files.length === 0 && walk.unreadable.length === 0) throw new UsageError(`No files match the pattern "${arg}".`);
      for (const file of walk.files) filter.loadIgnoreFilesAbove(path.dirname(file));
      addWalked(walk, options.cwd);
    } else {
      throw new UsageError(`No such file or folder: ${arg}`);
    }
  }
  return targets;
}

interface Walk {
  files: string[];
  unreadable: Extract<Target, { kind: 'unreadable' }>[];
}

/**
 * Every file under `root` that `wanted` accepts, without following symbolic links; node_modules and
 * .git are skipped. `onFolder` sees each folder as it is entered (to load its ignore files).
 */
function walkFolder(root: string, wanted: (file: string) => boolean, onFolder: (dir: string) => void = () => {}): Walk {
  const walk: Walk = { files: [], unreadable: [] };
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      walk.unreadable.push({ kind: 'unreadable', path: dir, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    onFolder(dir);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && wanted(full)) {
        walk.files.push(full);
      }
    }
  }
  return walk;
}

/** The files a glob matches: its fixed base is walked, the rest matched (dot files only when named). */
function matchGlob(pattern: string, cwd: string): Walk {
  const { base, glob } = picomatch.scan(pattern.split(path.sep).join('/'));
  const root = path.resolve(cwd, base || '.');
  // Matched below the base, so `./`, `../` and absolute bases need no special case.
  const matches = picomatch(glob, { dot: false });
  return walkFolder(root, (file) => matches(path.relative(root, file).split(path.sep).join('/')));
}

/** `.jsonl` also takes in its gzipped form, `.jsonl.gz`, which is read transparently. */
function extensionMatcher(extensions: readonly string[]): (name: string) => boolean {
  const endings = extensions.flatMap((ext) => (ext === '.jsonl' ? [ext, `${ext}.gz`] : [ext]));
  return (name) => endings.some((ending) => name.endsWith(ending));
}

function statOrError(file: string): { stat?: Stats; code?: string } {
  try {
    return { stat: statSync(file) };
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code };
  }
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function realPathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
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

  loadDir(dir: string): void {
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
