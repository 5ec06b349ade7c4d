// stylish ends with findings per rule and the files with the most; compact and the machine formats
// stay as they were.
import { describe, expect, it } from 'vitest';
import { runFormat } from './run-format.js';

const FILES = {
  'copydesk.config.json': '{}',
  'a.txt': 'He said the the port will open.\nIt is is fine.\nThe the end.\n',
  'b.txt': 'Café\u200B opens the the door.\n',
  'c\u001b[31mred.txt': 'A clean line.\nAnd and another.\n',
};

describe('stylish summary', () => {
  it('ends with a table per rule (errors, warnings, fixable) and the files with the most findings', () => {
    const { stdout, status } = runFormat('stylish', FILES, ['.']);
    expect(status).toBe(1);
    const tail = stdout.slice(stdout.indexOf('  Rule ')).split('\n');
    expect(tail).toEqual([
      '  Rule           Errors  Warnings  Fixable',
      '  doubled-word        5         0        5',
      '  stray-unicode       1         0        1',
      '  ─────────────  ──────  ────────  ───────',
      '  total               6         0        6',
      '',
      '  Findings  File (the 3 with the most findings)',
      '         3  a.txt',
      '         2  b.txt',
      // A control character in a file name is spelled out, not sent to the terminal.
      '         1  c<U+001B>[31mred.txt',
      '',
      '✖ 6 problems (6 errors, 0 warnings)',
      '  6 errors and 0 warnings potentially fixable with `copydesk fix`.',
      '',
    ]);
  });

  it('lists at most ten files', () => {
    // The files share their lines on purpose: the cross-document rules are off so each file's count is its own.
    const corpusOff = { rules: { 'duplicate-document': 'off', 'cross-document-paragraph': 'off', boilerplate: 'off' } };
    const files: Record<string, string> = { 'copydesk.config.json': JSON.stringify(corpusOff) };
    for (let i = 0; i < 12; i++) files[`f${String(i).padStart(2, '0')}.txt`] = 'The the end.\n'.repeat(i + 1);
    const { stdout } = runFormat('stylish', files, ['.']);
    const listed = stdout.split('\n').filter((line) => /^ +\d+ {2}f\d\d\.txt$/.test(line));
    const expected = Array.from({ length: 10 }, (_, i) => `${12 - i}  f${String(11 - i).padStart(2, '0')}.txt`);
    expect(listed.map((line) => line.trim())).toEqual(expected);
  });

  it('leaves out the file list for one file, and the whole summary for a clean run', () => {
    const one = runFormat('stylish', { 'copydesk.config.json': '{}', 'a.txt': 'The the end.\n' }, ['.']).stdout;
    expect(one).toContain('  doubled-word       1         0        1');
    expect(one).not.toContain('File (the');
    expect(runFormat('stylish', { 'copydesk.config.json': '{}', 'a.txt': 'Clean.\n' }, ['.']).stdout).toBe('');
  });

  it('adds nothing to compact', () => {
    const { stdout } = runFormat('compact', FILES, ['.']);
    expect(stdout).not.toContain('Rule');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('6 problems');
  });
});
