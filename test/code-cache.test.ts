// bin/copydesk.js keeps V8's code cache of the bundle in a per-user folder, named after the build and
// the Node that wrote it. A missing, damaged or foreign cache, or a folder that cannot be written, only
// makes a start slower: the run, its findings and its output stay the same, and nothing is written into
// the user's project or the install.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeTree, repoRoot, runCli } from './helpers/cli.js';

const STORY = 'The council met on Monday to discuss the the budget for 𝓀 next year.\nIt agreed on a plan.\n';
const bundle = path.join(repoRoot, 'dist/copydesk.cjs');
const bundleSource = readFileSync(bundle, 'utf8');
const buildKey = /^\/\/ copydesk-bundle ([0-9a-f]{16})\n/.exec(bundleSource)?.[1];
const cacheName = `copydesk-${buildKey}-node${process.version}-${process.arch}.v8cache`;

/** A check of a story with findings, the code cache in `cacheDir` (or as `env` says). */
function check(env: Record<string, string>) {
  const project = makeTree({ 'story.txt': STORY });
  const run = runCli(['check', '--format', 'json', 'story.txt'], { cwd: project, env: { COPYDESK_NO_CODE_CACHE: '', ...env } });
  const findings = JSON.parse(run.stdout)[0].messages;
  return { ...run, findings, project };
}

describe('the bundle names its build', () => {
  it('on its first line, by the hash of the rest, which the cache file is named after', () => {
    const rest = bundleSource.slice(bundleSource.indexOf('\n') + 1);
    expect(buildKey).toBe(createHash('sha256').update(rest).digest('hex').slice(0, 16));
  });
});

describe('the bundle is ASCII', () => {
  // One character past ASCII makes V8 hold the whole source as a two-byte string, slower to decode and to
  // compile from at every start; scripts/bundle.mjs escapes those esbuild leaves in regex literals.
  it('has no character past U+007F, and a check still finds what the escaped regexes match', () => {
    expect(/[^\0-\x7f]/.exec(bundleSource)).toBeNull();
    // The sentence-end regexes hold "…", "”" and "—": escaped, they match as before. Lines 5 and 7 end
    // their sentences; 3 stops short and 9 announces what never follows.
    const said = 'The ministry said on Monday that the new budget would give more money to';
    const text = `Budget news\n\n${said} schools, he noted\n\n${said} hospitals.”\n\n${said} bridges…”\n\n${said} ports —\n`;
    const run = runCli(['check', '--format', 'json', 'a.txt'], { cwd: makeTree({ 'a.txt': text }) });
    expect(run.stderr).toBe('');
    const cut = JSON.parse(run.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'truncated-fragment');
    expect(cut.map((m: { line: number }) => m.line)).toEqual([3, 9]);
  });
});

describe('the code cache', () => {
  it('is written on the first run, read on the next, and the findings are the same as without it', () => {
    const cacheDir = makeTree({});
    const uncached = check({ COPYDESK_NO_CODE_CACHE: '1', COPYDESK_CODE_CACHE: cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);

    const first = check({ COPYDESK_CODE_CACHE: cacheDir });
    expect(readdirSync(cacheDir)).toEqual([cacheName]);
    const written = readFileSync(path.join(cacheDir, cacheName));
    const second = check({ COPYDESK_CODE_CACHE: cacheDir });
    // A cache V8 accepts is not written again.
    expect(readFileSync(path.join(cacheDir, cacheName)).equals(written)).toBe(true);

    expect(uncached.status).toBe(1);
    expect(uncached.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['doubled-word', 'stray-unicode']);
    for (const run of [first, second]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.findings).toEqual(uncached.findings);
    }
  });

  it('is written again, grown, after a run that went where no cached run had; not after one that did not', () => {
    const cacheDir = makeTree({});
    const project = makeTree({ 'clean.txt': 'The council met on Monday.\n', 'story.txt': STORY });
    const cacheFile = path.join(cacheDir, cacheName);
    const run = (file: string) =>
      runCli(['check', '--format', 'json', file], { cwd: project, env: { COPYDESK_NO_CODE_CACHE: '', COPYDESK_CODE_CACHE: cacheDir } });
    const header = (bytes: Buffer) => bytes.toString('latin1', 0, bytes.indexOf(10));

    expect(run('clean.txt').status).toBe(0);
    const clean = readFileSync(cacheFile);
    expect(header(clean)).toMatch(/^copydesk-code-cache .*\bcommand:check\b.*\bran:doubled-word\b/);
    expect(header(clean)).not.toContain('reported:');
    expect(run('clean.txt').status).toBe(0);
    expect(readFileSync(cacheFile).equals(clean)).toBe(true);

    // The story's findings run the reporting paths of doubled-word and stray-unicode: compiled, and kept.
    const story = run('story.txt');
    expect(story.status).toBe(1);
    expect(story.stderr).toBe('');
    const grown = readFileSync(cacheFile);
    expect(header(grown)).toContain('reported:doubled-word');
    expect(header(grown)).toContain('command:check');
    expect(grown.length).toBeGreaterThan(clean.length);
    for (const file of ['story.txt', 'clean.txt']) {
      run(file);
      expect(readFileSync(cacheFile).equals(grown)).toBe(true);
    }
  });

  it('goes to the per-user cache folder, not into the project or the install', () => {
    const home = makeTree({});
    const distBefore = readdirSync(path.dirname(bundle)).sort();
    const run = check({ HOME: home, XDG_CACHE_HOME: '', COPYDESK_CODE_CACHE: '' });
    expect(run.status).toBe(1);
    expect(readdirSync(path.join(home, '.cache/copydesk/v8'))).toEqual([cacheName]);
    expect(readdirSync(run.project)).toEqual(['story.txt']);
    expect(readdirSync(path.dirname(bundle)).sort()).toEqual(distBefore);

    const xdg = makeTree({});
    check({ HOME: home, XDG_CACHE_HOME: xdg, COPYDESK_CODE_CACHE: '' });
    expect(readdirSync(path.join(xdg, 'copydesk/v8'))).toEqual([cacheName]);
  });

  it('replaces a damaged cache file, and the run is as without it', () => {
    const cacheDir = makeTree({ [cacheName]: Buffer.from('not a code cache at all') });
    const expected = check({ COPYDESK_NO_CODE_CACHE: '1' });
    const run = check({ COPYDESK_CODE_CACHE: cacheDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.findings).toEqual(expected.findings);
    expect(statSync(path.join(cacheDir, cacheName)).size).toBeGreaterThan(1000);
  });

  it('replaces a truncated cache and a cache of another script, which V8 rejects', () => {
    const expected = check({ COPYDESK_NO_CODE_CACHE: '1' });
    const good = makeTree({});
    check({ COPYDESK_CODE_CACHE: good });
    const real = readFileSync(path.join(good, cacheName));
    const foreign = new vm.Script('function other() { return 42; } other();').createCachedData();
    for (const bad of [real.subarray(0, real.length >> 1), foreign]) {
      const cacheDir = makeTree({ [cacheName]: bad });
      const run = check({ COPYDESK_CODE_CACHE: cacheDir });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.findings).toEqual(expected.findings);
      expect(readFileSync(path.join(cacheDir, cacheName)).equals(bad)).toBe(false);
    }
  });

  it('is skipped when its folder cannot be made or written, and nothing is left behind', () => {
    // A file where a folder should be: making the folder fails, for root too.
    const parent = makeTree({ 'a-file': 'x' });
    const expected = check({ COPYDESK_NO_CODE_CACHE: '1' });
    const run = check({ COPYDESK_CODE_CACHE: path.join(parent, 'a-file', 'cache') });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.findings).toEqual(expected.findings);
    expect(readdirSync(parent)).toEqual(['a-file']);

    // A folder where the cache file belongs: reading it and renaming over it both fail.
    const blocked = makeTree({ [`${cacheName}/inside`]: 'x' });
    const blockedRun = check({ COPYDESK_CODE_CACHE: blocked });
    expect(blockedRun.status).toBe(1);
    expect(blockedRun.stderr).toBe('');
    expect(blockedRun.findings).toEqual(expected.findings);
    expect(readdirSync(blocked)).toEqual([cacheName]);
  });

  it('keeps the newest few caches of other builds and Node versions, and removes older ones', () => {
    const old = Array.from({ length: 6 }, (_, i) => `copydesk-${String(i).repeat(16)}-nodev20.0.0-x64.v8cache`);
    const cacheDir = makeTree({ ...Object.fromEntries(old.map((name) => [name, 'old'])), 'unrelated.txt': 'kept' });
    // old[0] is the newest, old[5] the oldest.
    old.forEach((name, i) => utimesSync(path.join(cacheDir, name), 1_700_000_000 - i * 1000, 1_700_000_000 - i * 1000));
    check({ COPYDESK_CODE_CACHE: cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual([cacheName, ...old.slice(0, 4), 'unrelated.txt'].sort());
  });

  it('is not made or read with COPYDESK_NO_CODE_CACHE=1', () => {
    const cacheDir = makeTree({});
    writeFileSync(path.join(cacheDir, cacheName), 'damaged');
    const run = check({ COPYDESK_NO_CODE_CACHE: '1', COPYDESK_CODE_CACHE: cacheDir });
    expect(run.status).toBe(1);
    expect(readFileSync(path.join(cacheDir, cacheName), 'utf8')).toBe('damaged');
    expect(readdirSync(cacheDir)).toEqual([cacheName]);
  });
});
