// Temporary git repositories for the integration tests: a user's project with staged dumps, and a
// snapshot of this working tree that hook frameworks can clone the way they clone a published repo.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot } from './cli.js';

/** Git without the user's or the machine's config, with a fixed identity for commits. */
const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'copydesk test',
  GIT_AUTHOR_EMAIL: 'test@copydesk.invalid',
  GIT_COMMITTER_NAME: 'copydesk test',
  GIT_COMMITTER_EMAIL: 'test@copydesk.invalid',
};

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command with git's isolated environment and without the npm_* variables that `npm test`
 * puts in ours: they would steer any npm the command starts (pre-commit installs hooks with npm).
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; input?: string },
): Run {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  Object.assign(env, GIT_ENV, options.env);
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd, env, input: options.input ?? '', maxBuffer: 64 * 1024 * 1024 };
  const result = spawnSync(command, args, { ...spawnOptions, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs git and throws with its output when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const result = run('git', args, { cwd });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

const madeDirs: string[] = [];
afterAll(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `copydesk-${prefix}-`));
  madeDirs.push(dir);
  return dir;
}

/** A new git repository on branch main, with the given files written (not staged) and one empty commit. */
export function makeGitRepo(files: Record<string, string> = {}): string {
  const dir = tempDir('repo');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'start');
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/**
 * This working tree as one commit of a new repository: every tracked file and every untracked file
 * git does not ignore, as they are on disk now. Hook frameworks install from a repository's committed
 * state, so the snapshot makes them install what is being tested (in CI, a clean clone, it is HEAD).
 */
export function snapshotWorkingTree(): { dir: string; rev: string } {
  const dir = tempDir('snapshot');
  const listed = git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  const deleted = new Set(git(repoRoot, 'ls-files', '-z', '--deleted').split('\0').filter(Boolean));
  for (const file of listed) {
    if (deleted.has(file)) continue;
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    copyFileSync(path.join(repoRoot, file), path.join(dir, file));
  }
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'snapshot of the working tree');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD').trim() };
}

/** Why a command cannot be run here, or false when it can. */
export function missingCommand(command: string, versionArg = '--version'): string | false {
  const probe = spawnSync(command, [versionArg], { encoding: 'utf8' });
  return probe.error || probe.status !== 0 ? `${command} is not installed` : false;
}
