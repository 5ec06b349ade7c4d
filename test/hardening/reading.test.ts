// What copydesk reads: folder walks that stay inside the tree given and go on past a folder they cannot
// read, names with glob characters, a stray NUL in text, gzipped JSONL, and `fix -` as a filter that
// never damages bytes it cannot decode.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bin, makeTree, runCli, type CliRun } from '../helpers/cli.js';
import { cannotRunAsUser, openTreeToOthers, runCliAsUser } from './as-user.js';

const noUser = cannotRunAsUser();

const DOUBLED = 'It was the the best.\n';

/** The files a compact report names, each with how many findings. */
function reported(stdout: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of stdout.split('\n')) {
    const match = /^(.+?)(?:#\d+)?:\d+:\d+: /.exec(line);
    if (match) counts[match[1]] = (counts[match[1]] ?? 0) + 1;
  }
  return counts;
}

describe('folder walks and symbolic links', () => {
  it('links out of the tree are not followed, a link loop does not repeat files, each real file once', () => {
    const dir = makeTree({ 't/a.txt': DOUBLED, 't/sub/b.txt': DOUBLED, 'outside/o.txt': DOUBLED });
    symlinkSync('../outside', path.join(dir, 't/out'));
    symlinkSync('../outside/o.txt', path.join(dir, 't/o-link.txt'));
    symlinkSync('..', path.join(dir, 't/sub/loop'));
    symlinkSync('a.txt', path.join(dir, 't/same.txt'));
    const run = runCli(['check', 't'], { cwd: dir });
    expect(reported(run.stdout)).toEqual({ 't/a.txt': 1, 't/sub/b.txt': 1 });
    expect(run.status).toBe(1);
  });

  it('a file named twice, once through a link, is checked once', () => {
    const dir = makeTree({ 'a.txt': DOUBLED });
    symlinkSync('a.txt', path.join(dir, 'l.txt'));
    const run = runCli(['check', 'a.txt', 'l.txt', '.'], { cwd: dir });
    expect(Object.values(reported(run.stdout))).toEqual([1]);
  });
});

describe('folders that cannot be read', () => {
  const lockedTitle = 'a folder without permissions: "Cannot read folder", the rest is checked, exit 2';
  it.skipIf(noUser)(noUser ? `${lockedTitle} (skipped: ${noUser})` : lockedTitle, () => {
    const dir = makeTree({ 'a.txt': DOUBLED, 'locked/b.txt': DOUBLED, 'open/c.txt': DOUBLED });
    openTreeToOthers(dir);
    chmodSync(path.join(dir, 'locked'), 0o000);
    const run = runCliAsUser(['check', '.'], dir);
    chmodSync(path.join(dir, 'locked'), 0o755);
    expect(run.stderr).toContain('copydesk: Cannot read folder locked: permission denied; the files in it were not checked.');
    expect(run.stderr).not.toContain('internal error');
    expect(reported(run.stdout)).toEqual({ 'a.txt': 1, 'open/c.txt': 1 });
    expect(run.status).toBe(2);
  });

  it('a folder whose path is longer than the system allows is reported, not a crash', () => {
    const dir = makeTree({ 'a.txt': DOUBLED });
    // Built one level at a time (chdir, mkdir), the only way to make a path over PATH_MAX; removed with rm,
    // which walks it the same way.
    const build =
      "const fs = require('fs'); fs.mkdirSync('deep'); process.chdir('deep'); for (let i = 0; i < 25; i++) " +
      "{ fs.mkdirSync('d'.repeat(200)); process.chdir('d'.repeat(200)); } fs.writeFileSync('t.txt', 'The the end.\\n');";
    let run: CliRun | undefined;
    try {
      expect(spawnSync(process.execPath, ['-e', build], { cwd: dir }).status).toBe(0);
      run = runCli(['check', '.'], { cwd: dir });
    } finally {
      spawnSync('rm', ['-rf', 'deep'], { cwd: dir });
    }
    expect(run!.stderr).toMatch(/copydesk: Cannot read folder deep\/d+\/.*: its name is longer than the system allows/);
    expect(run!.stderr).not.toContain('internal error');
    expect(reported(run!.stdout)).toEqual({ 'a.txt': 1 });
    expect(run!.status).toBe(2);
  });
});

describe('file arguments that cannot be looked at', () => {
  it("a path over the system's limit is reported, and the other arguments are still checked", () => {
    const dir = makeTree({ 'a.txt': DOUBLED });
    const tooLong = `${'x/'.repeat(2100)}a.txt`;
    const run = runCli(['check', tooLong, 'a.txt'], { cwd: dir });
    expect(run.stderr).toContain('copydesk: Cannot read x/x/x/');
    expect(run.stderr).toContain('its name is longer than the system allows');
    expect(reported(run.stdout)).toEqual({ 'a.txt': 1 });
    expect(run.status).toBe(2);
  });
});

describe('names with backslashes and glob characters', () => {
  const names = ['back\\slash.txt', 'a[1].txt', 'star*.txt', 'what?.txt', 'brace{x}.txt'];

  it('are found in a folder walk and read as they are', () => {
    const dir = makeTree(Object.fromEntries(names.map((name) => [`d/${name}`, DOUBLED])));
    const run = runCli(['check', 'd'], { cwd: dir });
    expect(reported(run.stdout)).toEqual(Object.fromEntries(names.map((name) => [`d/${name}`, 1])));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('work as explicit file arguments, and a glob matches them', () => {
    const dir = makeTree(Object.fromEntries(names.map((name) => [`d/${name}`, DOUBLED])));
    const named = runCli(['check', ...names.map((name) => `d/${name}`)], { cwd: dir });
    expect(reported(named.stdout)).toEqual(Object.fromEntries(names.map((name) => [`d/${name}`, 1])));
    const globbed = runCli(['check', 'd/*.txt'], { cwd: dir });
    expect(reported(globbed.stdout)).toEqual(Object.fromEntries(names.map((name) => [`d/${name}`, 1])));
    expect(globbed.status).toBe(1);
    const fromBelow = runCli(['check', '../d/*.txt'], { cwd: path.join(dir, 'd') });
    expect(Object.keys(reported(fromBelow.stdout))).toHaveLength(names.length);
  });
});

describe('NUL bytes', () => {
  it('one NUL in an article is a stray-unicode finding (and fix deletes it), not a skipped file', () => {
    const dir = makeTree({ 'a.txt': 'The council met on Monday.\u0000 The vote was close.\n' });
    const run = runCli(['check', '--format', 'json', 'a.txt'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(result.messages.map((m) => m.ruleId)).toEqual(['stray-unicode']);
    expect(result.messages[0].message).toContain('U+0000');
    expect(run.status).toBe(1);
    expect(runCli(['fix', 'a.txt'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('The council met on Monday. The vote was close.\n');
  });

  it('real binary files stay skipped: an image, UTF-16 without a BOM', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8, 0, 0x10]);
    const dir = makeTree({ 'image.txt': png, 'utf16.txt': Buffer.from('The the council met.\n', 'utf16le') });
    const run = runCli(['check', '--format', 'json', '.'], { cwd: dir });
    const results = JSON.parse(run.stdout) as { messages: unknown[] }[];
    expect(results.every((r) => r.messages.length === 0)).toBe(true);
    expect(run.status).toBe(0);
  });
});

describe('.jsonl.gz input', () => {
  const gz = gzipSync('{"text":"Fine."}\n{"text":"It was the the best."}\n');

  it('is read transparently, findings name the record, and folder walks pick it up', () => {
    const dir = makeTree({ 'dumps/d.jsonl.gz': gz, 'dumps/a.txt': 'Fine.\n' });
    const run = runCli(['check', 'dumps'], { cwd: dir });
    // The record's line of the file, with the place in the record's text beside it.
    expect(run.stdout).toContain('dumps/d.jsonl.gz:2:1: error "the" is typed twice');
    expect(run.stdout).toContain('(record text 1:8) [doubled-word]');
    expect(run.status).toBe(1);
  });

  it('a file that is not gzip data is a clear failure, exit 2', () => {
    const dir = makeTree({ 'bad.jsonl.gz': '{"text":"not gzipped"}\n' });
    const run = runCli(['check', 'bad.jsonl.gz'], { cwd: dir });
    expect(run.stderr).toContain('copydesk: Cannot read bad.jsonl.gz: it is not valid gzip data');
    expect(run.status).toBe(2);
  });
});

describe('fix - is a filter that never damages bytes', () => {
  it('passes input that is not UTF-8 through byte for byte, and says why', () => {
    const input = Buffer.from('Caf\xe9 the the.\n', 'latin1');
    const run = spawnFix(input);
    expect(run.stdout).toEqual(input);
    expect(run.stderr).toContain('standard input is not valid UTF-8, so it was passed through unchanged, byte for byte.');
  });

  it('passes UTF-16 through byte for byte', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The the.\n', 'utf16le')]);
    const run = spawnFix(input);
    expect(run.stdout).toEqual(input);
    expect(run.stderr).toContain('passed through unchanged');
  });

  it('keeps a UTF-8 BOM, with and without fixes', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const fixed = spawnFix(Buffer.concat([bom, Buffer.from('It was the the best.\n')]));
    expect(fixed.stdout).toEqual(Buffer.concat([bom, Buffer.from('It was the best.\n')]));
    const clean = Buffer.concat([bom, Buffer.from('Fine.\n')]);
    expect(spawnFix(clean).stdout).toEqual(clean);
  });
});

function spawnFix(input: Buffer): { stdout: Buffer; stderr: string } {
  const env = { ...process.env, NO_COLOR: '1', CI: 'true' };
  const result = spawnSync(process.execPath, [bin, 'fix', '-'], { cwd: makeTree({}), input, env });
  return { stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}
