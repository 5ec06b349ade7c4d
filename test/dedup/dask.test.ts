// The reduce stage on Dask distributed (docs/dedup-recipes/dask_reduce_signatures.py): copydesk writes the
// representatives, the recipe does the band join and the Jaccard verification on a LocalCluster of
// worker processes, and copydesk draws the clusters from its edges. They must be the single run's.
// Run by Debian's own Python with Debian's python3-distributed; skipped, saying so, without them.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, repoRoot, runCli } from '../helpers/cli.js';
import { OTHER_STORIES, STORY_BODY, syndicatedDump, UPDATE_PARAGRAPH, wireCopy } from './syndicated.js';

const PYTHON = '/usr/bin/python3';
const RECIPE = path.join(repoRoot, 'docs/dedup-recipes/dask_reduce_signatures.py');
const hasDask = spawnSync(PYTHON, ['-c', 'import dask.bag, distributed'], { stdio: 'ignore' }).status === 0;

/** Two wire stories with syndicated copies (datelines, a caption, upper case, updates, teasers) in files and a JSONL dump. */
function corpus(): Record<string, string> {
  const match = [...OTHER_STORIES[1], 'The team will fly to Seoul on Monday for a week of training before the qualifying match.'];
  // Two outlets add their own teaser: each copy is near the story, not near the other (the one-hop join).
  const teaser = 'Read more: the city plans a second exhibition on the history of its shipyards next spring.';
  const related = 'Related: port authorities expect record container volumes this year as new shipping routes to Europe and Japan open.';
  const record = (text: string) => JSON.stringify({ text });
  return {
    ...syndicatedDump(),
    '0-teaser.txt': wireCopy('HAI PHONG (Reuters) - ') + teaser + '\n',
    'g-teaser.txt': wireCopy('HAIPHONG (Xinhua) -- ') + related + '\n',
    'feeds/sport.jsonl':
      [
        record(match.join('\n')),
        record(`SEOUL (Yonhap) – ${match.join('\n').toUpperCase()}`),
        record(STORY_BODY.slice().reverse().join('\n')),
        record(match.slice(0, 3).join('\n') + '\n' + UPDATE_PARAGRAPH),
        record(`BANGKOK (AFP) - ${match.join('\n')}`),
      ].join('\n') + '\n',
    'z-late.txt': wireCopy('VIENTIANE (KPL) – ', { quotes: 'curly', upper: true }),
  };
}

function python(args: string[], cwd: string) {
  return spawnSync(PYTHON, [RECIPE, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

const daskSuite = `dedup reduce on Dask distributed${hasDask ? '' : ` (skipped: ${PYTHON} cannot import distributed)`}`;

describe.skipIf(!hasDask)(daskSuite, () => {
  it("map over 3 shards, Dask on a LocalCluster of 2 worker processes: the single run's clusters, for every canonical choice", () => {
    // The corpus in a folder of its own: the signature, representatives and edges files are .jsonl too.
    const dir = makeTree(Object.fromEntries(Object.entries(corpus()).map(([name, text]) => [`corpus/${name}`, text])));
    const files: string[] = [];
    for (let i = 0; i < 3; i++) {
      const map = runCli(['dedup', '--shard', `${i}/3`, '--signatures-out', `sig-${i}.jsonl`, 'corpus'], { cwd: dir });
      expect(map.status, map.stderr).toBe(0);
      files.push(`sig-${i}.jsonl`);
    }
    for (const canonical of ['earliest-path', 'longest', 'first-seen']) {
      const single = runCli(['dedup', '--format', 'json', '--canonical', canonical, 'corpus'], { cwd: dir });
      const clusters = JSON.parse(single.stdout).clusters as { members: { via?: unknown }[] }[];
      expect(clusters.length).toBeGreaterThanOrEqual(2);
      expect(clusters.some((c) => c.members.some((m) => m.via))).toBe(true);
      const reduce = ['dedup', '--reduce', '--canonical', canonical];
      const reps = runCli([...reduce, '--representatives-out', `reps-${canonical}.jsonl`, ...files], { cwd: dir });
      expect(reps.status, reps.stderr).toBe(0);
      const dask = python(
        ['--workers', '2', '--representatives', `reps-${canonical}.jsonl`, '--out', `edges-${canonical}.jsonl`, ...files],
        dir,
      );
      expect(dask.status, dask.stderr).toBe(0);
      expect(dask.stderr).toMatch(/verified pairs of \d+ candidates, on 2 Dask workers/);
      const reduced = runCli([...reduce, '--edges', `edges-${canonical}.jsonl`, '--format', 'json', ...files], { cwd: dir });
      expect(reduced.stderr).toBe('');
      expect(reduced.stdout).toBe(single.stdout);
      expect(reduced.status).toBe(single.status);
    }
    // Edges made for one canonical choice are refused for another, not misread.
    const mixed = runCli(['dedup', '--reduce', '--canonical', 'longest', '--edges', 'edges-earliest-path.jsonl', ...files], { cwd: dir });
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/computed with canonical "earliest-path", this run has "longest"/);
  }, 300_000);

  it('the recipe says what is wrong with its inputs, without a traceback and before starting a cluster', () => {
    const dir = makeTree({ 'sig.jsonl': '{"ordinal":0}\n' });
    const notReps = python(['--representatives', 'sig.jsonl', '--out', 'edges.jsonl', 'sig.jsonl'], dir);
    expect(notReps.status).toBe(1);
    expect(notReps.stderr).toMatch(/sig\.jsonl: not a representatives file/);
    writeFileSync(path.join(dir, 'reps.jsonl'), '{"copydesk":"dedup-representatives"}\n');
    const missing = python(['--representatives', 'reps.jsonl', '--out', 'edges.jsonl', 'sig-9.jsonl'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such signature file: .*sig-9\.jsonl/);
    expect(missing.stderr + notReps.stderr).not.toMatch(/Traceback/);
  });
});

describe('dedup reduce with edges from an outside engine', () => {
  it('refuses an edges file that is not one, or names documents that are not representatives, with exit 2', () => {
    const dir = makeTree(corpus());
    expect(runCli(['dedup', '--shard', '0/1', '--signatures-out', 'sig.jsonl', '.'], { cwd: dir }).status).toBe(0);
    expect(runCli(['dedup', '--reduce', '--representatives-out', 'reps.jsonl', 'sig.jsonl'], { cwd: dir }).status).toBe(0);
    const head = JSON.parse(readFileSync(path.join(dir, 'reps.jsonl'), 'utf8').split('\n')[0]);
    expect(head).toMatchObject({
      copydesk: 'dedup-representatives',
      threshold: 0.8,
      canonical: 'earliest-path',
      minWords: 20,
      maxBucketPairs: 64,
      bands: 16,
    });
    writeFileSync(path.join(dir, 'not-edges.jsonl'), '{"a":1}\n');
    const notEdges = runCli(['dedup', '--reduce', '--edges', 'not-edges.jsonl', 'sig.jsonl'], { cwd: dir });
    expect(notEdges.status).toBe(2);
    expect(notEdges.stderr).toMatch(/not an edges file/);
    const edgesHead = JSON.stringify({ ...head, copydesk: 'dedup-edges', candidatePairs: 1 });
    writeFileSync(path.join(dir, 'stray.jsonl'), `${edgesHead}\n{"a":0,"b":123456789,"similarity":0.9}\n`);
    const stray = runCli(['dedup', '--reduce', '--edges', 'stray.jsonl', 'sig.jsonl'], { cwd: dir });
    expect(stray.status).toBe(2);
    expect(stray.stderr).toMatch(/not two representatives of this run/);
    expect(runCli(['dedup', '--edges', 'stray.jsonl', '.'], { cwd: dir }).stderr).toMatch(/--edges is a step of the reduce stage/);
  });
});
