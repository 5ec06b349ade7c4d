// Throughput: copydesk with every default rule on the dumps from make-dump.mjs (one process, pinned to
// one CPU), the cost of each rule, and the peers (cspell, textlint) on the 20 MB slice in the same run.
//
// MB/s is the input's size over the run's CPU time (user + sys, GNU time): pinned to one CPU, that is
// its cost on one core even when other work shares the machine. Wall time is reported beside it.
// Per-rule cost is measured end to end through the CLI: the run with only that rule on (`--rule x=off`
// for every other rule) minus the run with every rule off (reading, decoding, splitting, the reporter).
//
// Peak memory: the peak RSS (GNU time's %M, worker threads included) of one run on each input, with --jobs 1
// and with --jobs N, beside the aims of issue 11 (≤ 250 MB on the dumps, ≤ 4× the text on one huge file).
//
// Floors (bench/node-floor.mjs): plain Node on the same folders, pinned and timed the same way: reading and
// decoding alone, one regex pass, and the Node floor (tokenize, look each word up in a 300k-word table).
//
// Usage: node bench/throughput.mjs [make-dump options] [--runs 3] [--no-peers] [--no-per-rule] [--no-memory]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dumpOptions, makeDump } from './make-dump.mjs';
import { writeWordTable } from './node-floor.mjs';
import {
  MB,
  PINNED_CPU,
  copydeskCommand,
  cpuSeconds,
  cspellCommand,
  medianRun,
  onlyRuleFlags,
  CODESPELL_OK,
  PEER_NAMES,
  codespellCommand,
  peerVersion,
  ruleIds,
  textlintCommand,
  timeCommand,
} from './lib.mjs';

export function measureThroughput({ out, manifest, runs = 3, perRule = true, peers = true, memory = true }) {
  const resultsDir = path.join(out, 'results');
  mkdirSync(resultsDir, { recursive: true });
  // An empty config: the defaults, whatever config file sits above the dump.
  const config = path.join(out, 'defaults.config.json');
  writeFileSync(config, '{}\n');
  const datasets = {
    txt: {
      label: '.txt dump',
      target: path.join(out, 'txt'),
      bytes: manifest.txt.bytes,
      docs: manifest.txt.files,
      files: manifest.txt.files,
    },
    jsonl: {
      label: '.jsonl dump',
      target: path.join(out, 'dump.jsonl'),
      bytes: manifest.jsonl.bytes,
      docs: manifest.jsonl.records,
      files: 1,
    },
    singleLine: {
      label: `one ${Math.round(manifest.singleLine.bytes / MB)} MB line`,
      target: path.join(out, 'single-line.txt'),
      bytes: manifest.singleLine.bytes,
      docs: 1,
      files: 1,
    },
    slice: {
      label: `${Math.round(manifest.slice.bytes / MB)} MB slice of the .txt dump`,
      target: path.join(out, 'slice'),
      bytes: manifest.slice.bytes,
      docs: manifest.slice.files,
      files: manifest.slice.files,
    },
  };

  const runCopydesk = (name, dataset, ruleFlags = []) => {
    const outputFile = path.join(resultsDir, `copydesk-${name}.json`);
    const args = ['--format', 'json', '--config', config, ...ruleFlags];
    const run = medianRun(runs, () => timeCommand(copydeskCommand(dataset.target, args), { cwd: out, stdoutFile: outputFile, pin: true }));
    return {
      ...run,
      ...countCopydeskFindings(outputFile, dataset),
      command: `copydesk check ${path.relative(out, dataset.target)} ${args.join(' ').replace(config, 'defaults.config.json')}`,
    };
  };

  const result = { pinnedCpu: PINNED_CPU, runs, datasets, copydesk: {}, rules: null, peers: null };
  for (const [name, dataset] of Object.entries(datasets)) {
    log(`copydesk, every default rule: ${dataset.label}`);
    result.copydesk[name] = runCopydesk(name, dataset);
  }

  // All cores: the .txt dump with --jobs 1 and with --jobs N (N = the CPUs), not pinned; wall time is
  // what a user waits, CPU time what the machine spends.
  const cpus = os.availableParallelism();
  if (cpus > 1) {
    const dataset = datasets.txt;
    const jobsRun = (jobs) => {
      log(`copydesk --jobs ${jobs}, not pinned: ${dataset.label}`);
      const outputFile = path.join(resultsDir, `copydesk-txt-jobs-${jobs}.json`);
      const args = ['--format', 'json', '--config', config, '--jobs', String(jobs)];
      const run = medianRun(runs, () => timeCommand(copydeskCommand(dataset.target, args), { cwd: out, stdoutFile: outputFile }));
      return { ...run, jobs, identical: null, outputFile };
    };
    const one = jobsRun(1);
    const all = jobsRun(cpus);
    all.identical = readFileSync(one.outputFile, 'utf8') === readFileSync(all.outputFile, 'utf8');
    result.parallel = { cpus, one, all };
  }

  if (memory) result.memory = measureMemory({ out, manifest, datasets, config, resultsDir });

  if (perRule) {
    const ids = ruleIds();
    log('copydesk, every rule off: .txt dump');
    const none = runCopydesk('txt-no-rules', datasets.txt, onlyRuleFlags(ids, null));
    const perRuleRuns = ids.map((id) => {
      log(`copydesk, only ${id}: .txt dump`);
      return { id, ...runCopydesk(`txt-only-${id}`, datasets.txt, onlyRuleFlags(ids, id)) };
    });
    result.rules = { none, only: perRuleRuns };
  }

  result.floors = measureFloors({ out, datasets, runs, resultsDir });

  if (peers) {
    const slice = datasets.slice;
    const commands = {
      cspell: {
        argv: cspellCommand(slice.target, '**/*.txt'),
        shown: 'cspell lint --no-progress --no-summary --no-cache --root slice "**/*.txt"',
        finding: / - /,
      },
      textlint: {
        argv: textlintCommand(slice.target),
        shown: 'textlint --config bench/peers/.textlintrc.json slice',
        finding: /:\d+:\d+: /,
      },
      codespell: { argv: codespellCommand(slice.target), shown: 'codespell slice', finding: / ==> /, okStatuses: CODESPELL_OK },
    };
    result.peers = {};
    for (const name of PEER_NAMES) {
      const { argv, shown, finding, okStatuses } = commands[name];
      const version = peerVersion(name);
      if (!version) {
        log(`${name}: not installed, left out`);
        result.peers[name] = { missing: true, command: shown };
        continue;
      }
      log(`${name}: ${slice.label}`);
      const outputFile = path.join(resultsDir, `${name}-slice.txt`);
      const run = timeCommand(argv, { cwd: out, stdoutFile: outputFile, pin: true, okStatuses });
      result.peers[name] = { ...run, version, findings: countLines(outputFile, finding), command: shown };
    }
  }
  return result;
}

/**
 * The floors on the .txt dump and on the slice, each the median of `runs` pinned runs. The lookup floor's
 * table is written once beside the dumps and read by each run, as copydesk reads its prebuilt tables.
 */
function measureFloors({ out, datasets, runs, resultsDir }) {
  const tableFile = path.join(out, 'floor-words.txt');
  writeWordTable(tableFile);
  const floorScript = fileURLToPath(new URL('./node-floor.mjs', import.meta.url));
  const floors = {};
  for (const name of ['txt', 'slice']) {
    floors[name] = {};
    for (const mode of ['read', 'regex', 'lookup']) {
      log(`Node floor "${mode}": ${datasets[name].label}`);
      const outputFile = path.join(resultsDir, `floor-${mode}-${name}.json`);
      const argv = [process.execPath, floorScript, mode, datasets[name].target, tableFile];
      const run = medianRun(runs, () => timeCommand(argv, { cwd: out, stdoutFile: outputFile, pin: true, okStatuses: [0] }));
      floors[name][mode] = { ...run, counts: JSON.parse(readFileSync(outputFile, 'utf8')) };
    }
  }
  return floors;
}

/**
 * Peak RSS of one run on each input with --jobs 1 and --jobs N (not pinned), and whether the two outputs
 * are the same bytes. The million repeated paragraphs are only here: their report is ~400 MB of JSON.
 */
function measureMemory({ out, manifest, datasets, config, resultsDir }) {
  const cpus = os.availableParallelism();
  const inputs = { ...datasets };
  delete inputs.slice;
  if (manifest.repeated) {
    const label = `${manifest.repeated.paragraphs.toLocaleString('en-US')} repeated paragraphs`;
    inputs.repeated = { label, target: path.join(out, 'repeated.txt'), bytes: manifest.repeated.bytes };
  }
  const rows = [];
  for (const [name, dataset] of Object.entries(inputs)) {
    const run = (jobs) => {
      log(`copydesk --jobs ${jobs}, peak memory: ${dataset.label}`);
      const outputFile = path.join(resultsDir, `copydesk-memory-${name}-jobs-${jobs}.json`);
      const args = ['--format', 'json', '--config', config, '--jobs', String(jobs)];
      return { ...timeCommand(copydeskCommand(dataset.target, args), { cwd: out, stdoutFile: outputFile }), outputFile };
    };
    const one = run(1);
    const all = cpus > 1 ? run(cpus) : null;
    const identical = all ? sameFile(one.outputFile, all.outputFile) : null;
    for (const file of [one.outputFile, all?.outputFile]) if (file && name === 'repeated') rmSync(file);
    rows.push({ name, label: dataset.label, bytes: dataset.bytes, one: one.rssMiB, all: all?.rssMiB ?? null, identical });
  }
  return { cpus, rows };
}

function sameFile(a, b) {
  return readFileSync(a).equals(readFileSync(b));
}

/** Counts files and findings in copydesk's JSON output, and refuses a run that silently skipped files. */
function countCopydeskFindings(outputFile, dataset) {
  const results = JSON.parse(readFileSync(outputFile, 'utf8'));
  if (results.length !== dataset.files) {
    throw new Error(
      `copydesk reported ${results.length} of the ${dataset.files} files in ${dataset.target}. ` +
        'If the dumps are in bench/out/: copydesk honours .gitignore even for paths named on the command line, and ' +
        'bench/out/ is gitignored; pass --out with a folder outside the repository (e.g. --out /tmp/copydesk-bench).',
    );
  }
  const byRule = {};
  for (const file of results) for (const message of file.messages) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
  return { findings: Object.values(byRule).reduce((a, b) => a + b, 0), byRule };
}

function countLines(file, pattern) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => pattern.test(line)).length;
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// ── Tables ───────────────────────────────────────────────────────────────────

const fixed = (n, digits = 1) =>
  n == null ? 'n/a' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const count = (n) => n.toLocaleString('en-US');
const mbPerS = (bytes, seconds) => fixed(bytes / MB / seconds);
const perSecond = (n, seconds) => (n / seconds < 10 ? fixed(n / seconds, 2) : count(Math.round(n / seconds)));

/** The Node floor (tokenize, one lookup a word) in MB/s per CPU second on the .txt dump, or null. */
export function nodeFloorRate(result) {
  const run = result.floors?.txt?.lookup;
  return run ? result.datasets.txt.bytes / MB / cpuSeconds(run) : null;
}

export function throughputTables(result) {
  const { datasets, copydesk } = result;
  const lines = [
    '| input | size | docs | CPU time | **MB/s** | docs/s | wall | MB/s (wall) | peak RSS | findings |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, run] of Object.entries(copydesk)) {
    const d = datasets[name];
    const cpu = cpuSeconds(run);
    lines.push(
      `| ${d.label} | ${fixed(d.bytes / MB)} MB | ${count(d.docs)} | ${fixed(cpu, 2)} s | **${mbPerS(d.bytes, cpu)}** | ${perSecond(d.docs, cpu)} | ${fixed(run.wall, 2)} s | ${mbPerS(d.bytes, run.wall)} | ${fixed(run.rssMiB, 0)} MiB | ${count(run.findings)} |`,
    );
  }
  const tables = { copydesk: lines.join('\n') };

  if (result.rules) {
    const { none, only } = result.rules;
    const bytes = datasets.txt.bytes;
    const base = cpuSeconds(none);
    const floor = nodeFloorRate(result);
    const ofFloor = (seconds) => (floor ? `${fixed(bytes / MB / seconds / floor, 2)}` : 'n/a');
    const rows = [
      '| rules on | CPU time | MB/s | ÷ Node floor | cost of the rule | the rule alone | findings (full run) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      `| none (read, decode, split, report) | ${fixed(base, 2)} s | ${mbPerS(bytes, base)} | ${ofFloor(base)} | — | — | — |`,
    ];
    for (const run of only) {
      const cost = cpuSeconds(run) - base;
      const alone = cost > 0.02 * base ? `${mbPerS(bytes, cost)} MB/s` : 'within noise';
      rows.push(
        `| only \`${run.id}\` | ${fixed(cpuSeconds(run), 2)} s | ${mbPerS(bytes, cpuSeconds(run))} | ${ofFloor(cpuSeconds(run))} | ${fixed(cost, 2)} s | ${alone} | ${count(copydesk.txt.byRule[run.id] ?? 0)} |`,
      );
    }
    const all = cpuSeconds(copydesk.txt);
    const sum = only.reduce((total, run) => total + cpuSeconds(run) - base, 0);
    rows.push(
      `| every default rule | ${fixed(all, 2)} s | ${mbPerS(bytes, all)} | ${ofFloor(all)} | ${fixed(all - base, 2)} s (the rows above add up to ${fixed(sum, 2)} s) | | ${count(copydesk.txt.findings)} |`,
    );
    tables.rules = rows.join('\n');
  }

  if (result.floors) {
    const labels = {
      read: 'read and decode (UTF-8) alone',
      regex: 'read, decode, one regex pass (a word pattern)',
      lookup: '**Node floor**: read, decode, tokenize, look each word up once in a 300k-word table',
    };
    const rows = [
      '| floor | input | CPU time | MB/s | wall | peak RSS | words | copydesk (every rule) ÷ floor |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
    ];
    for (const [name, floors] of Object.entries(result.floors)) {
      const d = datasets[name];
      const ours = d.bytes / MB / cpuSeconds(copydesk[name]);
      for (const [mode, run] of Object.entries(floors)) {
        const rate = d.bytes / MB / cpuSeconds(run);
        rows.push(
          `| ${labels[mode]} | ${d.label} | ${fixed(cpuSeconds(run), 2)} s | ${fixed(rate)} | ${fixed(run.wall, 2)} s | ${fixed(run.rssMiB, 0)} MiB | ${count(run.counts.words)} | ${fixed(ours / rate, 2)} |`,
        );
      }
    }
    tables.floors = rows.join('\n');
  }

  if (result.parallel) {
    const { cpus, one, all } = result.parallel;
    const bytes = datasets.txt.bytes;
    tables.parallel = [
      '| jobs | wall | MB/s (wall) | CPU time | peak RSS | speed-up (wall) | output identical to --jobs 1 |',
      '|---:|---:|---:|---:|---:|---:|---|',
      `| 1 | ${fixed(one.wall, 2)} s | ${mbPerS(bytes, one.wall)} | ${fixed(cpuSeconds(one), 2)} s | ${fixed(one.rssMiB, 0)} MiB | — | — |`,
      `| ${cpus} | ${fixed(all.wall, 2)} s | ${mbPerS(bytes, all.wall)} | ${fixed(cpuSeconds(all), 2)} s | ${fixed(all.rssMiB, 0)} MiB | **${fixed(one.wall / all.wall, 2)}×** | ${all.identical ? 'yes' : '**no**'} |`,
    ].join('\n');
  }

  if (result.memory) {
    const { cpus, rows } = result.memory;
    const MiB = 2 ** 20;
    const aim = (row) => (row.name === 'txt' || row.name === 'jsonl' ? (250 * 1e6) / MiB : (4 * row.bytes) / MiB);
    const verdict = (rss, row) => (rss == null ? '' : rss <= aim(row) ? 'met' : '**not met**');
    tables.memory = [
      `| input | size | peak RSS, --jobs 1 | × size | peak RSS, --jobs ${cpus} | × size | aim | --jobs 1 / ${cpus} | output identical |`,
      '|---|---:|---:|---:|---:|---:|---:|---|---|',
      ...rows.map((row) => {
        const times = (rss) => (rss == null ? 'n/a' : `${fixed((rss * MiB) / row.bytes)}×`);
        const identical = row.identical == null ? 'n/a' : row.identical ? 'yes' : '**no**';
        return (
          `| ${row.label} | ${fixed(row.bytes / MB)} MB | ${fixed(row.one, 0)} MiB | ${times(row.one)} | ` +
          `${fixed(row.all, 0)} MiB | ${times(row.all)} | ≤ ${fixed(aim(row), 0)} MiB | ${verdict(row.one, row)} / ${verdict(row.all, row)} | ${identical} |`
        );
      }),
    ].join('\n');
  }

  if (result.peers) {
    const slice = datasets.slice;
    const ours = copydesk.slice;
    const rows = [
      '| tool | CPU time | **MB/s** | wall | MB/s (wall) | peak RSS | findings | copydesk is … faster |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      `| copydesk ${version()} (every default rule) | ${fixed(cpuSeconds(ours), 2)} s | **${mbPerS(slice.bytes, cpuSeconds(ours))}** | ${fixed(ours.wall, 2)} s | ${mbPerS(slice.bytes, ours.wall)} | ${fixed(ours.rssMiB, 0)} MiB | ${count(ours.findings)} | — |`,
    ];
    for (const [name, run] of Object.entries(result.peers)) {
      if (run.missing) {
        rows.push(`| ${name} | not installed | | | | | | |`);
        continue;
      }
      rows.push(
        `| ${name} ${run.version} | ${fixed(cpuSeconds(run), 2)} s | ${mbPerS(slice.bytes, cpuSeconds(run))} | ${fixed(run.wall, 2)} s | ${mbPerS(slice.bytes, run.wall)} | ${fixed(run.rssMiB, 0)} MiB | ${count(run.findings)} | **${fixed(cpuSeconds(run) / cpuSeconds(ours))}×** (wall ${fixed(run.wall / ours.wall)}×) |`,
      );
    }
    tables.peers = rows.join('\n');
  }
  return tables;
}

function version() {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    strict: false,
    options: {
      runs: { type: 'string', default: '3' },
      'no-peers': { type: 'boolean' },
      'no-per-rule': { type: 'boolean' },
      'no-memory': { type: 'boolean' },
    },
  });
  const options = dumpOptions(process.argv.slice(2));
  const manifest = makeDump(options);
  const result = measureThroughput({
    out: options.out,
    manifest,
    runs: Number(values.runs),
    peers: !values['no-peers'],
    perRule: !values['no-per-rule'],
    memory: !values['no-memory'],
  });
  writeFileSync(path.join(options.out, 'results', 'throughput.json'), JSON.stringify(result, null, 2));
  for (const table of Object.values(throughputTables(result))) console.log(`${table}\n`);
}
