// How `copydesk fix` writes files: JSONL records re-serialised correctly, nobody else's change lost,
// symbolic links, hard links and read-only files left alone with a message, temporary files that a
// killed run leaves behind cleaned up, and a summary that counts only what was written.
import { spawnSync } from 'node:child_process';
import fs, { chmodSync, linkSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangedOnDisk, removeStaleTempFiles, writeFixedFile } from '../../src/fix/write-file.js';
import { serializeLike } from '../../src/input/jsonl-field.js';
import { makeTree, runCli } from '../helpers/cli.js';
import { cannotRunAsUser, openTreeToOthers, runCliAsUser } from './as-user.js';

const noUser = cannotRunAsUser();

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('fix on JSONL records whose text field has escapes', () => {
  it('rewrites a record with \\/ (PHP writes slashes so) and keeps that style; the summary counts the fix', () => {
    const dir = makeTree({ 'r.jsonl': '{"text":"a \\/ b the the."}\n' });
    const run = runCli(['fix', 'r.jsonl'], { cwd: dir });
    expect(read(dir, 'r.jsonl')).toBe('{"text":"a \\/ b the."}\n');
    expect(run.stderr).toContain('Applied 1 fix in 1 file.');
    expect(run.status).toBe(0);
  });

  it('re-serialises a field that mixes escape styles: the value is right, the rest of the line untouched', () => {
    const line = '{"id": 7,  "text":"a \\/ b / c \\u00e9 the the.", "url":"http:\\/\\/x"}';
    const dir = makeTree({ 'r.jsonl': `${line}\n{"text":"clean."}\n` });
    const run = runCli(['fix', 'r.jsonl'], { cwd: dir });
    const [first, second] = read(dir, 'r.jsonl').split('\n');
    expect(JSON.parse(first)).toEqual({ id: 7, text: 'a / b / c é the.', url: 'http://x' });
    expect(first.startsWith('{"id": 7,  "text":"')).toBe(true);
    expect(first.endsWith('", "url":"http:\\/\\/x"}')).toBe(true);
    expect(second).toBe('{"text":"clean."}');
    expect(run.status).toBe(0);
  });

  it("keeps each writer's style: ASCII-only \\u escapes (Python), upper-case hex, raw UTF-8", () => {
    expect(serializeLike('café the', '"caf\\u00e9 the the"')).toBe('"caf\\u00e9 the"');
    expect(serializeLike('café 𝓀', '"caf\\u00E9 \\uD835\\uDCC0 x"')).toBe('"caf\\u00E9 \\uD835\\uDCC0"');
    expect(serializeLike('café\nx', '"café the the\\nx"')).toBe('"café\\nx"');
  });

  it('leaves a line with invalid UTF-8 byte for byte while fixing the others', () => {
    const bad = Buffer.from('{"text":"caf\xe9 the the."}', 'latin1');
    const dir = makeTree({ 'r.jsonl': Buffer.concat([Buffer.from('{"text":"the the."}\n'), bad, Buffer.from('\n')]) });
    const run = runCli(['fix', 'r.jsonl'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'r.jsonl'))).toEqual(Buffer.concat([Buffer.from('{"text":"the."}\n'), bad, Buffer.from('\n')]));
    expect(run.stdout).toContain('Record 2 is not valid UTF-8');
    expect(run.status).toBe(1);
  });
});

describe("nobody else's change is lost", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a line appended while the fixed text is being written stays: the file is left as it is now', async () => {
    const dir = makeTree({ 't.txt': 'It was the the best.\n' });
    const file = path.join(dir, 't.txt');
    const original = readFileSync(file);
    let tempSeen: string[] = [];
    // Another process (a scraper) appends while copydesk writes its temporary file.
    const realFsync = fs.fsyncSync;
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
      tempSeen = readdirSync(dir).filter((name) => name !== 't.txt');
      fs.appendFileSync(file, 'A late paragraph.\n');
      realFsync(fd);
    });
    await expect(writeFixedFile(file, original, 'It was the best.\n', false)).rejects.toBeInstanceOf(ChangedOnDisk);
    expect(read(dir, 't.txt')).toBe('It was the the best.\nA late paragraph.\n');
    // The temporary file was copydesk's own, recognisable by its name, and it is gone.
    expect(tempSeen).toHaveLength(1);
    expect(tempSeen[0]).toMatch(/^\.t\.txt\.copydesk-\d+-[0-9a-f]{8}\.tmp$/);
    expect(readdirSync(dir)).toEqual(['t.txt']);
  });

  it('a file that was not written is not counted as fixed, and its findings are those of the file as it is', () => {
    const dir = makeTree({ 'a.txt': 'It was the the best.\n', 'b.txt': 'Then the the end.\n' });
    chmodSync(path.join(dir, 'b.txt'), 0o444);
    const run = runCli(['fix', '--format', 'json', '.'], { cwd: dir });
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    expect(results.find((r) => r.filePath.endsWith('b.txt'))?.errorCount).toBe(1);
    expect(results.find((r) => r.filePath.endsWith('a.txt'))?.errorCount).toBe(0);
    expect(run.stderr).toContain('Applied 1 fix in 1 file.');
    expect(run.stderr).toContain('Did not write b.txt: it is read-only; it was left unchanged.');
    expect(run.status).toBe(2);
  });
});

describe('files fix does not write', () => {
  const readOnlyTitle = 'a read-only file (mode 0444) is not written by an ordinary user: message, exit 2';
  it.skipIf(noUser)(noUser ? `${readOnlyTitle} (skipped: ${noUser})` : readOnlyTitle, () => {
    const dir = makeTree({ 'ro.txt': 'It was the the best.\n' });
    openTreeToOthers(dir);
    chmodSync(path.join(dir, 'ro.txt'), 0o444);
    const run = runCliAsUser(['fix', 'ro.txt'], dir);
    expect(read(dir, 'ro.txt')).toBe('It was the the best.\n');
    expect(fs.statSync(path.join(dir, 'ro.txt')).mode & 0o777).toBe(0o444);
    expect(run.stderr).toContain('Did not write ro.txt: it is read-only');
    expect(run.status).toBe(2);
  });

  it('never writes through a symbolic link, named or found in a folder', () => {
    const dir = makeTree({ 'o/r.txt': 'It was the the best.\n', 't/own.txt': 'Then the the end.\n' });
    symlinkSync('../o/r.txt', path.join(dir, 't/l.txt'));
    const walked = runCli(['fix', 't'], { cwd: dir });
    expect(read(dir, 'o/r.txt')).toBe('It was the the best.\n');
    expect(read(dir, 't/own.txt')).toBe('Then the end.\n');
    expect(walked.status).toBe(0);
    const named = runCli(['fix', 't/l.txt'], { cwd: dir });
    expect(read(dir, 'o/r.txt')).toBe('It was the the best.\n');
    expect(fs.lstatSync(path.join(dir, 't/l.txt')).isSymbolicLink()).toBe(true);
    expect(named.stderr).toContain('Did not write t/l.txt: it is a symbolic link');
    expect(named.status).toBe(2);
  });

  it('a file with hard links is reported, not split: every name keeps the same text', () => {
    const dir = makeTree({ 'a.txt': 'It was the the best.\n' });
    linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    const run = runCli(['fix', 'a.txt'], { cwd: dir });
    expect(run.stderr).toContain('Did not write a.txt: it has 2 hard links');
    expect(run.status).toBe(2);
    expect(fs.statSync(path.join(dir, 'a.txt')).ino).toBe(fs.statSync(path.join(dir, 'b.txt')).ino);
    expect(read(dir, 'b.txt')).toBe('It was the the best.\n');
  });
});

describe('temporary files a killed run left behind', () => {
  /** A process id that is surely not running: one that has just ended. */
  function endedPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(child.stdout);
  }

  it("the next fix removes copydesk's own leftovers, and only those of processes that are gone", () => {
    const stale = `.t.txt.copydesk-${endedPid()}-0badf00d.tmp`;
    const live = `.t.txt.copydesk-${process.pid}-0000beef.tmp`;
    const dir = makeTree({
      't.txt': 'Clean text.\n',
      [stale]: 'half a fi',
      [live]: 'being written',
      't.txt.1234567': 'a user file',
      'notes.tmp': 'mine',
    });
    const run = runCli(['fix', '.'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, 'notes.tmp', 't.txt', 't.txt.1234567'].sort());
    expect(removeStaleTempFiles(dir)).toEqual([]);
  });
});

describe('.jsonl.gz', () => {
  it('fix writes a gzipped dump back gzipped, fixed', () => {
    const dir = makeTree({ 'd.jsonl.gz': gzipSync('{"text":"It was the the best."}\n{"text":"Fine."}\n') });
    const run = runCli(['fix', 'd.jsonl.gz'], { cwd: dir });
    expect(gunzipSync(readFileSync(path.join(dir, 'd.jsonl.gz'))).toString()).toBe('{"text":"It was the best."}\n{"text":"Fine."}\n');
    expect(run.stderr).toContain('Applied 1 fix in 1 file.');
    expect(run.status).toBe(0);
  });
});
