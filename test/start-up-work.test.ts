// Start-up: what a check of one file does before it checks, seen by a preloaded probe rather than timed.
// A report into a pipe has no colour, so chalk's colour sniffing (supports-color, which loads node:tty)
// is not asked; yargs' guess of a version it never prints looks for a package.json from the install, not
// by listing the user's folders (one of them may hold a dump of 16k articles).
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, makeTree, repoRoot } from './helpers/cli.js';

const PROBE = `const fs = require('node:fs');
const readdirSync = fs.readdirSync;
fs.readdirSync = function (dir, ...rest) {
  process.stderr.write('[probe] listed ' + dir + '\\n');
  return readdirSync.call(this, dir, ...rest);
};
process.on('exit', () => {
  if (process.moduleLoadList.includes('NativeModule tty')) process.stderr.write('[probe] tty loaded\\n');
});
`;

/** The CLI with the probe, in a pipe, with neither NO_COLOR nor FORCE_COLOR set (runCli sets both). */
function runWithProbe(args: string[], files: Record<string, string>, env: Record<string, string> = {}) {
  const dir = makeTree({ 'probe.cjs': PROBE, ...files });
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    input: '',
    env: { ...inherited, CI: 'true', ...env, NODE_OPTIONS: `--require ${dir}/probe.cjs` },
    encoding: 'utf8',
  });
  return { ...run, dir };
}

const FILES = { 'a.txt': 'The the council met on Monday.\n', 'b.txt': 'Another story.\n', 'c.txt': 'And one more.\n' };

describe('start-up does no work a check into a pipe does not need', () => {
  it('loads no node:tty for a report into a pipe, and lists no folder for a file named on the command line', () => {
    const run = runWithProbe(['check', 'a.txt', '--jobs', '1'], FILES);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('doubled-word');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).not.toContain('[probe] tty loaded');
    expect(run.stderr).not.toContain(`[probe] listed ${run.dir}`);
  });

  it('asks chalk when colour may be wanted: --color into a pipe colours the report (the probe sees tty)', () => {
    const run = runWithProbe(['check', 'a.txt', '--jobs', '1', '--color', '--format', 'stylish'], FILES);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('\u001b[');
    expect(run.stderr).toContain('[probe] tty loaded');
  });

  it('leaves an empty FORCE_COLOR to chalk, which reads it as colour, as before', () => {
    const run = runWithProbe(['check', 'a.txt', '--jobs', '1', '--format', 'stylish'], FILES, { FORCE_COLOR: '' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('\u001b[');
  });
});

/**
 * The modules of the bundle a run initialises, in order: a copy of the bundle whose esbuild helper for
 * lazily initialised modules notes each module's name, run in a child process.
 */
function modulesInitialised(args: string[], files: Record<string, string>): string[] {
  const source = readFileSync(path.join(repoRoot, 'dist/copydesk.cjs'), 'utf8');
  const helper = 'try{return fn&&(res=(0,fn[__getOwnPropNames(fn)[0]])(fn=0)),res}';
  expect(source).toContain(helper);
  const noting = 'try{if(fn){const n=__getOwnPropNames(fn)[0];(globalThis.__initialised??=[]).push(n);res=(0,fn[n])(fn=0)}return res}';
  const packageJson = readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
  const dir = makeTree({ ...files, 'package.json': packageJson, 'dist/copydesk.cjs': source.replace(helper, noting) });
  // The copy finds the data tables and the packages it requires as the bundle does, beside it.
  for (const folder of ['data', 'node_modules']) symlinkSync(path.join(repoRoot, folder), path.join(dir, folder));
  const script = `const { main } = require('./dist/copydesk.cjs');
process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(globalThis.__initialised ?? []) + '\\n'));
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });`;
  writeFileSync(path.join(dir, 'run.cjs'), script);
  const run = spawnSync(process.execPath, ['run.cjs', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return JSON.parse(run.stderr.trim().split('\n').at(-1)!);
}

describe('loading the CLI starts up only what the command needs', () => {
  it('--version and --help initialise no rule, config loader or pipeline; a check does', () => {
    const heavy = (name: string) => name.startsWith('rules/') || name.startsWith('src/config/') || name === 'src/run.ts';
    for (const args of [['--version'], ['--help']]) expect(modulesInitialised(args, {}).filter(heavy)).toEqual([]);
    const check = modulesInitialised(['check', 'a.txt', '--jobs', '1'], FILES);
    expect(check).toContain('rules/index.ts');
    expect(check).toContain('src/config/file-config.ts');
    expect(check).toContain('src/run.ts');
  });
});
