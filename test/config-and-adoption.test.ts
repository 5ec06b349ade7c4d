// Config per file and overrides, init, --baseline, --cache: the features for adopting copydesk on a
// corpus that already exists.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, parseJson, runCli } from './helpers/cli.js';

const DOUBLED = 'Officials said the the talks went well.\n';
const ENDED = 'The talks ended on Friday./.\n';

const ruleIds = (run: ReturnType<typeof runCli>) =>
  parseJson(run)
    .flatMap((r: { filePath: string; messages: { ruleId: string }[] }) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.ruleId}`))
    .sort();

describe('config per file', () => {
  it('uses the nearest config above each file', () => {
    const dir = makeTree({
      'copydesk.config.json': JSON.stringify({ rules: { 'end-marker': 'off' } }),
      'a/a.txt': DOUBLED + ENDED,
      'b/copydesk.config.json': JSON.stringify({ rules: { 'doubled-word': 'off' } }),
      'b/b.txt': DOUBLED + ENDED,
    });
    expect(ruleIds(runCli(['--format', 'json', '.'], { cwd: dir }))).toEqual(['a.txt:doubled-word', 'b.txt:end-marker']);
  });

  it('applies overrides to matching globs, adding their words', () => {
    const dir = makeTree({
      'copydesk.config.json': JSON.stringify({
        overrides: [
          { files: 'wire/**', rules: { 'doubled-word': 'off' } },
          { files: '*.txt', words: ['flumoxed'] },
        ],
      }),
      'wire/w.txt': DOUBLED,
      'local/l.txt': DOUBLED + 'They were flumoxed by it.\n',
      'local/m.md.txt': 'Officials were flumoxed.\n',
    });
    expect(ruleIds(runCli(['--format', 'json', '.'], { cwd: dir }))).toEqual(['l.txt:doubled-word']);
  });

  it('names the override in a config error', () => {
    const dir = makeTree({
      'copydesk.config.json': JSON.stringify({ overrides: [{ files: '*.txt', rules: { typo: 'loud' } }] }),
      'a.txt': DOUBLED,
    });
    const run = runCli(['a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"overrides.0.rules.typo"');
  });
});

describe('copydesk init', () => {
  it('writes every rule with its default, and refuses to overwrite without --force', () => {
    const dir = makeTree({});
    expect(runCli(['init'], { cwd: dir }).status).toBe(0);
    const config = JSON.parse(readFileSync(path.join(dir, 'copydesk.config.json'), 'utf8'));
    const rules = parseJson(runCli(['rules', '--format', 'json'], { cwd: dir }));
    expect(Object.keys(config.rules).sort()).toEqual(rules.map((r: { id: string }) => r.id).sort());
    expect(runCli(['init'], { cwd: dir }).status).toBe(2);
    expect(runCli(['init', '--force'], { cwd: dir }).status).toBe(0);
    // The config it writes is valid: a check with it runs.
    expect(runCli(['check', '.'], { cwd: makeTree({ 'copydesk.config.json': JSON.stringify(config), 'a.txt': 'Fine.\n' }) }).status).toBe(
      0,
    );
  });
});

describe('--baseline', () => {
  it('reports only findings beyond the baseline, and says when it can shrink', () => {
    const dir = makeTree({ 'a.txt': DOUBLED + ENDED });
    const write = runCli(['--baseline-write', 'baseline.json', 'a.txt'], { cwd: dir });
    expect(write.stderr).toContain('wrote a baseline of 2 findings');
    expect(runCli(['--baseline', 'baseline.json', 'a.txt'], { cwd: dir }).status).toBe(0);

    // An edit elsewhere (a paragraph added above) does not bring the old findings back.
    writeFileSync(path.join(dir, 'a.txt'), 'A new first paragraph.\n' + DOUBLED + ENDED);
    expect(runCli(['--baseline', 'baseline.json', 'a.txt'], { cwd: dir }).status).toBe(0);

    // A new doubled word is reported; the old one is not.
    writeFileSync(path.join(dir, 'a.txt'), DOUBLED + ENDED + 'Prices rose to to a record.\n');
    const [result] = parseJson(runCli(['--baseline', 'baseline.json', '--format', 'json', 'a.txt'], { cwd: dir }));
    expect(result.messages.map((m: { line: number; ruleId: string }) => `${m.line}:${m.ruleId}`)).toEqual(['3:doubled-word']);

    // Fixing a baselined finding means the baseline can shrink.
    writeFileSync(path.join(dir, 'a.txt'), 'Officials said the talks went well.\n' + ENDED);
    const shrink = runCli(['--baseline', 'baseline.json', 'a.txt'], { cwd: dir });
    expect(shrink.status).toBe(0);
    expect(shrink.stderr).toContain('1 finding in the baseline is gone; the baseline can shrink');
  });

  it('a missing or foreign baseline file exits 2', () => {
    const dir = makeTree({ 'a.txt': DOUBLED, 'x.json': '{"a":1}' });
    expect(runCli(['--baseline', 'nope.json', 'a.txt'], { cwd: dir }).status).toBe(2);
    expect(runCli(['--baseline', 'x.json', 'a.txt'], { cwd: dir }).stderr).toContain('not a copydesk baseline');
  });
});

describe('--cache', () => {
  it('reuses findings of unchanged files, and notices changed content and config', () => {
    const dir = makeTree({ 'a.txt': DOUBLED, 'b.txt': ENDED });
    const first = ruleIds(runCli(['--cache', '--format', 'json', '.'], { cwd: dir }));
    const cache = JSON.parse(readFileSync(path.join(dir, '.copydeskcache'), 'utf8'));
    expect(Object.keys(cache.files)).toHaveLength(2);

    // Plant a marker in the cached findings: a run that reuses the cache reports it as is.
    const aPath = Object.keys(cache.files).find((f) => f.endsWith('a.txt'))!;
    cache.files[aPath].findings[0].message = 'FROM CACHE';
    writeFileSync(path.join(dir, '.copydeskcache'), JSON.stringify(cache));
    const again = parseJson(runCli(['--cache', '--format', 'json', '.'], { cwd: dir }));
    expect(again.find((r: { filePath: string }) => r.filePath.endsWith('a.txt')).messages[0].message).toBe('FROM CACHE');
    expect(ruleIds(runCli(['--cache', '--format', 'json', '.'], { cwd: dir }))).toEqual(first);

    // Changed content is checked again.
    writeFileSync(path.join(dir, 'a.txt'), DOUBLED + 'More.\n');
    const changed = parseJson(runCli(['--cache', '--format', 'json', '.'], { cwd: dir }));
    expect(changed.find((r: { filePath: string }) => r.filePath.endsWith('a.txt')).messages[0].message).not.toBe('FROM CACHE');

    // A changed rule set is checked again too.
    const cache2 = JSON.parse(readFileSync(path.join(dir, '.copydeskcache'), 'utf8'));
    cache2.files[aPath].findings[0].message = 'FROM CACHE';
    writeFileSync(path.join(dir, '.copydeskcache'), JSON.stringify(cache2));
    const reconfigured = parseJson(runCli(['--cache', '--rule', 'end-marker=warn', '--format', 'json', '.'], { cwd: dir }));
    expect(reconfigured.find((r: { filePath: string }) => r.filePath.endsWith('a.txt')).messages[0].message).not.toBe('FROM CACHE');
  });

  it('a corrupt cache file is ignored', () => {
    const dir = makeTree({ 'a.txt': DOUBLED, '.copydeskcache': '{not json' });
    expect(ruleIds(runCli(['--cache', '--format', 'json', 'a.txt'], { cwd: dir }))).toEqual(['a.txt:doubled-word']);
  });
});

describe('progress', () => {
  it('never writes a progress line to a pipe', () => {
    const files = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`f${i}.txt`, `Paragraph ${i} is fine and ends well.\n`.repeat(200)]),
    );
    const run = runCli(['.'], { cwd: makeTree(files), env: { CI: '' } });
    expect(run.stderr).toBe('');
  });
});
