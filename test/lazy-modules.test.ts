// Start-up: a check of a plain text file loads neither fast-levenshtein (whose module builds an
// Intl.Collator as it loads) nor node:zlib (only a .gz dump needs it), nor node:worker_threads (dedup's
// workers; one file is checked in the main thread), node:assert (yargs' checks of itself, while they pass) or
// node:perf_hooks (timings only --debug prints). A preloaded probe reports each Intl.Collator built and,
// at exit, which of those modules were loaded, so laziness shows without timing.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers/cli.js';

const PROBE = `const Original = Intl.Collator;
Intl.Collator = function (...args) {
  process.stderr.write('[probe] Intl.Collator built\\n');
  return new Original(...args);
};
process.on('exit', () => {
  for (const name of ['zlib', 'worker_threads', 'assert', 'perf_hooks']) {
    if (process.moduleLoadList.includes('NativeModule ' + name)) process.stderr.write('[probe] ' + name + ' loaded\\n');
  }
});
`;

// Unknown words and capitalised slips: typo's suggestion search measures edit distances.
const TEXT = 'The goverment said teh silmutaneously plan for Conneticut was ready.\n';

function runWithProbe(args: string[], files: Record<string, string | Uint8Array>) {
  const dir = makeTree({ 'probe.cjs': PROBE, ...files });
  return runCli(args, { cwd: dir, env: { NODE_OPTIONS: `--require ${dir}/probe.cjs` } });
}

describe('start-up loads what a run needs, when it needs it', () => {
  it('checks a text file, edit distances included, without an Intl.Collator, zlib, worker_threads, assert or perf_hooks', () => {
    // yargs looks for a package.json (for a version it does not use): from copydesk's install since the
    // bundle points it there; were it to find none, its own check would load node:assert to throw.
    const run = runWithProbe(['check', 'a.txt', '--jobs', '1'], { 'a.txt': TEXT, 'package.json': '{}' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('did you mean "Connecticut"?');
    expect(run.stderr).not.toContain('[probe]');
  });

  it('loads node:zlib for a gzipped dump (the probe sees it)', () => {
    const record = `${JSON.stringify({ text: TEXT })}\n`;
    const run = runWithProbe(['check', 'dump.jsonl.gz', '--jobs', '1'], { 'dump.jsonl.gz': gzipSync(record) });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Connecticut');
    expect(run.stderr).toContain('[probe] zlib loaded');
  });

  it('loads node:worker_threads for the workers of dedup, which find what one thread finds', () => {
    const record = (text: string) => `${JSON.stringify({ text })}\n`;
    const story = 'The council met on Monday and agreed on a budget for the harbour, the schools and the roads next year.';
    const files = { 'a.jsonl': record(story) + record('Something else entirely.'), 'b.jsonl': record(story) };
    const dir = makeTree({ 'probe.cjs': PROBE, ...files });
    const runDedup = (jobs: string) =>
      runCli(['dedup', '--format', 'json', '--jobs', jobs, 'a.jsonl', 'b.jsonl'], {
        cwd: dir,
        env: { NODE_OPTIONS: `--require ${dir}/probe.cjs` },
      });
    const two = runDedup('2');
    const one = runDedup('1');
    expect(two.stderr).toContain('[probe] worker_threads loaded');
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toContain('b.jsonl');
  });

  it('reads the Unicode names only for a file with a character to name', () => {
    const probe = `const fs = require('node:fs');
const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (String(file).endsWith('unicode-names.json')) process.stderr.write('[probe] names read\\n');
  return read.call(this, file, ...rest);
};
`;
    const dir = makeTree({ 'names-probe.cjs': probe, 'ascii.txt': 'The the council met.\n', 'styled.txt': 'The council met \u{1d4c0}.\n' });
    const env = { NODE_OPTIONS: `--require ${dir}/names-probe.cjs` };
    const ascii = runCli(['check', 'ascii.txt'], { cwd: dir, env });
    expect(ascii.stdout).toContain('doubled-word');
    expect(ascii.stderr).not.toContain('[probe]');
    const styled = runCli(['check', 'styled.txt'], { cwd: dir, env });
    expect(styled.stdout).toContain('MATHEMATICAL SCRIPT SMALL K');
    expect(styled.stderr).toContain('[probe] names read');
  });
});
