#!/usr/bin/env node
// The dedup benchmark: `copydesk dedup` on a synthetic corpus of short articles with injected copies
// (bench/dedup-corpus.mjs; generated once per size and seed, then reused), measured with GNU time:
// documents per second (wall), CPU seconds and cores used ((user + sys) / wall), peak RSS of the
// whole process (its worker threads included), candidate and verified pairs, and recall and
// precision on the injected copies (eval/dedup-eval.mjs scores them the same way on a held-out seed).
// `npm run bench` runs it after the throughput benchmark; alone:
//
//   node bench/dedup-bench.mjs [--documents 1000000] [--jobs N] [--out DIR] [--seed 1] [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeDedupCorpus } from './dedup-corpus.mjs';
import { score } from '../eval/dedup-eval.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const AIMS = { seconds: 600, rssMB: 1024, documents: 1_000_000 };

const { values } = parseArgs({
  strict: false,
  options: {
    documents: { type: 'string', default: String(AIMS.documents) },
    jobs: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean' },
  },
});
const documents = Number(values.documents);
const out = values.out ?? path.join(os.tmpdir(), `copydesk-dedup-bench-${documents}-${values.seed}`);

if (!values['no-build']) spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
if (!existsSync(path.join(out, 'truth.jsonl'))) {
  log(`generating ${documents.toLocaleString('en-US')} articles in ${out}`);
  await makeDedupCorpus({ out, documents, seed: values.seed });
}
const corpusMB = spawnSync('du', ['-sm', out], { encoding: 'utf8' }).stdout.split('\t')[0];
const usageFile = path.join(os.tmpdir(), `copydesk-dedup-bench-usage-${process.pid}`);
const cli = [
  path.join(REPO, 'bin/copydesk.js'),
  'dedup',
  '--stats',
  '--format',
  'json',
  ...(values.jobs ? ['--jobs', values.jobs] : []),
  '.',
];
log(
  `copydesk ${cli.slice(1).join(' ')} (load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')})`,
);
const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', usageFile, process.execPath, ...cli], {
  cwd: out,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (run.status !== 0 && run.status !== 1) throw new Error(`copydesk dedup failed (${run.status}): ${run.stderr}`);
const [wall, user, sys, rssKB] = readFileSync(usageFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
rmSync(usageFile, { force: true });
const stats = JSON.parse(run.stderr.trim().split('\n').pop());
const truth = readFileSync(path.join(out, 'truth.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const quality = score(JSON.parse(run.stdout).clusters, truth, 0.8);
const result = {
  documents,
  corpusMB: Number(corpusMB),
  cpus: os.availableParallelism(),
  jobs: stats.jobs,
  wallSeconds: wall,
  documentsPerSecond: Math.round(documents / wall),
  cpuSeconds: Math.round((user + sys) * 10) / 10,
  documentsPerCpuSecond: Math.round(documents / (user + sys)),
  coresUsed: Math.round(((user + sys) / wall) * 100) / 100,
  peakRssMB: Math.round(rssKB / 1024),
  mapSeconds: stats.mapSeconds,
  clusterSeconds: stats.clusterSeconds,
  candidatePairs: stats.candidatePairs,
  verifiedPairs: stats.verifiedPairs,
  recall: Math.round(quality.recall * 1000) / 1000,
  precision: Math.round(quality.precision * 1000) / 1000,
  perKind: quality.perKind,
  loadAverageAtEnd: os.loadavg()[0],
};
writeFileSync(path.join(out, 'dedup-bench.json'), JSON.stringify(result, null, 1));
const verdict = (ok) => (ok ? 'met' : 'NOT met');
console.log(`dedup benchmark: ${documents.toLocaleString('en-US')} short articles (${corpusMB} MB of JSONL), ${result.jobs} worker threads on ${result.cpus} CPUs
  wall ${wall} s (${result.documentsPerSecond.toLocaleString('en-US')} documents/s; fingerprints ${stats.mapSeconds} s, clusters ${stats.clusterSeconds} s)
  CPU ${result.cpuSeconds} s (${result.documentsPerCpuSecond.toLocaleString('en-US')} documents per CPU second), cores used ${result.coresUsed}
  peak RSS ${result.peakRssMB} MB; ${stats.candidatePairs.toLocaleString('en-US')} candidate pairs, ${stats.verifiedPairs.toLocaleString('en-US')} verified
  recall ${quality.found}/${quality.of} = ${result.recall} (${Object.entries(quality.perKind)
    .map(([k, v]) => `${k} ${v.found}/${v.of}`)
    .join(
      ', ',
    )}), precision ${quality.right}/${quality.reported} = ${result.precision} (seed ${values.seed}; held-out figures: npm run eval)
  load average at the end ${result.loadAverageAtEnd.toFixed(1)} (above ${result.cpus}: other work competed for the CPUs; trust CPU seconds over wall)
  aims for 1M articles: under ${AIMS.seconds} s: ${verdict(wall < AIMS.seconds * (documents / AIMS.documents))}; peak RSS under ${AIMS.rssMB} MB: ${verdict(result.peakRssMB < AIMS.rssMB)}
  raw figures: ${path.join(out, 'dedup-bench.json')}`);

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}
