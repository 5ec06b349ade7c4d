// The pre-commit hooks (.pre-commit-hooks.yaml), end to end with the real pre-commit framework, in
// both ways it installs a node hook: pre-commit 3.x runs `npm install` in its clone of the hook repo,
// `npm pack` and `npm install -g` of the tarball; 4.x runs `npm install -g git+file://<clone>`. Each
// clones a snapshot of this working tree, installs copydesk into a node environment of its own and
// runs the hooks on the staged files of a temporary project. Installs take a while; nothing is timed.
// Which pre-commit: Debian's (3.x) on PATH, and the newest from the Python package index, which
// .ci/run installs into .ci/pre-commit-venv; COPYDESK_TEST_PRE_COMMIT names other executables
// (separated like PATH). A version that is not found skips its tests and says why.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { git, makeGitRepo, run, snapshotWorkingTree, tempDir, writeFiles, type Run } from '../helpers/git-repo.js';

const INSTALL_TIMEOUT = 15 * 60_000;
const VENV_PRE_COMMIT = '.ci/pre-commit-venv/bin/pre-commit';

interface PreCommit {
  command: string;
  version: string;
  major: number;
}

/** The pre-commit executables to try, each with its version, or why it cannot be run. */
function findPreCommits(): Array<PreCommit | { command: string; missing: string }> {
  const named = (process.env.COPYDESK_TEST_PRE_COMMIT ?? '').split(path.delimiter).filter(Boolean);
  return [...named, 'pre-commit', path.join(repoRoot, VENV_PRE_COMMIT)].map((command) => {
    const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
    const version = /^pre-commit (\d+)\.\S+/.exec(probe.stdout ?? '');
    if (probe.error || probe.status !== 0 || !version) return { command, missing: 'not installed' };
    return { command, version: version[0].slice('pre-commit '.length), major: Number(version[1]) };
  });
}

/** How a candidate is named in a test title: no absolute paths of this machine. */
function shown(command: string): string {
  return path.isAbsolute(command) ? path.relative(repoRoot, command) || command : `${command} on PATH`;
}

const candidates = findPreCommits();
const SERIES = [
  { name: 'pre-commit 3.x', matches: (major: number) => major === 3, install: 'apt-get install pre-commit' },
  { name: 'pre-commit 4.x or later', matches: (major: number) => major >= 4, install: `bash .ci/run creates ${VENV_PRE_COMMIT}` },
];

/** Our own sample dump: a repeated lead, "the the", two misspellings, the end sign (all fixable). */
const DEFECTIVE = readFileSync(path.join(repoRoot, 'examples/harbour-festival.txt'), 'utf8');
const CLEAN =
  'The harbour council met on Monday to discuss the budget for next year.\nMembers agreed to meet again in March, the mayor said.\n';
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

for (const series of SERIES) {
  const found = candidates.find((candidate): candidate is PreCommit => 'major' in candidate && series.matches(candidate.major));
  const tried = candidates
    .map((candidate) => `${shown(candidate.command)}: ${'version' in candidate ? candidate.version : candidate.missing}`)
    .join('; ');
  const title = found
    ? `pre-commit hooks with pre-commit ${found.version} (${shown(found.command)})`
    : `pre-commit hooks with ${series.name} (skipped: none found; ${tried}; ${series.install})`;
  describe.skipIf(!found)(title, () => hookTests(found?.command ?? 'pre-commit'));
}

/** The hooks installed and run by the pre-commit executable `preCommit`. */
function hookTests(preCommit: string): void {
  let hookRepo: { dir: string; rev: string };
  // A store of this suite's own: `pre-commit run` and `git commit` install copydesk there once, from
  // the snapshot's commit, and reuse that install. try-repo always installs afresh in a store of its own.
  let preCommitHome: string;
  beforeAll(() => {
    hookRepo = snapshotWorkingTree();
    preCommitHome = tempDir('pre-commit-home');
  });

  function tryRepo(project: string, hookId: string): Run {
    return run(preCommit, ['try-repo', hookRepo.dir, hookId, '--color', 'never'], { cwd: project });
  }

  /** `pre-commit run HOOK` on the staged files, with a staged config that names the snapshot. */
  function runHook(project: string, hookId: string): Run {
    const config = `repos:\n  - repo: ${hookRepo.dir}\n    rev: ${hookRepo.rev}\n    hooks:\n      - id: ${hookId}\n`;
    writeFiles(project, { '.pre-commit-config.yaml': config });
    git(project, 'add', '.pre-commit-config.yaml');
    return run(preCommit, ['run', hookId, '--color', 'never'], { cwd: project, env: { PRE_COMMIT_HOME: preCommitHome } });
  }

  it('the manifest is valid for pre-commit', () => {
    const result = run(preCommit, ['validate-manifest', '.pre-commit-hooks.yaml'], { cwd: repoRoot });
    expect(output(result)).toBe('');
    expect(result.status).toBe(0);
  });

  it(
    'copydesk fails on a staged dump with defects and shows every finding; other text files are not passed',
    () => {
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
    },
    INSTALL_TIMEOUT,
  );

  it(
    'copydesk-fix repairs the staged dump and fails once; run again on the fixed file, it passes',
    () => {
      const project = makeGitRepo({ 'story.txt': DEFECTIVE });
      git(project, 'add', 'story.txt');
      const fixed = expectedFix(DEFECTIVE);
      expect(fixed).not.toBe(DEFECTIVE);

      const first = runHook(project, 'copydesk-fix');

      expect(first.status, output(first)).toBe(1);
      expect(first.stdout).toMatch(/^copydesk \(fix\)\.+Failed$/m);
      expect(first.stdout).toContain('- files were modified by this hook');
      expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(fixed);

      git(project, 'add', 'story.txt');
      const second = runHook(project, 'copydesk-fix');

      expect(second.status, output(second)).toBe(0);
      expect(second.stdout).toMatch(/^copydesk \(fix\)\.+Passed$/m);
      expect(readFileSync(path.join(project, 'story.txt'), 'utf8')).toBe(fixed);
    },
    INSTALL_TIMEOUT,
  );

  it(
    'installed with the recipe config, the hook refuses a commit of a defective dump and lets a clean one through',
    () => {
      // docs/recipes/pre-commit-config.yaml, pointed at the snapshot instead of the published repository.
      const recipe = readFileSync(path.join(repoRoot, 'docs/recipes/pre-commit-config.yaml'), 'utf8');
      const config = recipe.replace(/(\brepo: ).*/, `$1${hookRepo.dir}`).replace(/(\brev: ).*/, `$1${hookRepo.rev}`);
      expect(config).toContain(hookRepo.rev);
      const project = makeGitRepo({ '.pre-commit-config.yaml': config, 'story.txt': DEFECTIVE });
      const env = { PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: 'never' };
      const installed = run(preCommit, ['install'], { cwd: project, env });
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
    },
    INSTALL_TIMEOUT,
  );
}
