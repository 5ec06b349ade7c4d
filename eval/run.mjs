#!/usr/bin/env node
// The detection-quality evaluation (`npm run eval`): runs the real copydesk CLI on the shared corpus
// and writes docs/quality.md with, per rule, recall, precision and fix accuracy, and the number of
// cases behind each figure. One suite per source (suites/*.mjs):
// - injected: known defects injected into the Brown press editorials, the untouched ones as clean text;
// - restore: `copydesk fix` on those with one right repair must give back the clean text byte for byte;
// - reuters: real wire copy, scored against hand labels of a sample (eval/labels/);
// - web-pages: real English web pages, extracted and scraped; page-structure rules against hand judgments;
// - ftfy: mojibake detection and repair on ftfy's test cases;
// - peer: the peer linters' own test vectors;
// - british: British spellings that no rule may flag;
// - codespell: typo's recall on codespell's common misspellings.
//
//   node eval/run.mjs [--seed 1] [--per-variant 40] [--codespell-sample 4000] [--out docs/quality.md]
//                     [--only reuters,ftfy] [--no-build] [--keep] [--json file]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderConsole, renderMarkdown } from './report.mjs';
import { buildCli, checkDocuments, fixedTexts, ruleIds } from './run-cli.mjs';
import { britishSpellingSuite } from './suites/british-spelling.mjs';
import { codespellSuite } from './suites/codespell-typos.mjs';
import { ftfySuite } from './suites/ftfy.mjs';
import { injectedSuite } from './suites/injected.mjs';
import { peerSuite } from './suites/peer-cases.mjs';
import { restoreSuite } from './suites/restore.mjs';
import { reutersSuite } from './suites/reuters.mjs';
import { webPagesSuite } from './suites/web-pages.mjs';
import { webPagesTypoSuite } from './suites/web-pages-typo.mjs';
import { toJson } from './to-json.mjs';
import targets from './targets.json' with { type: 'json' };

const SUITES = ['injected', 'restore', 'reuters', 'web-pages', 'web-pages-typo', 'ftfy', 'peer', 'british', 'codespell'];

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    'per-variant': { type: 'string', default: '40' },
    'codespell-sample': { type: 'string', default: '4000' },
    out: { type: 'string' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const options = { seed: Number(args.seed), perVariant: Number(args['per-variant']), codespellSample: Number(args['codespell-sample']) };
if (
  !Number.isInteger(options.seed) ||
  !Number.isInteger(options.perVariant) ||
  options.perVariant < 1 ||
  !Number.isInteger(options.codespellSample) ||
  options.codespellSample < 0
) {
  fail('--seed, --per-variant (at least 1) and --codespell-sample (0 for all) take whole numbers');
}
const chosen = args.only ? args.only.split(',').map((name) => name.trim()) : SUITES;
const unknown = chosen.filter((name) => !SUITES.includes(name));
if (unknown.length) fail(`--only: no suite named ${unknown.join(', ')} (suites: ${SUITES.join(', ')})`);
// A partial run prints; it writes docs/quality.md only when asked to.
const out = args.out ?? (args.only ? undefined : 'docs/quality.md');

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusRoot = resolve(repoRoot, '../shared/corpus');
const labelsUrl = new URL('./labels/reuters.json', import.meta.url);

if (!args['no-build']) buildCli(repoRoot);
const rules = ruleIds(repoRoot);
const suites = {
  injected: () => injectedSuite(corpusRoot, { ...options, targets }),
  restore: () => restoreSuite(corpusRoot, { ...options, targets }, rules),
  reuters: () => reutersSuite(join(corpusRoot, 'reuters-21578'), labelsUrl),
  'web-pages': () => webPagesSuite(join(corpusRoot, 'web-pages'), rules),
  'web-pages-typo': () => webPagesTypoSuite(join(corpusRoot, 'web-pages')),
  ftfy: () => ftfySuite(join(corpusRoot, 'ftfy-test-cases'), rules),
  peer: () => peerSuite(join(corpusRoot, 'peer-rule-cases')),
  british: () => britishSpellingSuite(join(corpusRoot, 'varcon'), join(corpusRoot, 'codespell-dictionary')),
  codespell: () => codespellSuite(join(corpusRoot, 'codespell-dictionary'), options.seed, options.codespellSample),
};

const workDir = mkdtempSync(join(tmpdir(), 'copydesk-eval-'));
const results = {};
const loaded = {};
try {
  for (const name of chosen) {
    const started = Date.now();
    const suite = suites[name]();
    const documents = suite.documents();
    const findings = checkDocuments(repoRoot, workDir, name, documents);
    const fixed = suite.fixingRules?.length ? fixedTexts(repoRoot, workDir, name, documents, suite.fixingRules) : undefined;
    results[name] = suite.score(findings, fixed);
    loaded[name] = suite;
    process.stderr.write(`eval: ${name}: ${documents.length} documents, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
} finally {
  if (args.keep) process.stderr.write(`eval: generated files kept in ${workDir}\n`);
  else rmSync(workDir, { recursive: true, force: true });
}

const labels = loaded.reuters?.labels;
const report = { results, labels, targets, options, rules };
if (out) writeFileSync(resolve(repoRoot, out), `${renderMarkdown(report)}\n`);
process.stdout.write(`${renderConsole(report)}\n${out ? `\nWritten: ${out}\n` : ''}`);
if (args.json) writeFileSync(args.json, JSON.stringify(toJson(results, loaded), null, 1));
// Dedup's recall and precision on injected copies, from a held-out seed: eval/dedup-eval.mjs.
if (!args.only) spawnSync(process.execPath, [join(repoRoot, 'eval/dedup-eval.mjs'), '--no-build'], { stdio: 'inherit' });

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}
