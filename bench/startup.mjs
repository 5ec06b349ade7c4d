// Start-up: one small file (a seed article, 8 KB) checked by copydesk, beside bare Node and the peers on
// the same file. hyperfine when it is installed (warm-up runs, then the median of --runs), else spawnSync.
// Not pinned to one CPU: this is what a pre-commit hook feels.
//
// Usage: node bench/startup.mjs [--runs 30] [--no-peers]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  COPYDESK,
  REPO,
  SEED,
  copydeskCommand,
  cspellCommand,
  median,
  onlyRuleFlags,
  codespellCommand,
  peerVersion,
  ruleIds,
  textlintCommand,
} from './lib.mjs';

const WARMUP = 3;

export function measureStartup({ runs = 30, peers = true } = {}) {
  const commands = [
    { name: 'node -e 0 (bare Node)', argv: [process.execPath, '-e', '0'] },
    { name: 'copydesk --version (loading the CLI)', argv: [process.execPath, COPYDESK, '--version'] },
    { name: 'copydesk seed.txt --rule …=off (every rule off)', argv: copydeskCommand(SEED, onlyRuleFlags(ruleIds(), null)) },
    { name: 'copydesk seed.txt', argv: copydeskCommand(SEED), copydesk: true },
    // A short file whose paragraphs are not all plainly English: the run loads the language model.
    { name: 'copydesk examples/grain-markets.txt (757 bytes)', argv: copydeskCommand(path.join(REPO, 'examples/grain-markets.txt')) },
    // What the per-user code cache saves: the same run compiling the bundle afresh (a first run does so).
    { name: 'copydesk seed.txt, code cache off', argv: ['env', 'COPYDESK_NO_CODE_CACHE=1', ...copydeskCommand(SEED)] },
  ];
  const missingPeers = [];
  if (peers) {
    const peerCommands = {
      cspell: cspellCommand(path.dirname(SEED), path.basename(SEED)),
      textlint: textlintCommand(SEED),
      codespell: codespellCommand(SEED),
    };
    for (const [name, argv] of Object.entries(peerCommands)) {
      const version = peerVersion(name);
      if (version) commands.push({ name: `${name} ${version} seed.txt`, argv });
      else missingPeers.push(name);
    }
  }
  const hyperfine = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  const tool = hyperfine.status === 0 ? hyperfine.stdout.trim() : 'spawnSync';
  const timings = hyperfine.status === 0 ? withHyperfine(commands, runs) : withSpawnSync(commands, runs);
  return {
    tool,
    runs,
    file: SEED,
    seedBytes: readFileSync(SEED).length,
    missingPeers,
    commands: commands.map((c, i) => ({ ...c, ...timings[i] })),
  };
}

function withHyperfine(commands, runs) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-startup-'));
  const exportFile = path.join(dir, 'hyperfine.json');
  const args = ['-N', '--warmup', String(WARMUP), '--runs', String(runs), '-i', '--style', 'none', '--export-json', exportFile];
  for (const { name, argv } of commands) args.push('--command-name', name, argv.map(shellQuote).join(' '));
  const run = spawnSync('hyperfine', args, { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) throw new Error(`hyperfine failed:\n${run.stderr}`);
  const { results } = JSON.parse(readFileSync(exportFile, 'utf8'));
  rmSync(dir, { recursive: true });
  return results.map((r) => ({ median: r.median, mean: r.mean, stddev: r.stddev, min: r.min, max: r.max, cpu: r.user + r.system }));
}

function withSpawnSync(commands, runs) {
  return commands.map(({ argv }) => {
    const times = [];
    for (let i = 0; i < WARMUP + runs; i++) {
      const started = process.hrtime.bigint();
      spawnSync(argv[0], argv.slice(1), { cwd: REPO, stdio: 'ignore' });
      if (i >= WARMUP) times.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const stddev = Math.sqrt(times.reduce((a, t) => a + (t - mean) ** 2, 0) / (times.length - 1));
    return { median: median(times), mean, stddev, min: Math.min(...times), max: Math.max(...times), cpu: null };
  });
}

function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function startupTable(result) {
  const ms = (s) => `${Math.round(s * 1000)} ms`;
  const node = result.commands[0];
  const ours = result.commands.find((c) => c.copydesk);
  const rows = [
    "| command | median | mean ± sd | min … max | CPU user+sys (mean) | over bare Node | time ÷ copydesk's |",
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const c of result.commands) {
    const ratio = c === ours ? '—' : `${(c.median / ours.median).toFixed(2)}×`;
    const name = c === ours ? `**${c.name}**` : c.name;
    const median = c === ours ? `**${ms(c.median)}**` : ms(c.median);
    rows.push(
      `| ${name} | ${median} | ${ms(c.mean)} ± ${ms(c.stddev)} | ${ms(c.min)} … ${ms(c.max)} | ${c.cpu == null ? 'n/a' : ms(c.cpu)} | ${c === node ? '—' : `+${ms(c.median - node.median)}`} | ${ratio} |`,
    );
  }
  for (const name of result.missingPeers ?? []) rows.push(`| ${name} seed.txt | not installed | | | | | |`);
  return rows.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ strict: false, options: { runs: { type: 'string', default: '30' }, 'no-peers': { type: 'boolean' } } });
  const result = measureStartup({ runs: Number(values.runs), peers: !values['no-peers'] });
  console.log(
    `${result.tool}, ${result.runs} runs after ${WARMUP} warm-up runs, file ${path.relative(REPO, result.file)} (${result.seedBytes} bytes)\n`,
  );
  console.log(startupTable(result));
}
