// `copydesk dedup`: the clusters of a dump with syndicated copies, as text and JSON, and the keep and
// drop lists it writes; the same clusters with one worker or several.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';
import { OTHER_STORIES, syndicatedDump, wireCopy } from './syndicated.js';

describe('copydesk dedup', () => {
  it('prints the clusters: the copy kept, the copies to drop, how alike they are; exit 1', () => {
    const dir = makeTree(syndicatedDump());
    const run = runCli(['dedup', '.'], { cwd: dir });
    expect(run.stdout).toBe(
      [
        'cluster 1: 4 copies',
        '  keep  a-vna.txt',
        '  drop  b-outlet.txt  (exact copy)',
        '  drop  c-refetch.txt  (exact copy)',
        '  drop  d-updated.txt  (Jaccard 0.90)',
        '3 duplicate documents in 1 cluster, out of 6 documents (threshold 0.8, canonical copy: earliest-path).',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
  });

  it('writes a drop list and a keep list a pipeline can apply, and JSON clusters', () => {
    const dir = makeTree(syndicatedDump());
    const run = runCli(['dedup', '--format', 'json', '--canonical', 'longest', '--drop-list', 'drop.txt', '--keep-list', 'keep.txt', '.'], {
      cwd: dir,
    });
    expect(readFileSync(path.join(dir, 'drop.txt'), 'utf8')).toBe('a-vna.txt\nb-outlet.txt\nc-refetch.txt\n');
    expect(readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('d-updated.txt\ne-rice.txt\nf-football.txt\n');
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ documents: 6, options: { threshold: 0.8, canonical: 'longest', minWords: 20 } });
    expect(json.clusters).toEqual([
      {
        canonical: { path: 'd-updated.txt' },
        members: [
          { path: 'a-vna.txt', similarity: 0.9, exact: false },
          { path: 'b-outlet.txt', similarity: 0.9, exact: false },
          { path: 'c-refetch.txt', similarity: 0.9, exact: false },
        ],
      },
    ]);
  });

  it('names JSONL records in the lists (path, tab, record) and finds the same clusters with one worker or two', () => {
    const record = (text: string) => JSON.stringify({ id: text.length, text });
    const dir = makeTree({
      'one.jsonl': [record(wireCopy('Hai Phong (VNA) – ')), record(OTHER_STORIES[0].join('\n'))].join('\n') + '\n',
      'two.jsonl': [record(OTHER_STORIES[1].join('\n')), record(wireCopy('HANOI (VNA) – '))].join('\n') + '\n',
      'three.txt': wireCopy('DA NANG (VNA) – ', { upper: true }),
    });
    const one = runCli(['dedup', '--jobs', '1', '--drop-list', 'drop1.list', '.'], { cwd: dir });
    const two = runCli(['dedup', '--jobs', '2', '--drop-list', 'drop2.list', '.'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    expect(readFileSync(path.join(dir, 'drop1.list'), 'utf8')).toBe('three.txt\ntwo.jsonl\t2\n');
    expect(readFileSync(path.join(dir, 'drop2.list'), 'utf8')).toBe(readFileSync(path.join(dir, 'drop1.list'), 'utf8'));
  });

  it('exits 0 on a corpus without duplicates, 2 on a bad flag or a missing path', () => {
    const dir = makeTree({ 'a.txt': OTHER_STORIES[0].join('\n'), 'b.txt': OTHER_STORIES[1].join('\n') });
    const clean = runCli(['dedup', '.'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/^0 duplicate documents in 0 clusters, out of 2 documents/);
    const bad = runCli(['dedup', '--threshold', '1.5', '.'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--threshold 1.5: expected a number in \(0, 1\]/);
    expect(runCli(['dedup', 'missing.txt'], { cwd: dir }).status).toBe(2);
  });
});

describe('corpus dedup findings in the check pipeline', () => {
  it('go into a baseline and out of the next report like any other finding; --cache keeps them', () => {
    const dir = makeTree(syndicatedDump());
    const only = ['--rule', 'typo=off', '--rule', 'truncated-fragment=off', '--format', 'json'];
    const first = runCli(['check', ...only, '--baseline-write', 'baseline.json', '.'], { cwd: dir });
    const ids = (stdout: string) =>
      (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(ids(first.stdout).filter((id) => id === 'duplicate-document')).toHaveLength(3);
    const again = runCli(['check', ...only, '--baseline', 'baseline.json', '.'], { cwd: dir });
    expect(ids(again.stdout)).toEqual([]);
    runCli(['check', ...only, '--cache', '.'], { cwd: dir });
    const cached = runCli(['check', ...only, '--cache', '.'], { cwd: dir });
    expect(ids(cached.stdout).filter((id) => id === 'duplicate-document')).toHaveLength(3);
  });
});
