// Issue 10, rows 4, 9 and 12: file names that carry control characters are shown escaped in every
// human format; a file that could not be checked is said in every format; bad --max-warnings values
// and slips for a command name stop the run with a message.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { describeFinding } from '../../src/interactive/render.js';
import { makeTree, parseJson, runCli } from '../helpers/cli.js';

const ESC_NAME = 'na\u001b[2Jme.txt';
const DOUBLED = 'The council met on Monday and the the budget passed.\n';

describe('a file name with an escape sequence, a line break or a bidi override', () => {
  const names = [ESC_NAME, 'two\nlines.txt', 'evil\u202Etxt.exe.txt'];
  const shown = ['na<U+001B>[2Jme.txt', 'two<U+000A>lines.txt', 'evil<U+202E>txt.exe.txt'];

  for (const format of ['stylish', 'compact']) {
    it(`is escaped in ${format}`, () => {
      const dir = makeTree(Object.fromEntries(names.map((n) => [n, DOUBLED])));
      const run = runCli(['check', '--format', format, '.'], { cwd: dir });
      expect(run.status).toBe(1);
      for (const name of shown) expect(run.stdout).toContain(name);
      expect(run.stdout).not.toMatch(/[\u001b\u202E]/);
      expect(run.stdout).not.toContain('two\nlines');
    });
  }

  it('is escaped in the diff headers of fix --dry-run', () => {
    const dir = makeTree({ [ESC_NAME]: DOUBLED });
    const run = runCli(['fix', '--dry-run', '--format', 'compact', '.'], { cwd: dir });
    expect(run.stdout).toContain('--- a/na<U+001B>[2Jme.txt');
    expect(run.stdout + run.stderr).not.toContain('\u001b');
  });

  it('is escaped in messages on standard error', () => {
    const run = runCli(['check', ESC_NAME], { cwd: makeTree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No such file or folder: na<U+001B>[2Jme.txt');
    expect(run.stderr).not.toContain('\u001b');
  });

  it('is escaped in the human part of GitHub annotations, and kept real where GitHub reads it', () => {
    const dir = makeTree({ [ESC_NAME]: DOUBLED, 'b.txt': 'ok\u0000' });
    const run = runCli(['check', '--format', 'github', '.'], { cwd: dir });
    expect(run.stdout).toContain(`file=${ESC_NAME}`);
    const messages = run.stdout.split('\n').map((line) => line.split('::')[2] ?? '');
    expect(messages.join('')).not.toContain('\u001b');
  });

  it('is escaped where fix -i names the file', () => {
    const doc = createDocument({ text: DOUBLED, path: ESC_NAME });
    const finding = {
      ruleId: 'doubled-word',
      severity: 'error' as const,
      message: 'typed twice',
      start: 31,
      end: 38,
      line: 1,
      column: 32,
      endLine: 1,
      endColumn: 39,
    };
    const lines = describeFinding(doc, finding, `${ESC_NAME}:1:32  (1 of 1)`, [], 80, new Chalk({ level: 0 }));
    expect(lines[0]).toContain('na<U+001B>[2Jme.txt:1:32');
    expect(lines.join('\n')).not.toContain('\u001b');
  });

  it('stays the real name, JSON-escaped, in machine formats', () => {
    const dir = makeTree({ [ESC_NAME]: DOUBLED });
    const json = parseJson(runCli(['check', '--format', 'json', '.'], { cwd: dir }));
    expect(json[0].filePath).toBe(`${dir}/${ESC_NAME}`);
    const sarif = parseJson(runCli(['check', '--format', 'sarif', '.'], { cwd: dir }));
    expect(decodeURIComponent(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri)).toBe(ESC_NAME);
  });
});

describe('a file that could not be checked', () => {
  // A real binary (a PNG's header): one NUL in otherwise valid text is a stray-unicode finding, not a skip.
  const files = {
    'bin.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0xff]),
    'utf16.txt': Buffer.from('\uFEFFhello', 'utf16le'),
    'fine.txt': 'All is well here.\n',
  };

  for (const format of ['compact', 'gitlab', 'rdjson', 'json', 'jsonl', 'sarif', 'github']) {
    it(`is named on standard error, once, with --format ${format}`, () => {
      const run = runCli(['check', '--format', format, '.'], { cwd: makeTree(files) });
      expect(run.status).toBe(0);
      const notes = run.stderr.split('\n').filter(Boolean);
      expect(notes).toEqual([
        expect.stringMatching(/^copydesk: bin\.txt was not checked: binary file\.$/),
        expect.stringMatching(/^copydesk: utf16\.txt was not checked: /),
      ]);
    });
  }

  it('is said in stylish once, in the report', () => {
    const run = runCli(['check', '--format', 'stylish', 'bin.txt'], { cwd: makeTree(files) });
    expect(run.stdout).toContain('bin.txt  skipped: binary file');
    expect(run.stderr).toBe('');
  });

  it('is an info issue in gitlab, an INFO diagnostic in rdjson, a warning annotation in github', () => {
    const dir = makeTree(files);
    const gitlab = parseJson(runCli(['check', '--format', 'gitlab', 'bin.txt'], { cwd: dir }));
    expect(gitlab).toEqual([
      expect.objectContaining({
        check_name: 'not-checked',
        severity: 'info',
        description: 'Not checked: binary file',
        location: { path: 'bin.txt', lines: { begin: 1 } },
      }),
    ]);
    expect(gitlab[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const rdjson = parseJson(runCli(['check', '--format', 'rdjson', 'bin.txt'], { cwd: dir }));
    const info = { severity: 'INFO', message: 'Not checked: binary file', location: { path: 'bin.txt' } };
    expect(rdjson.diagnostics).toEqual([expect.objectContaining(info)]);
    const github = runCli(['check', '--format', 'github', 'bin.txt'], { cwd: dir });
    expect(github.stdout).toContain('::warning title=copydesk,file=bin.txt::Not checked: binary file');
  });
});

describe('--max-warnings', () => {
  const badValues = [
    [['--max-warnings', 'abc'], '"abc" is not a whole number'],
    [['--max-warnings', '1.5'], '"1.5" is not a whole number'],
    [['--max-warnings'], 'needs a number'],
  ] as const;
  for (const [args, said] of badValues) {
    it(`refuses ${args.join(' ')} (exit 2)`, () => {
      const run = runCli(['check', 'a.txt', ...args], { cwd: makeTree({ 'a.txt': DOUBLED }) });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--max-warnings ${said}`);
    });
  }

  it('takes a whole number, and -1 for no limit', () => {
    const dir = makeTree({ 'a.txt': DOUBLED });
    expect(runCli(['check', 'a.txt', '--rule', 'doubled-word=warn', '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
    expect(runCli(['check', 'a.txt', '--rule', 'doubled-word=warn', '--max-warnings', '1'], { cwd: dir }).status).toBe(0);
    expect(runCli(['check', 'a.txt', '--rule', 'doubled-word=warn', '--max-warnings', '-1'], { cwd: dir }).status).toBe(0);
  });
});

describe('a slip for a command name', () => {
  it('suggests the command (exit 2)', () => {
    for (const [typed, command] of [
      ['chek', 'check'],
      ['fxi', 'fix'],
      ['rule', 'rules'],
      ['inti', 'init'],
    ]) {
      const run = runCli([typed], { cwd: makeTree({}) });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`Did you mean \`copydesk ${command}\`?`);
    }
  });

  it('is not suggested for a path that exists, nor for a word far from every command', () => {
    const dir = makeTree({ 'chek/a.txt': 'All is well here.\n' });
    expect(runCli(['chek'], { cwd: dir }).status).toBe(0);
    const far = runCli(['banana'], { cwd: dir });
    expect(far.status).toBe(2);
    expect(far.stderr).toContain('No such file or folder: banana');
  });
});
