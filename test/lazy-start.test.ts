// Start-up: a run that prints no help must not build what only help text needs (cliui's Intl.Segmenter
// and string-width's emoji regexes, ~13 ms; yargs' rendering of the help after a command starts, ~25 ms).
// A preloaded probe reports each Intl.Segmenter built, so laziness shows without timing anything.
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers/cli.js';

const PROBE = `const Original = Intl.Segmenter;
Intl.Segmenter = class extends Original {
  constructor(...args) {
    super(...args);
    process.stderr.write('[probe] Intl.Segmenter built\\n');
  }
};
`;

function runWithProbe(args: string[], files: Record<string, string> = {}) {
  const dir = makeTree({ 'probe.cjs': PROBE, ...files });
  return runCli(args, { cwd: dir, env: { NODE_OPTIONS: `--require ${dir}/probe.cjs` } });
}

describe('start-up builds no help text when none is printed', () => {
  it('checks a file with `check` and with the default command without loading the help renderer', () => {
    const files = { 'a.txt': 'The the council met on Monday.\n' };
    for (const args of [['check', 'a.txt'], ['a.txt'], ['check', 'a.txt', '--format', 'json']]) {
      const run = runWithProbe(args, files);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('doubled-word');
      expect(run.stderr).not.toContain('[probe]');
    }
  });

  it('still renders the help when asked (the probe sees it)', () => {
    for (const args of [['--help'], ['check', '--help']]) {
      const run = runWithProbe(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('--format');
      expect(run.stderr).toContain('[probe] Intl.Segmenter built');
    }
  });

  it('reports a usage error without a stack trace', () => {
    const run = runWithProbe(['check', '--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown argument: frobnicate');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
