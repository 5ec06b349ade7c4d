// Installing copydesk straight from a git checkout, as pre-commit 4.x does for a hook
// (`npm install --allow-git=root --install-links -g git+file://…`), without pre-commit in between:
// npm clones the commit, packs it and installs it with its runtime dependencies only. Then the
// installed command runs, also for a user who cannot write to the install (a global one owned by root).
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingCommand, run, snapshotWorkingTree, tempDir, writeFiles, type Run } from '../helpers/git-repo.js';

const INSTALL_TIMEOUT = 10 * 60_000;
const DOUBLED = 'The council met on Monday to discuss the the budget.\n';
const CLEAN = 'The council met on Monday to discuss the budget.\n';

/** Root passes every permission check, so a read-only install is tried as user nobody (setpriv). */
const isRoot = process.getuid?.() === 0;
const noOtherUser = isRoot ? missingCommand('setpriv', '--version') : false;

function output(result: Run): string {
  return result.stdout + result.stderr;
}

describe('npm install -g git+file:// (how pre-commit 4.x installs the hook)', () => {
  let prefix: string;
  let installed: Run;
  let dist: string;
  beforeAll(() => {
    const { dir } = snapshotWorkingTree();
    prefix = tempDir('global');
    // --prefer-offline: the runtime dependencies come from npm's cache, which `npm ci` filled.
    const asPreCommit4 = ['install', '--allow-git=root', '--install-links', '-g', `git+file://${dir}`];
    installed = run('npm', [...asPreCommit4, '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: prefix });
    dist = path.join(prefix, 'lib/node_modules/copydesk/dist');
  }, INSTALL_TIMEOUT);

  it('installs without building anything and without install scripts for npm to approve', () => {
    expect(installed.status, output(installed)).toBe(0);
    expect(output(installed)).not.toMatch(/npm error|install-scripts/);
    expect(readdirSync(dist).sort()).toEqual(['copydesk.cjs', 'copydesk.cjs.LEGAL.txt']);
  });

  it('the installed command reports a defect (exit 1) and passes a clean file (exit 0)', () => {
    const project = tempDir('project');
    writeFiles(project, { 'story.txt': DOUBLED, 'clean.txt': CLEAN });
    const copydesk = path.join(prefix, 'bin/copydesk');

    const defective = run(copydesk, ['check', '--format', 'compact', 'story.txt'], { cwd: project });
    expect(defective.status, output(defective)).toBe(1);
    expect(defective.stdout).toContain('story.txt:1:');
    expect(defective.stdout).toContain('[doubled-word]');

    const clean = run(copydesk, ['check', 'clean.txt'], { cwd: project });
    expect(clean.status, output(clean)).toBe(0);
    expect(clean.stderr).toBe('');
  });

  it('a failed write of the code cache changes nothing and leaves nothing behind', () => {
    // A file where the per-user cache folder (~/.cache) belongs: making the folder fails, as root too.
    const home = tempDir('home');
    writeFiles(home, { '.cache': 'not a folder' });
    const project = tempDir('project');
    writeFiles(project, { 'story.txt': DOUBLED });
    const before = readdirSync(dist).sort();

    const env = { HOME: home, XDG_CACHE_HOME: '', COPYDESK_CODE_CACHE: '' };
    const result = run(path.join(prefix, 'bin/copydesk'), ['check', '--format', 'compact', 'story.txt'], { cwd: project, env });

    expect(result.status, output(result)).toBe(1);
    expect(result.stdout).toContain('[doubled-word]');
    expect(result.stderr).toBe('');
    expect(readdirSync(home)).toEqual(['.cache']);
    expect(readdirSync(project)).toEqual(['story.txt']);
    expect(readdirSync(dist).sort()).toEqual(before);
  });

  describe.skipIf(noOtherUser)(noOtherUser ? `a read-only install (skipped: ${noOtherUser})` : 'a read-only install', () => {
    it('runs for a user who cannot write to it, with the same findings, and nothing is written there', () => {
      const before = readdirSync(dist).sort();
      const project = tempDir('project');
      writeFiles(project, { 'story.txt': DOUBLED });
      const args = ['check', '--format', 'compact', 'story.txt'];
      let result: Run;
      if (isRoot) {
        // Temporary folders are made for their owner only; npm made the install readable by all.
        chmodSync(prefix, 0o755);
        chmodSync(project, 0o755);
        const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups', '--', path.join(prefix, 'bin/copydesk'), ...args];
        result = run('setpriv', asNobody, { cwd: project, env: { HOME: project } });
      } else {
        chmodSync(dist, 0o555);
        try {
          result = run(path.join(prefix, 'bin/copydesk'), args, { cwd: project });
        } finally {
          chmodSync(dist, 0o755);
        }
      }

      expect(result.status, output(result)).toBe(1);
      expect(result.stdout).toContain('[doubled-word]');
      expect(result.stderr).toBe('');
      expect(readdirSync(dist).sort()).toEqual(before);
      expect(existsSync(path.join(dist, 'copydesk.cjs'))).toBe(true);
    });
  });
});
