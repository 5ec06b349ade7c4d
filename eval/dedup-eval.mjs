#!/usr/bin/env node
// Recall and precision of `copydesk dedup` on a synthetic corpus with injected duplicates
// (bench/dedup-corpus.mjs), generated from a held-out seed that the development runs never used:
//
// - recall: of the injected copies whose word 5-gram Jaccard with their original is ≥ the threshold
//   (computed by the generator, independently of copydesk), the share put in one cluster with the
//   original; per kind of copy (exact, dateline, caption, teaser, updated);
// - precision: of the reported (copy, canonical) pairs, the share that are copies of one story.
//
//   node eval/dedup-eval.mjs [--documents 50000] [--seed held-out-2026] [--threshold 0.8] [--no-build] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KINDS, makeDedupCorpus } from '../bench/dedup-corpus.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
/** Never used while developing: the figures in docs/dedup.md come from this seed alone. */
export const HELD_OUT_SEED = 'held-out-2026-b';

export async function evaluateDedup({ documents = 50000, seed = HELD_OUT_SEED, threshold = 0.8, keep = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-dedup-eval-'));
  try {
    await makeDedupCorpus({ out: dir, documents, seed });
    const run = spawnSync(
      process.execPath,
      [path.join(REPO, 'bin/copydesk.js'), 'dedup', '--format', 'json', '--threshold', String(threshold), '.'],
      { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    if (run.status !== 0 && run.status !== 1) throw new Error(`copydesk dedup failed: ${run.stderr}`);
    const { clusters } = JSON.parse(run.stdout);
    const truth = readFileSync(path.join(dir, 'truth.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    return { documents, seed, threshold, ...score(clusters, truth, threshold) };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const nameOf = (ref) => `${ref.path}:${ref.record}`;

export function score(clusters, truth, threshold) {
  // Each injected copy and its original belong to one story; documents not named are stories of their own.
  const storyOf = new Map();
  for (const t of truth) {
    const story = storyOf.get(t.original) ?? t.original;
    storyOf.set(t.original, story);
    storyOf.set(t.copy, story);
  }
  const story = (name) => storyOf.get(name) ?? name;
  const clusterOf = new Map();
  let reported = 0;
  let right = 0;
  clusters.forEach((cluster, i) => {
    clusterOf.set(nameOf(cluster.canonical), i);
    for (const member of cluster.members) {
      clusterOf.set(nameOf(member), i);
      reported++;
      if (story(nameOf(member)) === story(nameOf(cluster.canonical))) right++;
    }
  });
  const perKind = Object.fromEntries(KINDS.map((kind) => [kind, { found: 0, of: 0 }]));
  let below = 0;
  for (const t of truth) {
    if (t.jaccard < threshold) {
      below++;
      continue;
    }
    perKind[t.kind].of++;
    const a = clusterOf.get(t.copy);
    if (a !== undefined && a === clusterOf.get(t.original)) perKind[t.kind].found++;
  }
  const found = Object.values(perKind).reduce((n, k) => n + k.found, 0);
  const of = Object.values(perKind).reduce((n, k) => n + k.of, 0);
  return {
    recall: found / of,
    found,
    of,
    precision: reported ? right / reported : 1,
    right,
    reported,
    perKind,
    injectedBelowThreshold: below,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '50000' },
      seed: { type: 'string', default: HELD_OUT_SEED },
      threshold: { type: 'string', default: '0.8' },
      'no-build': { type: 'boolean' },
      keep: { type: 'boolean' },
    },
  });
  if (!values['no-build']) spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  const result = await evaluateDedup({
    documents: Number(values.documents),
    seed: values.seed,
    threshold: Number(values.threshold),
    keep: values.keep,
  });
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(`dedup on ${result.documents} synthetic articles (seed ${result.seed}), threshold ${result.threshold}:`);
  console.log(`  recall    ${pct(result.recall)} (${result.found}/${result.of} injected copies with Jaccard ≥ ${result.threshold})`);
  for (const [kind, k] of Object.entries(result.perKind))
    console.log(`    ${kind.padEnd(9)} ${pct(k.of ? k.found / k.of : 1)} (${k.found}/${k.of})`);
  console.log(`  precision ${pct(result.precision)} (${result.right}/${result.reported} reported copies are copies of one story)`);
  console.log(`  (${result.injectedBelowThreshold} injected copies fell below the threshold and are not counted)`);
  const met = result.recall >= 0.95 && result.precision >= 0.98;
  console.log(`  aims recall ≥ 95%, precision ≥ 98%: ${met ? 'met' : 'NOT met'}`);
  process.exitCode = met ? 0 : 1;
}
