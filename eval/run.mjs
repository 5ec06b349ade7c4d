#!/usr/bin/env node
// The detection-quality evaluation: injects known defects into clean, professionally edited news,
// runs the real copydesk CLI over the copies and over the untouched articles, scores each rule's
// recall, precision and fixes, and writes docs/quality.md. See docs/quality.md for what it measures.
//
//   node eval/run.mjs [--seed 1] [--per-variant 40] [--out docs/quality.md] [--no-build] [--keep] [--json file]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brownCarrier, countWords, loadBrownArticles } from './carriers/brown.mjs';
import { loadKnownDefects } from './carriers/known-defects.mjs';
import { generateCases } from './generate.mjs';
import { composeText, paragraphTexts } from './inject/edit.mjs';
import { injectors } from './inject/index.mjs';
import { loadMisspellings } from './inject/typo.mjs';
import { renderConsoleTable, renderMarkdown } from './report.mjs';
import { buildCli, checkDocuments } from './run-cli.mjs';
import { flaggedText, flagSignature, scoreCases, scoreClean } from './score.mjs';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    'per-variant': { type: 'string', default: '40' },
    out: { type: 'string', default: 'docs/quality.md' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusRoot = resolve(repoRoot, '../shared/corpus');
const seed = Number(args.seed);
const perVariant = Number(args['per-variant']);
if (!Number.isInteger(seed) || !Number.isInteger(perVariant) || perVariant < 1) {
  process.stderr.write('eval: --seed and --per-variant take whole numbers (--per-variant at least 1)\n');
  process.exit(2);
}
const targets = JSON.parse(readFileSync(new URL('./targets.json', import.meta.url), 'utf8'));

const articles = loadBrownArticles(join(corpusRoot, 'brown-press-editorial'));
const locateKnownDefects = loadKnownDefects(new URL('./carriers/brown-known-defects.json', import.meta.url));
const context = { misspellingsOf: loadMisspellings(join(corpusRoot, 'typos-dictionary', 'words.csv')) };
const cases = generateCases({ articles, injectors, seed, perVariant, context });
const cleanDocuments = articles.map((article) => ({ id: article.id, file: article.file, text: composeText(paragraphTexts(article)) }));

if (!args['no-build']) buildCli(repoRoot);
const workDir = mkdtempSync(join(tmpdir(), 'copydesk-eval-'));
let findings;
try {
  findings = checkDocuments(repoRoot, workDir, [
    ...cleanDocuments.map((document) => ({ name: document.id, text: document.text, batchKey: document.id })),
    ...cases.map((testCase) => ({ name: testCase.id, text: testCase.text, batchKey: testCase.articleId })),
  ]);
} finally {
  if (args.keep) process.stderr.write(`eval: generated files kept in ${workDir}\n`);
  else rmSync(workDir, { recursive: true, force: true });
}

const clean = scoreClean(cleanDocuments, findings, locateKnownDefects, countWords);
const cleanFlags = new Set(clean.listed.map(({ document, finding, ruleId }) => flagSignature(ruleId, flaggedText(document, finding))));
const scored = scoreCases(cases, findings, locateKnownDefects, cleanFlags);
const injectedRules = Object.values(injectors).map((injector) => injector.rule).filter(Boolean);
const otherRules = [...new Set([...scored.rules.keys(), ...clean.rules.keys()])].filter((rule) => !injectedRules.includes(rule)).sort();
const words = cleanDocuments.reduce((sum, document) => sum + countWords(document.text), 0);
const summary = {
  seed,
  perVariant,
  targets,
  cases,
  scored,
  clean,
  cleanFlags,
  ruleOrder: [...injectedRules, ...otherRules],
  carrier: { ...brownCarrier, articles: articles.length, words },
};

writeFileSync(resolve(repoRoot, args.out), `${renderMarkdown(summary)}\n`);
process.stdout.write(`${renderConsoleTable(summary)}\n\nWritten: ${args.out}\n`);
if (args.json) writeFileSync(args.json, JSON.stringify(toJson(summary), null, 1));

/** Every case and finding, for reviewing what the report only samples. */
function toJson({ cases, clean }) {
  return {
    seed,
    perVariant,
    cases: cases.map(({ text, accept, ...testCase }) => ({ ...testCase, findings: findings.get(testCase.id) ?? [] })),
    clean: clean.listed.map(({ ruleId, finding, document, real }) => ({
      ruleId,
      article: document.id,
      flagged: document.text.slice(finding.start, finding.end),
      real,
      ...finding,
    })),
  };
}
