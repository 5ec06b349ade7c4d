// Start-up: a check of a plain text file loads neither fast-levenshtein (whose module builds an
// Intl.Collator as it loads) nor node:zlib (only a .gz dump needs it). A preloaded probe reports
// each Intl.Collator built and, at exit, whether node:zlib was loaded, so laziness shows without timing.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers/cli.js';

const PROBE = `const Original = Intl.Collator;
Intl.Collator = function (...args) {
  process.stderr.write('[probe] Intl.Collator built\\n');
  return new Original(...args);
};
process.on('exit', () => {
  if (process.moduleLoadList.includes('NativeModule zlib')) process.stderr.write('[probe] zlib loaded\\n');
});
`;

// Unknown words and capitalised slips: typo's suggestion search measures edit distances.
const TEXT = 'The goverment said teh silmutaneously plan for Conneticut was ready.\n';

function runWithProbe(args: string[], files: Record<string, string | Uint8Array>) {
  const dir = makeTree({ 'probe.cjs': PROBE, ...files });
  return runCli(args, { cwd: dir, env: { NODE_OPTIONS: `--require ${dir}/probe.cjs` } });
}

describe('start-up loads what a run needs, when it needs it', () => {
  it('checks a text file, edit distances included, without an Intl.Collator or node:zlib', () => {
    const run = runWithProbe(['check', 'a.txt', '--jobs', '1'], { 'a.txt': TEXT });
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
});
