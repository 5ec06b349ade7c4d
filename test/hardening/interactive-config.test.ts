// `fix -i` reads each file with its own config (its nearest copydesk.config.json and the overrides that
// match it), through the same reading and checking as `check` and `fix`, not the current folder's config
// for every file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, makeTree, runCli } from '../helpers/cli.js';
import { Terminal, tmuxMissing } from '../helpers/pty.js';

const noTmux = tmuxMissing();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.close();
});

function startSession(dir: string, args: string[]): Terminal {
  const command = [process.execPath, bin, 'fix', '-i', ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const terminal = new Terminal(`${command}; echo "[exit $?]"`, { cwd: dir, env: { NO_COLOR: '1' }, columns: 100, rows: 40 });
  open.push(terminal);
  return terminal;
}

const DOUBLED = 'It was the the best.\n';

describe.skipIf(noTmux)(noTmux ? `fix -i with each file's config (skipped: ${noTmux})` : "fix -i with each file's config", () => {
  it("a subfolder's config and the overrides apply to its files, as check sees them", () => {
    const dir = makeTree({
      'copydesk.config.json': JSON.stringify({ overrides: [{ files: 'quiet/**', rules: { 'doubled-word': 'off' } }] }),
      'a.txt': DOUBLED,
      'sub/copydesk.config.json': JSON.stringify({ rules: { 'doubled-word': 'off' } }),
      'sub/b.txt': DOUBLED,
      'quiet/c.txt': DOUBLED,
    });
    // What check says: only a.txt has a finding.
    const check = runCli(['check', 'a.txt', 'sub/b.txt', 'quiet/c.txt'], { cwd: dir });
    expect(check.stdout).toContain('a.txt:1:8');
    expect(check.stdout).not.toContain('b.txt');
    expect(check.stdout).not.toContain('c.txt');
    const terminal = startSession(dir, ['a.txt', 'sub/b.txt', 'quiet/c.txt']);
    terminal.waitFor('a.txt:1:8  (1 of 1)');
    terminal.type('y');
    const screen = terminal.waitFor('[exit ');
    expect(screen).not.toContain('b.txt:1:8');
    expect(screen).not.toContain('c.txt:1:8');
    expect(screen).toContain('Summary: applied 1 fix, wrote 1 file, added 0 words.');
    expect(screen).toContain('[exit 0]');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('It was the best.\n');
    expect(readFileSync(path.join(dir, 'sub/b.txt'), 'utf8')).toBe(DOUBLED);
  });
});
