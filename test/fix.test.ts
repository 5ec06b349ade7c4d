// copydesk fix: what is written, and that nothing else is.
import { readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/define-rule.js';
import { checkTargets } from '../src/run.js';
import { NO_SETTINGS } from '../src/engine.js';
import { bin, makeTree, parseJson, runCli } from './helpers/cli.js';

const DEFECTIVE = 'Officials said the the talks went well./.\nThe next round is due in May.\n';
const FIXED = 'Officials said the talks went well.\nThe next round is due in May.\n';

describe('copydesk fix', () => {
  it('fixes a file in place and reports what is left', () => {
    const dir = makeTree({ 'a.txt': DEFECTIVE });
    const run = runCli(['fix', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Applied 2 fixes in 1 file.');
    expect(parseJson(run)[0].messages).toEqual([]);
  });

  it('keeps CRLF line endings, a BOM and the file mode', () => {
    const crlf = '\uFEFF' + DEFECTIVE.replace(/\n/g, '\r\n');
    const dir = makeTree({ 'a.txt': crlf });
    const file = path.join(dir, 'a.txt');
    chmodSync(file, 0o640);
    runCli(['fix', 'a.txt'], { cwd: dir });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF' + FIXED.replace(/\n/g, '\r\n'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('never writes a file with invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' said the the same./.\n')]);
    const dir = makeTree({ 'a.txt': bytes });
    const run = runCli(['fix', 'a.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt')).equals(bytes)).toBe(true);
    expect(run.status).toBe(1);
  });

  it('--dry-run writes nothing and prints a unified diff', () => {
    const dir = makeTree({ 'a.txt': DEFECTIVE });
    const run = runCli(['fix', '--dry-run', 'a.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(DEFECTIVE);
    expect(run.stdout).toContain('--- a/a.txt');
    expect(run.stdout).toContain('-Officials said the the talks went well./.');
    expect(run.stdout).toContain('+Officials said the talks went well.');
    expect(run.stderr).toContain('Would apply 2 fixes in 1 file.');
  });

  it('--dry-run --format json carries the fixed text as output', () => {
    const dir = makeTree({ 'a.txt': DEFECTIVE, 'b.txt': FIXED });
    const results = parseJson(runCli(['fix', '--dry-run', '--format', 'json', '.'], { cwd: dir }));
    expect(results.find((r: { filePath: string }) => r.filePath.endsWith('a.txt')).output).toBe(FIXED);
    expect(results.find((r: { filePath: string }) => r.filePath.endsWith('b.txt'))).not.toHaveProperty('output');
  });

  it('fix - writes the fixed text to standard output', () => {
    const run = runCli(['fix', '-'], { input: DEFECTIVE, cwd: makeTree({}) });
    expect(run.stdout).toBe(FIXED);
    expect(run.status).toBe(0);
  });

  it('fix - passes a clean text through unchanged', () => {
    const run = runCli(['fix', '-'], { input: FIXED, cwd: makeTree({}) });
    expect(run.stdout).toBe(FIXED);
  });

  it('--rule limits which rules may fix', () => {
    const dir = makeTree({ 'a.txt': DEFECTIVE });
    runCli(['fix', '--rule', 'end-marker=error', 'a.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Officials said the the talks went well.\nThe next round is due in May.\n');
  });

  it('fixes a JSONL record by rewriting only its text field', () => {
    const line1 = '{"id": 7, "text": "Caf\\u00e9 owners said the the rent rose.", "tags": ["a", "b"]}';
    const line2 = '{"id":8,"text":"Nothing wrong here."}';
    const dir = makeTree({ 'd.jsonl': `${line1}\n${line2}\n` });
    runCli(['fix', 'd.jsonl'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'd.jsonl'), 'utf8')).toBe(
      '{"id": 7, "text": "Caf\\u00e9 owners said the rent rose.", "tags": ["a", "b"]}\n' + `${line2}\n`,
    );
  });

  it('a killed fix leaves the old file or the new one, never a mix', async () => {
    // ~8 MB with a fix in every paragraph, so the write takes long enough to be interrupted.
    // Paragraphs differ (a counter), so duplicate-paragraph has nothing to say.
    const lines = Array.from({ length: 140_000 }, (_, i) => `Prices rose by ${i} points and the the market closed higher on Friday./.`);
    const original = lines.join('\n') + '\n';
    const expected = lines.map((l) => l.replace('the the', 'the').replace('./.', '.')).join('\n') + '\n';
    for (const delay of [30, 120, 250, 400]) {
      const dir = makeTree({ 'big.txt': original });
      const child = spawn(process.execPath, [bin, 'fix', 'big.txt'], { cwd: dir, stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      const after = readFileSync(path.join(dir, 'big.txt'), 'utf8');
      expect(after === original || after === expected, `after a kill at ${delay} ms`).toBe(true);
    }
    // And left alone, the same run does write the fixed file.
    const dir = makeTree({ 'big.txt': original });
    runCli(['fix', 'big.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'big.txt'), 'utf8')).toBe(expected);
  });
});

describe('fix failures', () => {
  const base = { cwd: '/', readStdin: async () => Buffer.alloc(0) };
  const withRule = (rule: ReturnType<typeof deleteWord>) => {
    const config = { rules: [{ rule, severity: 'error' as const, options: {} }], settings: NO_SETTINGS, jsonlTextField: 'text' };
    return { ...base, configFor: () => config, corpusConfig: config };
  };
  const deleteWord = (onCheck: (file: string) => void) =>
    defineRule({
      id: 'test-delete-oops',
      description: 'test',
      severity: 'error',
      fixable: true,
      options: {},
      check(doc, report) {
        const at = doc.text.indexOf('oops');
        if (at >= 0) {
          onCheck(doc.path);
          report({ start: at, end: at + 4, message: 'oops', fix: { start: at, end: at + 4, text: '' } });
        }
      },
    });

  it('skips a file that changed on disk between reading and writing, and fixes the others', async () => {
    const dir = makeTree({ 'a.txt': 'one oops\n', 'b.txt': 'two oops\n' });
    const a = path.join(dir, 'a.txt');
    const rule = deleteWord((file) => {
      if (file === a) writeFileSync(a, 'edited by someone else\n');
    });
    const outcome = await checkTargets(
      [
        { kind: 'file', path: a },
        { kind: 'file', path: path.join(dir, 'b.txt') },
      ],
      {
        ...withRule(rule),
        fix: { write: true },
      },
    );
    expect(readFileSync(a, 'utf8')).toBe('edited by someone else\n');
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('two \n');
    expect(outcome.failures).toEqual([expect.stringContaining('changed on disk')]);
  });

  it('reports a file that cannot be written and goes on', async () => {
    const dir = makeTree({ 'gone/a.txt': 'one oops\n', 'b.txt': 'two oops\n' });
    const a = path.join(dir, 'gone/a.txt');
    const rule = deleteWord((file) => {
      if (file === a) rmSync(path.dirname(a), { recursive: true });
    });
    const outcome = await checkTargets(
      [
        { kind: 'file', path: a },
        { kind: 'file', path: path.join(dir, 'b.txt') },
      ],
      {
        ...withRule(rule),
        fix: { write: true },
      },
    );
    expect(outcome.failures).toEqual([expect.stringMatching(/Cannot write .*a\.txt: no such file; it was left unchanged/)]);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('two \n');
  });
});
