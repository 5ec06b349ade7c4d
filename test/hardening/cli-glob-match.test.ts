// Row 10 of issue 10: `overrides.files` globs are matched in linear time. The matcher must agree with
// picomatch (which the config used before, with dot and matchBase) on ordinary patterns, and must
// answer at once on patterns that made picomatch's regular expression backtrack for minutes.
import { spawnSync } from 'node:child_process';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlobs, GlobError } from '../../src/config/glob-match.js';
import { bin, makeTree } from '../helpers/cli.js';

const PATTERNS = [
  '*.txt',
  '*.jsonl',
  'news/*.txt',
  'news/**',
  'news/**/*.txt',
  '**/*.txt',
  '**/draft-*',
  'a?c.txt',
  '[ab]*.txt',
  '[^a]*.txt',
  'x[^a].txt',
  '[a-c]x.txt',
  '*.{txt,jsonl}',
  'news/{a,b{1,2}}.txt',
  '\\*.txt',
  '.hidden*',
  '*',
  '**',
  'news/*/x.txt',
  '*a*a*b*.txt',
  'x/**/y/**/z.txt',
];
const PATHS = [
  'a.txt',
  'b.jsonl',
  'news/a.txt',
  'news/b1.txt',
  'news/b3.txt',
  'news/deep/x.txt',
  'news/deep/er/x.txt',
  'abc.txt',
  'axc.txt',
  'bx.txt',
  'cx.txt',
  'dx.txt',
  'xa.txt',
  'xb.txt',
  '*.txt',
  '.hidden.txt',
  'news/.hidden.txt',
  'draft-1.txt',
  'news/draft-2.jsonl',
  'aab.txt',
  'abab.txt',
  'baab.txt',
  'x/y/z.txt',
  'x/1/y/2/3/z.txt',
  'x/z.txt',
  'news',
  'a/b/c/d.txt',
];

describe('config globs', () => {
  // `[!a]` is left out: picomatch 4 reads it as "! or a", where shells, git and minimatch read "not a".
  it('match as picomatch matched them (dot, matchBase when no slash)', () => {
    for (const pattern of PATTERNS) {
      const ours = compileGlobs([pattern]);
      const theirs = picomatch(pattern, { dot: true, matchBase: !pattern.includes('/') });
      for (const file of PATHS) expect([pattern, file, ours(file)]).toEqual([pattern, file, theirs(file)]);
    }
  });

  it('read [!a] as shells do: any character but a', () => {
    const matches = compileGlobs(['x[!a].txt']);
    expect([matches('xa.txt'), matches('xb.txt'), matches('x!.txt')]).toEqual([false, true, true]);
  });

  it('answer many stars against a long name without backtracking', () => {
    const matches = compileGlobs(['*a*a*a*a*a*a*a*a*a*a*a*a*b']);
    expect(matches(`${'a'.repeat(5000)}.txt`)).toBe(false);
    expect(matches(`${'a'.repeat(5000)}b`)).toBe(true);
    expect(compileGlobs(['**/**/**/**/**/**/**/**/z'])(`${'d/'.repeat(2000)}y`)).toBe(false);
  });

  it('refuse extended globs and brace bombs with a message', () => {
    expect(() => compileGlobs(['+(a|b).txt'])).toThrow(GlobError);
    expect(() => compileGlobs(['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'])).toThrow(/more than 256 patterns/);
  });
});

describe('copydesk with a pathological override glob', () => {
  it('checks a file with a long name at once (on main: minutes)', () => {
    const name = `${'a'.repeat(60)}.txt`;
    const dir = makeTree({
      'copydesk.config.json': JSON.stringify({ overrides: [{ files: '*a*a*a*a*a*a*a*a*b', rules: { 'doubled-word': 'off' } }] }),
      [name]: 'the the cat.\n',
    });
    // A guard so that main's hang fails the test instead of stalling the suite; nothing is timed.
    const env = { ...process.env, CI: 'true' };
    const run = spawnSync(process.execPath, [bin, '--format', 'json', name], { cwd: dir, encoding: 'utf8', timeout: 60_000, env });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('doubled-word');
  });

  it('refuses an extended glob in overrides.files, naming the key (exit 2)', () => {
    const config = { overrides: [{ files: ['*.txt', '@(a|b).txt'], rules: {} }] };
    const dir = makeTree({ 'copydesk.config.json': JSON.stringify(config), 'a.txt': 'Fine.\n' });
    const run = spawnSync(process.execPath, [bin, 'a.txt'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"overrides.0.files": "@(a|b).txt": extended globs');
  });
});
