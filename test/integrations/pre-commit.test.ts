// The pre-commit hooks (.pre-commit-hooks.yaml), end to end with the real pre-commit framework: it
// clones a snapshot of this working tree, installs copydesk into a node environment of its own the
// way it does for users (npm install, npm pack, npm install -g of the tarball), and runs the hooks
// on the staged files of a temporary project. Each install takes a while; nothing here is timed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { git, makeGitRepo, missingCommand, run, snapshotWorkingTree, tempDir, writeFiles, type Run } from '../helpers/git-repo.js';

const noPreCommit = missingCommand('pre-commit');
const INSTALL_TIMEOUT = 15 * 60_000;

/** Our own sample dump: a repeated lead, "the the", two misspellings, the end sign (all fixable). */
const DEFECTIVE = readFileSync(path.join(repoRoot, 'examples/harbour-festival.txt'), 'utf8');
const CLEAN = 'The harbour council met on Monday to discuss the budget for next year.\nMembers agreed to meet again in March, the mayor said.\n';
/** Not a dump: the hooks pass only .txt and .jsonl files, so its doubled word must not be reported. */
const NOTES = 'Notes about the the dumps.\n';

/** What copydesk itself reports for `name` in `dir` (compact lines) and writes when fixing it. */
function expectedFindings(dir: string, name: string): string[] {
  const result = runCli(['check', '--format', 'compact', name], { cwd: dir });
  return result.stdout.split('\n').filter((line) => line.startsWith(`${name}:`));
}
function expectedFix(content: string): string {
  const dir = tempDir('expected-fix');
  writeFiles(dir, { 'dump.txt': content });
  runCli(['fix', 'dump.txt'], { cwd: dir });
  return readFileSync(path.join(dir, 'dump.txt'), 'utf8');
}

function output(result: Run): string {
  return result.stdout + result.stderr;
}

describe.skipIf(noPreCommit)(noPreCommit ? `pre-commit hooks (skipped: ${noPreCommit}; apt-get install pre-commit)` : 'pre-commit hooks', () => {
  let hookRepo: { dir: string; rev: string };
  beforeAll(() => {
    hookRepo = snapshotWorkingTree();
  });

  /** `pre-commit try-repo` with its own store: every call installs copydesk afresh. */
  function tryRepo(project: string, hookId: string): Run {
    return run('pre-commit', ['try-repo', hookRepo.dir, hookId, '--color', 'never'], { cwd: project, env: { PRE_COMMIT_HOME: tempDir('pre-commit-home') } });
  }

  it('the manifest is valid for pre-commit', () => {
    const result = run('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], { cwd: repoRoot });
    expect(output(result)).toBe('');
    expect(result.status).toBe(0);
  });

  it('copydesk fails on a staged dump with defects and shows every finding; other text files are not passed', () => {
    const project = makeGitRepo({ 'story.txt': DEFECTIVE, 'notes.md': NOTES });
    git(project, 'add', 'story.txt', 'notes.md');
    const findings = expectedFindings(project, 'story.txt');
    expect(findings.length).toBeGreaterThan(0);

    const result = tryRepo(project, 'copydesk');

    expect(result.status, output(result)).toBe(1);
    expect(result.stdout).toMatch(/^copydesk\.+Failed$/m);
    expect(result.stdout).toContain('- exit code: 1');
    for (const finding of findings) expect(result.stdout).toContain(finding);
    expect(result.stdout).not.toContain('notes.md');
    expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(DEFECTIVE);
  }, INSTALL_TIMEOUT);

  it('copydesk-fix repairs the staged dump and fails once; run again on the fixed file, it passes', () => {
    const project = makeGitRepo({ 'story.txt': DEFECTIVE });
    git(project, 'add', 'story.txt');
    const fixed = expectedFix(DEFECTIVE);
    expect(fixed).not.toBe(DEFECTIVE);

    const first = tryRepo(project, 'copydesk-fix');

    expect(first.status, output(first)).toBe(1);
    expect(first.stdout).toMatch(/^copydesk \(fix\)\.+Failed$/m);
    expect(first.stdout).toContain('- files were modified by this hook');
    expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(fixed);

    git(project, 'add', 'story.txt');
    const second = tryRepo(project, 'copydesk-fix');

    expect(second.status, output(second)).toBe(0);
    expect(second.stdout).toMatch(/^copydesk \(fix\)\.+Passed$/m);
    expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(fixed);
  }, 2 * INSTALL_TIMEOUT);

  it('installed with the recipe config, the hook refuses a commit of a defective dump and lets a clean one through', () => {
    // docs/recipes/pre-commit-config.yaml, pointed at the snapshot instead of the published repository.
    const recipe = readFileSync(path.join(repoRoot, 'docs/recipes/pre-commit-config.yaml'), 'utf8');
    const config = recipe.replace(/(\brepo: ).*/, `$1${hookRepo.dir}`).replace(/(\brev: ).*/, `$1${hookRepo.rev}`);
    expect(config).toContain(hookRepo.rev);
    const project = makeGitRepo({ '.pre-commit-config.yaml': config, 'story.txt': DEFECTIVE });
    const env = { PRE_COMMIT_HOME: tempDir('pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
    const installed = run('pre-commit', ['install'], { cwd: project, env });
    expect(installed.status, output(installed)).toBe(0);
    const findings = expectedFindings(project, 'story.txt');

    git(project, 'add', '.pre-commit-config.yaml', 'story.txt');
    const refused = run('git', ['commit', '-m', 'add a story'], { cwd: project, env });

    expect(refused.status, output(refused)).not.toBe(0);
    for (const finding of findings) expect(output(refused)).toContain(finding);
    expect(git(project, 'rev-list', '--count', 'HEAD').trim()).toBe('1');

    writeFiles(project, { 'story.txt': CLEAN });
    git(project, 'add', 'story.txt');
    const committed = run('git', ['commit', '-m', 'add a story'], { cwd: project, env });

    expect(committed.status, output(committed)).toBe(0);
    expect(output(committed)).toMatch(/^copydesk\.+Passed$/m);
    expect(git(project, 'rev-list', '--count', 'HEAD').trim()).toBe('2');
  }, INSTALL_TIMEOUT);
});
