import { describe, expect, it } from 'vitest';
import { makeTree, parseJson, runCli } from './helpers/cli.js';

const CLEAN = 'The council met on Monday.\nIt agreed on a budget for next year.\n';
// 0xE9 is "é" in Latin-1: a file saved in the wrong encoding.
const LATIN1 = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' opens.\nSecond line, \xff here.\n', 'latin1')]);

describe('exit codes', () => {
  it('is 0 when nothing is wrong', () => {
    const dir = makeTree({ 'a.txt': CLEAN });
    const run = runCli(['check', 'a.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('is 1 for an error-level finding', () => {
    const dir = makeTree({ 'a.txt': LATIN1 });
    expect(runCli(['a.txt'], { cwd: dir }).status).toBe(1);
  });

  it('is 2 for a missing path, with a message and no stack trace', () => {
    const run = runCli(['check', 'no-such-file.txt'], { cwd: makeTree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No such file or folder: no-such-file.txt');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('is 2 for an unknown option', () => {
    const run = runCli(['--frobnicate'], { cwd: makeTree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('frobnicate');
  });

  it('is 2 for a bad --rule value', () => {
    const run = runCli(['--rule', 'typo=loud', 'a.txt'], { cwd: makeTree({ 'a.txt': CLEAN }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--rule typo=loud');
  });

  it('turns an error into a warning with --rule, and --max-warnings makes it fail again', () => {
    const dir = makeTree({ 'a.txt': LATIN1 });
    const warned = runCli(['--rule', 'encoding=warn', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(warned.status).toBe(0);
    expect(parseJson(warned)[0].warningCount).toBe(2);
    expect(runCli(['--rule', 'encoding=warn', '--max-warnings', '1', 'a.txt'], { cwd: dir }).status).toBe(1);
    expect(runCli(['--rule', 'encoding=warn', '--max-warnings', '2', 'a.txt'], { cwd: dir }).status).toBe(0);
  });

  it('--quiet hides warnings from the report', () => {
    const dir = makeTree({ 'a.txt': LATIN1 });
    const run = runCli(['--rule', 'encoding=warn', '--quiet', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(parseJson(run)[0].messages).toEqual([]);
  });
});

describe('--format json', () => {
  it("prints ESLint's result shape", () => {
    const dir = makeTree({ 'a.txt': LATIN1 });
    const [result] = parseJson(runCli(['--format', 'json', 'a.txt'], { cwd: dir }));
    expect(result.filePath).toBe(`${dir}/a.txt`);
    expect(result).toMatchObject({ errorCount: 2, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(result.messages[0]).toMatchObject({ ruleId: 'encoding', severity: 2, line: 1, column: 4, endLine: 1, endColumn: 5 });
    expect(result.messages[0].message).toContain('0xE9');
    expect(result.messages[1]).toMatchObject({ line: 2, column: 14 });
  });
});

describe('input', () => {
  it('reads standard input with -, named by --stdin-filename', () => {
    const run = runCli(['--format', 'json', '--stdin-filename', 'story.txt', '-'], { cwd: makeTree({}), input: LATIN1 });
    const [result] = parseJson(run);
    expect(result.filePath).toMatch(/story\.txt$/);
    expect(result.errorCount).toBe(2);
  });

  it('skips a binary file with a note', () => {
    const dir = makeTree({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    const run = runCli(['--format', 'json', 'image.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(parseJson(run)[0].skipped).toBe('binary file');
  });

  it('walks a folder, honouring .gitignore, .copydeskignore and the config ignore', () => {
    const dir = makeTree({
      'dump/a.txt': LATIN1,
      'dump/skip-git.txt': LATIN1,
      'dump/sub/skip-copydesk.txt': LATIN1,
      'dump/sub/kept.txt': LATIN1,
      'dump/drafts/x.txt': LATIN1,
      'dump/notes.md': LATIN1,
      '.gitignore': 'skip-git.txt\n',
      'dump/sub/.copydeskignore': 'skip-copydesk.txt\n',
      'copydesk.config.json': JSON.stringify({ ignore: ['dump/drafts/'] }),
    });
    const results = parseJson(runCli(['--format', 'json', 'dump'], { cwd: dir }));
    const files = results.map((r: { filePath: string }) => r.filePath.slice(dir.length + 1)).sort();
    expect(files).toEqual(['dump/a.txt', 'dump/sub/kept.txt']);
  });

  it('checks a file named on the command line even if .gitignore matches it, but not one .copydeskignore matches', () => {
    const dir = makeTree({ 'out/a.txt': LATIN1, 'drafts/b.txt': LATIN1, '.gitignore': 'out/\n', '.copydeskignore': 'drafts/\n' });
    const results = parseJson(runCli(['--format', 'json', 'out/a.txt', 'drafts/b.txt'], { cwd: dir }));
    expect(results.map((r: { filePath: string }) => r.filePath.slice(dir.length + 1))).toEqual(['out/a.txt']);
  });

  it('matches globs', () => {
    const dir = makeTree({ 'a/one.txt': CLEAN, 'b/two.txt': CLEAN, 'b/three.md': CLEAN });
    const results = parseJson(runCli(['--format', 'json', '**/*.txt'], { cwd: dir }));
    expect(results.map((r: { filePath: string }) => r.filePath.slice(dir.length + 1)).sort()).toEqual(['a/one.txt', 'b/two.txt']);
  });

  it('reports columns of CRLF files as for LF files', () => {
    const crlf = Buffer.from([...Buffer.from('First line.\r\nSecond '), 0xff, ...Buffer.from(' line.\r\n')]);
    const [result] = parseJson(runCli(['--format', 'json', 'a.txt'], { cwd: makeTree({ 'a.txt': crlf }) }));
    expect(result.messages[0]).toMatchObject({ line: 2, column: 8 });
  });

  it('checks each record of a JSONL dump, naming the record', () => {
    const jsonl = [
      JSON.stringify({ id: 1, text: 'A clean record.' }),
      'this line is not JSON',
      JSON.stringify({ id: 3, body: 'no text field' }),
    ].join('\n');
    const run = runCli(['--format', 'json', 'dump.jsonl'], { cwd: makeTree({ 'dump.jsonl': jsonl }) });
    const [result] = parseJson(run);
    expect(result.messages.map((m: { record: number; ruleId: string }) => [m.record, m.ruleId])).toEqual([
      [2, 'encoding'],
      [3, 'encoding'],
    ]);
    expect(result.messages[1].message).toContain('"text"');
  });

  it('reads the JSONL text field named in the config', () => {
    const jsonl = JSON.stringify({ body: 'Text in another field.' });
    const dir = makeTree({ 'dump.jsonl': jsonl, 'copydesk.config.json': JSON.stringify({ jsonl: { textField: 'body' } }) });
    expect(parseJson(runCli(['--format', 'json', 'dump.jsonl'], { cwd: dir }))[0].messages).toEqual([]);
  });
});

describe('config', () => {
  it('is found in a parent folder', () => {
    // With encoding off, stray-unicode reports the U+FFFD of the bytes: both are off.
    const config = JSON.stringify({ rules: { encoding: 'off', 'stray-unicode': 'off' } });
    const dir = makeTree({ 'copydesk.config.json': config, 'sub/a.txt': LATIN1 });
    expect(runCli(['a.txt'], { cwd: `${dir}/sub` }).status).toBe(0);
  });

  it('may live in package.json under "copydesk"', () => {
    const dir = makeTree({ 'package.json': JSON.stringify({ name: 'x', copydesk: { rules: { encoding: 'warn' } } }), 'a.txt': LATIN1 });
    expect(parseJson(runCli(['--format', 'json', 'a.txt'], { cwd: dir }))[0].warningCount).toBe(2);
  });

  it.each([
    ['{ "rules": { "typo": "loud" } }', '"rules.typo"'],
    ['{ "rules": { "no-such-rule": "error" } }', '"rules.no-such-rule": no rule has that id'],
    ['{ "words": "Hanoi" }', '"words": must be array'],
    ['{ "wrods": [] }', '"wrods": unknown key'],
    ['{ "rules": { "end-marker": ["error", { "nonsense": true }] } }', 'option "nonsense" is unknown'],
    ['{ "rules": ', 'is not valid JSON'],
  ])('a bad config %s exits 2 naming the key', (config, expected) => {
    const dir = makeTree({ 'copydesk.config.json': config, 'a.txt': CLEAN });
    const run = runCli(['a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('copydesk.config.json');
    expect(run.stderr).toContain(expected);
  });

  it('--config names a file; a missing one exits 2', () => {
    const dir = makeTree({ 'my.json': JSON.stringify({ rules: { encoding: 'off', 'stray-unicode': 'off' } }), 'a.txt': LATIN1 });
    expect(runCli(['--config', 'my.json', 'a.txt'], { cwd: dir }).status).toBe(0);
    const missing = runCli(['--config', 'nope.json', 'a.txt'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Config file not found: nope.json');
  });
});

describe('output formats', () => {
  it('compact prints path:line:col: severity message [rule]', () => {
    const run = runCli(['--format', 'compact', 'a.txt'], { cwd: makeTree({ 'a.txt': LATIN1 }) });
    expect(run.stdout.split('\n')[0]).toMatch(/^a\.txt:1:4: error Invalid UTF-8: byte 0xE9 .* \[encoding\]$/);
  });

  it('stylish marks the characters under the finding, with invisible ones spelled out', () => {
    const dir = makeTree({ 'a.txt': LATIN1, 'copydesk.config.json': '{}' });
    const run = runCli(['--format', 'stylish', 'a.txt'], { cwd: dir });
    const lines = run.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('Invalid UTF-8: byte 0xE9'));
    expect(lines[i + 1]).toBe('    Caf\uFFFD opens.');
    expect(lines[i + 2]).toBe('       ^');
    expect(run.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
  });

  it('jsonl streams one line per finding, the same findings as json, corpus findings included', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Report ${i}: Minister Gutiérrez said the plan was sound.\n`).join('');
    const dir = makeTree({ 'a.txt': LATIN1, 'b.txt': names, 'c.txt': 'Guitiérrez arrived on Monday.\n' });
    const lines = runCli(['--format', 'jsonl', '.'], { cwd: dir })
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const json = parseJson(runCli(['--format', 'json', '.'], { cwd: dir }));
    const fromJson = json.flatMap((r: { filePath: string; messages: { ruleId: string; line: number; column: number }[] }) =>
      r.messages.map((m) => `${r.filePath}:${m.line}:${m.column}:${m.ruleId}`),
    );
    expect(lines.map((l) => `${l.filePath}:${l.line}:${l.column}:${l.ruleId}`).sort()).toEqual(fromJson.sort());
    expect(lines.some((l) => l.ruleId === 'name-variant')).toBe(true);
  });

  it('copydesk rules lists every rule with severity and fixability', () => {
    const run = runCli(['rules']);
    expect(run.status).toBe(0);
    for (const id of [
      'encoding',
      'stray-unicode',
      'duplicate-lead',
      'duplicate-paragraph',
      'typo',
      'doubled-word',
      'truncated-fragment',
      'end-marker',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^${id}\\s+(error|warn)\\s+(yes|no)\\s+\\S`, 'm'));
    }
  });
});

describe('bad input', () => {
  it('checks a 20 MB single line without trouble', () => {
    const line = 'The market rose again today and traders were calm. '.repeat(400_000);
    const run = runCli(['--format', 'json', '--rule', 'truncated-fragment=off', 'big.txt'], { cwd: makeTree({ 'big.txt': line }) });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    expect(parseJson(run)[0].filePath).toMatch(/big\.txt$/);
  });
});
