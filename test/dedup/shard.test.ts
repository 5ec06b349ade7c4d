// Dedup beyond one machine: `--shard i/N --signatures-out` maps each shard to a JSONL file of
// signatures; `--reduce` clusters the files, in this process or on DuckDB. Both must give exactly
// the clusters of the single run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';
import { OTHER_STORIES, STORY_BODY, syndicatedDump, UPDATE_PARAGRAPH, wireCopy } from './syndicated.js';

/** The syndicated dump, a second story with copies in a JSONL dump, and filler stories. */
function corpus(): Record<string, string> {
  const second = [...OTHER_STORIES[1], 'The team will fly to Seoul on Monday for a week of training before the qualifying match.'];
  const record = (text: string) => JSON.stringify({ text });
  return {
    ...syndicatedDump(),
    'dump.jsonl':
      [
        record(second.join('\n')),
        record(STORY_BODY.slice().reverse().join('\n')),
        record(`SEOUL (Yonhap) – ${second.join('\n').toUpperCase()}`),
        record(second.slice(0, 3).join('\n') + '\n' + UPDATE_PARAGRAPH),
      ].join('\n') + '\n',
    'z-late.txt': wireCopy('VIENTIANE (KPL) – ', { quotes: 'curly' }),
  };
}

const SHARDS = 3;

function mapShards(dir: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < SHARDS; i++) {
    const out = `signatures-${i}.sig`;
    const run = runCli(['dedup', '--shard', `${i}/${SHARDS}`, '--signatures-out', out, '.'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    files.push(out);
  }
  return files;
}

describe('sharded dedup', () => {
  for (const canonical of ['earliest-path', 'longest', 'first-seen']) {
    it(`map over ${SHARDS} shards, then reduce (built-in and DuckDB): the single run's clusters (${canonical})`, () => {
      const dir = makeTree(corpus());
      const single = runCli(['dedup', '--format', 'json', '--canonical', canonical, '.'], { cwd: dir });
      expect(JSON.parse(single.stdout).clusters.length).toBeGreaterThanOrEqual(2);
      const files = mapShards(dir);
      const builtin = runCli(['dedup', '--reduce', '--format', 'json', '--canonical', canonical, ...files], { cwd: dir });
      const duckdb = runCli(['dedup', '--reduce', '--engine', 'duckdb', '--format', 'json', '--canonical', canonical, ...files], {
        cwd: dir,
      });
      expect(builtin.stderr).toBe('');
      expect(duckdb.stderr).toBe('');
      expect(builtin.stdout).toBe(single.stdout);
      expect(duckdb.stdout).toBe(single.stdout);
      expect(duckdb.status).toBe(single.status);
    });
  }

  it('writes the same signature bytes for a shard whoever runs it (one worker or two)', () => {
    const dir = makeTree(corpus());
    runCli(['dedup', '--shard', '0/1', '--signatures-out', 'one.sig', '--jobs', '1', '.'], { cwd: dir });
    runCli(['dedup', '--shard', '0/1', '--signatures-out', 'two.sig', '--jobs', '2', '.'], { cwd: dir });
    const one = readFileSync(path.join(dir, 'one.sig'), 'utf8');
    expect(one).toBe(readFileSync(path.join(dir, 'two.sig'), 'utf8'));
    const first = JSON.parse(one.split('\n')[0]);
    expect(Object.keys(first)).toEqual(['ordinal', 'path', 'record', 'words', 'exact', 'bands', 'shingles']);
    expect(first.bands).toHaveLength(16);
  });

  it('rejects a bad shard and a reduce of files that are not signatures, with exit 2', () => {
    const dir = makeTree(corpus());
    expect(runCli(['dedup', '--shard', '3/3', '--signatures-out', 'x.sig', '.'], { cwd: dir }).stderr).toMatch(
      /--shard 3\/3: expected i\/N with 0 ≤ i < N/,
    );
    const bad = runCli(['dedup', '--reduce', 'a-vna.txt'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--reduce: not a signature file/);
  });
});
