// The lint-staged recipe (docs/recipes/lintstagedrc.json), end to end: lint-staged 16 from the npm
// registry, installed in a temporary folder (not one of our dependencies), runs as a project's git
// pre-commit hook, the way husky runs it, with copydesk on the PATH as a project's devDependency
// would be. Nothing here is timed.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, repoRoot, runCli } from '../helpers/cli.js';
import { git, makeGitRepo, run, tempDir, writeFiles, type Run } from '../helpers/git-repo.js';

/** The major version that still runs on Node 20 (lint-staged 17 needs Node 22). */
const LINT_STAGED = 'lint-staged@^16';
const RECIPE = readFileSync(path.join(repoRoot, 'docs/recipes/lintstagedrc.json'), 'utf8');

/** Our own sample dump: every defect in it has a safe fix. */
const FIXABLE = readFileSync(path.join(repoRoot, 'examples/harbour-festival.txt'), 'utf8');
/** "mayr" has several candidates, so it is reported and never fixed; "agian" is fixed. */
const UNFIXABLE = 'The harbour council met on Monday and the mayr spoke about the budget.\nMembers agreed to meet agian in March.\n';

let lintStagedBin: string;
let pathWithCopydesk: string;
beforeAll(() => {
  const tool = tempDir('lint-staged');
  writeFileSync(path.join(tool, 'package.json'), '{"private": true}\n');
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', LINT_STAGED], { cwd: tool });
  if (installed.status !== 0) throw new Error(`npm install ${LINT_STAGED} failed:\n${installed.stdout}${installed.stderr}`);
  lintStagedBin = path.join(tool, 'node_modules/lint-staged/bin/lint-staged.js');
  // `copydesk` on the PATH, as node_modules/.bin puts it for a project that installed it.
  const shims = path.join(tool, 'shims');
  mkdirSync(shims);
  symlinkSync(bin, path.join(shims, 'copydesk'));
  pathWithCopydesk = `${shims}${path.delimiter}${process.env.PATH}`;
}, 10 * 60_000);

/** A project with the recipe as .lintstagedrc.json and lint-staged as its pre-commit hook. */
function makeProject(files: Record<string, string>): string {
  const project = makeGitRepo({ '.lintstagedrc.json': RECIPE, ...files });
  const hook = path.join(project, '.git/hooks/pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${lintStagedBin}"\n`);
  chmodSync(hook, 0o755);
  git(project, 'add', '--all');
  return project;
}

function commit(project: string): Run {
  return run('git', ['commit', '-m', 'add a story'], {
    cwd: project,
    env: { PATH: pathWithCopydesk, NO_COLOR: '1', FORCE_COLOR: undefined, CI: 'true' },
  });
}

/** story.txt as copydesk's own `fix` leaves it, and the compact lines of what it still reports. */
function fixedByCopydesk(content: string): { text: string; left: string[] } {
  const dir = tempDir('expected-fix');
  writeFiles(dir, { 'story.txt': content });
  runCli(['fix', 'story.txt'], { cwd: dir });
  const left = runCli(['check', '--format', 'compact', 'story.txt'], { cwd: dir })
    .stdout.split('\n')
    .filter((line) => line.startsWith('story.txt:'));
  return { text: readFileSync(path.join(dir, 'story.txt'), 'utf8'), left };
}

describe('lint-staged recipe', () => {
  it('fixes the staged dump, commits the fixed text, and leaves other files alone', () => {
    const project = makeProject({ 'story.txt': FIXABLE, 'notes.md': 'Notes about the the dumps.\n' });
    const { text: fixed, left } = fixedByCopydesk(FIXABLE);
    expect(fixed).not.toBe(FIXABLE);
    expect(left.filter((line) => / error /.test(line))).toEqual([]);

    const result = commit(project);

    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(git(project, 'show', 'HEAD:story.txt')).toBe(fixed);
    expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(fixed);
    expect(git(project, 'show', 'HEAD:notes.md')).toBe('Notes about the the dumps.\n');
  });

  it('refuses the commit while an error is left, shows it, and puts the files back as they were', () => {
    const project = makeProject({ 'story.txt': UNFIXABLE });
    const { left } = fixedByCopydesk(UNFIXABLE);
    expect(left).toHaveLength(1);

    const result = commit(project);

    expect(result.status, result.stdout + result.stderr).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(left[0]);
    expect(git(project, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    expect(git(project, 'show', ':story.txt')).toBe(UNFIXABLE);
    expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(UNFIXABLE);
  });
});
