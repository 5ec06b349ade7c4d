// Issue 10, section 4: the options users bring from ESLint, cspell, typos and ruff, and positions of
// JSONL findings that editors can jump to.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, parseJson, repoRoot, runCli } from '../helpers/cli.js';

const DOUBLED = 'The council met on Monday and the the budget passed.\n';
const CLEAN = 'The council met on Monday.\n';

describe('--color and --no-color', () => {
  it('--color forces colour into a pipe; --no-color wins over FORCE_COLOR', () => {
    const dir = makeTree({ 'a.txt': DOUBLED });
    const colored = runCli(['check', '--color', '--format', 'stylish', 'a.txt'], { cwd: dir });
    expect(colored.status).toBe(1);
    expect(colored.stdout).toContain('\u001b[');
    const plain = runCli(['check', '--no-color', '--format', 'stylish', 'a.txt'], { cwd: dir, env: { FORCE_COLOR: '3', NO_COLOR: '' } });
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain('\u001b[');
  });
});

describe('-o, --output-file', () => {
  it('writes the report to the file (folders made), nothing to standard output, same exit code', () => {
    const dir = makeTree({ 'a.txt': DOUBLED });
    for (const format of ['json', 'sarif', 'compact', 'stylish', 'jsonl', 'gitlab', 'rdjson', 'github', 'json-with-metadata']) {
      const env = { FORCE_COLOR: '3', NO_COLOR: '' };
      const run = runCli(['check', '--format', format, '-o', `reports/out.${format}`, 'a.txt'], { cwd: dir, env });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const written = readFileSync(path.join(dir, 'reports', `out.${format}`), 'utf8');
      expect(written).toContain('doubled-word');
      expect(written).not.toContain('\u001b[');
    }
    expect(readdirSync(path.join(dir, 'reports')).every((name) => name.startsWith('out.'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/out.json'), 'utf8'))[0].messages[0].ruleId).toBe('doubled-word');
  });

  it('takes the report of fix -, leaving standard output to the fixed text', () => {
    const dir = makeTree({});
    const run = runCli(['fix', '-', '--format', 'json', '-o', 'r.json'], { cwd: dir, input: 'the the cat.\n' });
    expect(run.stdout).toBe('');
    expect(parseJson({ ...run, stdout: readFileSync(path.join(dir, 'r.json'), 'utf8') })[0].output).toBe('the cat.\n');
  });

  it('is exit 2 with a message when the file cannot be written', () => {
    const dir = makeTree({ 'a.txt': CLEAN, 'taken/x': '' });
    const run = runCli(['check', '-o', 'taken/x/report.txt', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Cannot write the report to taken/x/report.txt');
  });
});

describe('--print-config', () => {
  it('prints the settings that apply to the file, overrides included, and checks nothing', () => {
    const dir = makeTree({
      'copydesk.config.json': JSON.stringify({
        words: ['Haiphong'],
        rules: { typo: 'warn' },
        overrides: [{ files: 'wire/**', rules: { 'doubled-word': 'off' }, words: ['Vinashin'] }],
      }),
      'wire/a.txt': DOUBLED,
    });
    const run = runCli(['--print-config', 'wire/a.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    const config = parseJson(run);
    expect(config).toMatchObject({ configFile: path.join(dir, 'copydesk.config.json'), ignored: false, words: ['haiphong', 'vinashin'] });
    expect(config.jsonl).toEqual({ textField: 'text' });
    expect(config.rules['doubled-word']).toBe('off');
    expect(config.rules.typo[0]).toBe('warn');
    expect([config.rules.encoding].flat()[0]).toBe('error');
    const plain = parseJson(runCli(['--print-config', 'other.txt'], { cwd: dir }));
    expect([plain.rules['doubled-word']].flat()[0]).toBe('error');
  });
});

describe('--debug', () => {
  it('tells the config, the files and the timings on standard error', () => {
    const dir = makeTree({ 'copydesk.config.json': '{}', 'a.txt': CLEAN });
    const run = runCli(['check', '--debug', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^copydesk:debug \+\d+ms config of the run: .*copydesk\.config\.json$/m);
    expect(run.stderr).toMatch(/^copydesk:debug \+\d+ms 1 file to check$/m);
    expect(run.stderr).toMatch(/^copydesk:debug \+\d+ms checked 1 file in \d+ ms$/m);
  });
});

describe('--debug with an internal error', () => {
  // A failure copydesk does not expect, injected by a preloaded module: reading boom.txt throws.
  const files = {
    'boom.txt': 'Text.\n',
    'throw.cjs': `const fs = require('node:fs');
const real = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (String(file).endsWith('boom.txt')) throw new Error('injected failure');
  return real.call(this, file, ...rest);
};`,
  };

  it('prints the stack with --debug, and only a hint without it', () => {
    const dir = makeTree(files);
    const env = { NODE_OPTIONS: `--require ${path.join(dir, 'throw.cjs')}`, DEBUG: '' };
    const debug = runCli(['check', '--debug', 'boom.txt'], { cwd: dir, env });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toContain('copydesk: internal error: injected failure');
    expect(debug.stderr).toMatch(/\n\s+at .*copydesk\.cjs:\d+/);
    const plain = runCli(['check', 'boom.txt'], { cwd: dir, env });
    expect(plain.status).toBe(2);
    expect(plain.stderr).not.toMatch(/\bat .*copydesk\.cjs/);
  });
});

describe('a cache or baseline that cannot be written', () => {
  it('is exit 2 with a message, not an internal error', () => {
    const dir = makeTree({ 'a.txt': CLEAN, 'taken/x': '' });
    for (const args of [
      ['--cache', '--cache-location', 'taken'],
      ['--baseline-write', 'taken'],
    ]) {
      const run = runCli(['check', ...args, 'a.txt'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Cannot write the (cache|baseline) taken: EISDIR/);
      expect(run.stderr).not.toContain('internal error');
    }
  });
});

describe('-v', () => {
  it('prints the version, as --version does', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(runCli(['-v']).stdout.trim()).toBe(pkg.version);
  });
});

describe('--ignore-pattern', () => {
  it('leaves out files matching gitignore-style patterns, repeatable, named files too', () => {
    const dir = makeTree({ 'news/a.txt': DOUBLED, 'drafts/b.txt': DOUBLED, 'news/c.draft.txt': DOUBLED });
    const run = runCli(['check', '--format', 'json', '--ignore-pattern', 'drafts/', '--ignore-pattern', '*.draft.txt', '.'], { cwd: dir });
    expect(parseJson(run).map((r: { filePath: string }) => path.relative(dir, r.filePath))).toEqual(['news/a.txt']);
    const named = runCli(['check', '--ignore-pattern', 'drafts/', 'drafts/b.txt'], { cwd: dir });
    expect(named.status).toBe(0);
    expect(named.stdout).toBe('');
  });
});

describe('--file-list', () => {
  it('checks the listed files literally, skips names that are gone and files of other types', () => {
    const dir = makeTree({ '[x].txt': DOUBLED, 'x.txt': DOUBLED, 'b.txt': DOUBLED, 'code.ts': 'the the', 'c.txt': DOUBLED });
    const list = '[x].txt\r\nb.txt\ndeleted.txt\ncode.ts\n\n';
    const run = runCli(['check', '--format', 'json', '--file-list', '-'], { cwd: dir, input: list });
    expect(run.status).toBe(1);
    expect(parseJson(run).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(['[x].txt', 'b.txt']);
    expect(run.stderr).toContain('deleted.txt (from the file list) does not exist; skipped.');
  });

  it('reads a list from a file; an empty list checks nothing, exit 0', () => {
    const dir = makeTree({ 'a.txt': DOUBLED, 'changed.txt': 'a.txt\n', 'empty.txt': '' });
    expect(runCli(['check', '--file-list', 'changed.txt'], { cwd: dir }).status).toBe(1);
    const empty = runCli(['check', '--format', 'json', '--file-list', 'empty.txt'], { cwd: dir });
    expect(empty.status).toBe(0);
    expect(parseJson(empty)).toEqual([]);
    const missing = runCli(['check', '--file-list', 'nope.txt'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read the file list nope.txt');
  });
});

describe('rule metadata for ESLint formatters', () => {
  it("--format json-with-metadata gives ESLint's {results, metadata.rulesMeta} with each rule's docs URL, messages and schema", () => {
    const dir = makeTree({ 'a.txt': DOUBLED });
    const out = parseJson(runCli(['check', '--format', 'json-with-metadata', 'a.txt'], { cwd: dir }));
    expect(out.results[0].messages[0].ruleId).toBe('doubled-word');
    expect(out.metadata.rulesMeta['doubled-word']).toEqual({
      type: 'problem',
      docs: { description: expect.any(String), url: 'https://github.com/copydesk/copydesk/blob/main/docs/rules/doubled-word.md' },
      fixable: 'code',
      messages: {
        typedTwice: '"{{word}}" is typed twice: "{{words}}".',
        typedTwiceMaybeMeant: expect.stringContaining('{{word}}'),
        deleteSecond: 'Delete the second "{{word}}"',
      },
      schema: [{ type: 'object', properties: { allow: expect.objectContaining({ type: 'array' }) }, additionalProperties: false }],
    });
    expect(out.metadata.rulesMeta['truncated-fragment'].fixable).toBeUndefined();
    expect(existsSync(path.join(repoRoot, 'docs/rules/doubled-word.md'))).toBe(true);
    // --format json stays ESLint's plain array, for the readers that already parse it.
    expect(Array.isArray(parseJson(runCli(['check', '--format', 'json', 'a.txt'], { cwd: dir })))).toBe(true);
  });
});

describe('a finding in a JSONL record', () => {
  const dump = `${JSON.stringify({ id: 1, text: 'Fine.' })}\n\n${JSON.stringify({ id: 3, text: 'First line.\nSaid the the thing.' })}\n`;

  it("is on the record's line of the file in json, the place in the record's text beside it", () => {
    const out = parseJson(runCli(['check', '--format', 'json', 'd.jsonl'], { cwd: makeTree({ 'd.jsonl': dump }) }));
    expect(out[0].messages[0]).toMatchObject({ record: 3, line: 3, column: 1, endLine: 3, endColumn: 1 });
    expect(out[0].messages[0]).toMatchObject({ recordLine: 2, recordColumn: 6, recordEndLine: 2, recordEndColumn: 13 });
  });

  it("is on the record's line in compact, path:line:col an editor can open", () => {
    const run = runCli(['check', '--format', 'compact', 'd.jsonl'], { cwd: makeTree({ 'd.jsonl': dump }) });
    expect(run.stdout).toContain('d.jsonl:3:1: error "the" is typed twice: "the the". (record text 2:6) [doubled-word]');
  });
});
