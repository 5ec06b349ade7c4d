// What the benchmarks share: where things are, how a command is timed, and the peers' command lines.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../', import.meta.url));
export const COPYDESK = path.join(REPO, 'bin/copydesk.js');
export const PEERS = path.join(REPO, 'bench/peers');
export const SEED = fileURLToPath(new URL('../../shared/corpus/seeds/vna-vietnam-russia.txt', import.meta.url));
export const MB = 1e6;

const GNU_TIME = '/usr/bin/time';
const TASKSET = '/usr/bin/taskset';
// No colour in any tool's output (FORCE_COLOR would override NO_COLOR).
const { FORCE_COLOR: _forceColor, ...inherited } = process.env;
const PLAIN_ENV = { ...inherited, NO_COLOR: '1' };
/** Throughput runs are pinned to one CPU, so "MB/s" means MB/s on one core even for multi-threaded peers. */
export const PINNED_CPU = os.availableParallelism() - 1;

/**
 * Runs a command once, stdout to a file (or nowhere). Wall time from this process; user/sys CPU and peak RSS from
 * GNU time when it is installed (null otherwise). Exit codes 0 and 1 (findings) count as success, or those given.
 */
export function timeCommand(argv, { cwd = REPO, stdoutFile, pin = false, okStatuses = [0, 1] } = {}) {
  const usageFile = path.join(os.tmpdir(), `copydesk-bench-usage-${process.pid}`);
  let command = [...argv];
  if (existsSync(GNU_TIME)) command = [GNU_TIME, '-f', '%U %S %M', '-o', usageFile, ...command];
  if (pin && existsSync(TASKSET)) command = [TASKSET, '-c', String(PINNED_CPU), ...command];
  const stdout = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), {
    cwd,
    env: PLAIN_ENV,
    stdio: ['ignore', stdout, 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (stdoutFile) closeSync(stdout);
  if (result.error) throw result.error;
  if (!okStatuses.includes(result.status)) {
    throw new Error(`${argv.join(' ')} exited ${result.status}:\n${result.stderr.toString().slice(-2000)}`);
  }
  let user = null,
    sys = null,
    rssMiB = null;
  if (existsSync(usageFile)) {
    // GNU time puts "Command exited with non-zero status 1" before the figures.
    [user, sys, rssMiB] = readFileSync(usageFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    rssMiB /= 1024;
    rmSync(usageFile);
  }
  return { wall, user, sys, rssMiB };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The time a run spent on its CPU (user + sys, from GNU time), or its wall time when GNU time is missing.
 * Pinned to one CPU, this is what the run costs on one core whatever else the machine is doing; the
 * wall time is also kept, and matches it on a quiet machine.
 */
export function cpuSeconds(run) {
  return run.user == null ? run.wall : run.user + run.sys;
}

/** Runs a measurement `runs` times and keeps the run with the median CPU time. */
export function medianRun(runs, measure) {
  const all = Array.from({ length: runs }, measure).sort((a, b) => cpuSeconds(a) - cpuSeconds(b));
  return { ...all[(all.length - 1) >> 1], runs, cpuTimes: all.map(cpuSeconds) };
}

/** The rule ids in the catalog, from `copydesk rules`. */
export function ruleIds() {
  const listing = spawnSync(process.execPath, [COPYDESK, 'rules'], { encoding: 'utf8', env: PLAIN_ENV });
  if (listing.status !== 0) throw new Error(`copydesk rules failed:\n${listing.stderr}`);
  return listing.stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/)[0]);
}

/** `--rule id=off` for every rule but `keep` (every rule when `keep` is null). */
export function onlyRuleFlags(ids, keep) {
  return ids.filter((id) => id !== keep).flatMap((id) => ['--rule', `${id}=off`]);
}

// ── Peers: cspell and textlint in bench/peers (`npm ci --prefix bench/peers`), codespell from the system
// (Debian's package: `apt-get install codespell`). A peer that is missing is reported "not installed". ──

const CSPELL = path.join(PEERS, 'node_modules/cspell/bin.mjs');
const TEXTLINT = path.join(PEERS, 'node_modules/textlint/bin/textlint.js');
export const PEER_NAMES = ['cspell', 'textlint', 'codespell'];

/** The peer's version, or null when it is not installed. */
export function peerVersion(name) {
  if (name === 'codespell') {
    const run = spawnSync('codespell', ['--version'], { encoding: 'utf8' });
    return run.status === 0 ? run.stdout.trim() : null;
  }
  const file = path.join(PEERS, 'node_modules', name, 'package.json');
  return existsSync(file) && existsSync(name === 'cspell' ? CSPELL : TEXTLINT) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
}

/** "cspell 9.8.0, textlint 15.8.0, codespell not installed". */
export function peerVersions() {
  return PEER_NAMES.map((name) => `${name} ${peerVersion(name) ?? 'not installed'}`).join(', ');
}

/** codespell with its default dictionaries, on a folder; it exits 65 when it finds misspellings. */
export function codespellCommand(target) {
  return ['codespell', '--disable-colors', target];
}
export const CODESPELL_OK = [0, 65];

/** cspell only checks files under its root, so the root is the folder and the glob is relative to it. */
export function cspellCommand(folder, glob) {
  return [process.execPath, CSPELL, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-color', '--root', folder, glob];
}

/** textlint with bench/peers/.textlintrc.json: zero-width spaces, control characters, common misspellings. */
export function textlintCommand(target) {
  return [
    process.execPath,
    TEXTLINT,
    '--config',
    path.join(PEERS, '.textlintrc.json'),
    '--rules-base-directory',
    path.join(PEERS, 'node_modules'),
    '--format',
    'unix',
    '--no-color',
    target,
  ];
}

export function copydeskCommand(target, extraArgs = []) {
  return [process.execPath, COPYDESK, 'check', target, ...extraArgs];
}
