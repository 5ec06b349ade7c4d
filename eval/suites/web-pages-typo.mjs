// typo on real web pages, English ones only: the pages of suites/web-pages.mjs (Readability's test pages,
// as an extractor and as a naive scraper see them), split into the same tuning and held-out parts by
// that suite's hash of the page name (fixed before any tuning of typo). Every typo finding on a page
// is a word judged by hand in eval/labels/web-pages-typo.json (real: a misspelling the page has; not:
// a name, a brand, a word, a foreign word); the typo model's thresholds are tuned on the tuning part
// only, and the held-out part's figures are the ones reported. A word is judged once: its judgment
// holds wherever the page writes it. Per part: findings, false alarms per 10,000 words, precision,
// and wrong automatic fixes.
//
//   node eval/suites/web-pages-typo.mjs [--no-build] [--unjudged]   prints the figures (and the findings no
//                                                                   judgment covers, to judge)
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli, checkDocuments } from '../run-cli.mjs';
import { partOf, webPagesSuite } from './web-pages.mjs';

export const WEB_PAGES_TYPO_LABELS = new URL('../labels/web-pages-typo.json', import.meta.url);

export function webPagesTypoKey(page, flagged) {
  return `${page}:${flagged}`;
}

export function webPagesTypoSuite(webPagesDir) {
  // Only the pages are needed (typo is scored here, not by the web-pages suite's rules).
  const pages = webPagesSuite(webPagesDir, []);
  return {
    name: 'web-pages-typo',
    documents: pages.documents,
    score: (findings) => scoreTypo(pages.documents(), findings),
  };
}

function scoreTypo(documents, findingsByName) {
  const judgments = new Map();
  for (const entry of JSON.parse(readFileSync(WEB_PAGES_TYPO_LABELS, 'utf8')).judgments) {
    judgments.set(webPagesTypoKey(entry.page, entry.flagged), entry);
  }
  const parts = new Map(
    ['tuning', 'held-out'].map((part) => [
      part,
      {
        part,
        pages: 0,
        words: 0,
        findings: 0,
        real: 0,
        false: 0,
        wrongFixes: 0,
        fixes: 0,
        unjudged: [],
        falseWords: [],
        wrongFixWords: [],
      },
    ]),
  );
  for (const document of documents) {
    const part = parts.get(partOf(document.page));
    part.pages++;
    part.words += document.words;
    for (const finding of findingsByName.get(document.name) ?? []) {
      if (finding.ruleId !== 'typo') continue;
      const flagged = document.text.slice(finding.start, finding.end);
      part.findings++;
      const judgment = judgments.get(webPagesTypoKey(document.page, flagged));
      if (!judgment) {
        part.unjudged.push({
          page: document.page,
          folder: document.folder,
          flagged,
          message: finding.message,
          context: around(document.text, finding),
        });
        continue;
      }
      if (judgment.real) part.real++;
      else {
        part.false++;
        part.falseWords.push(flagged);
      }
      if (finding.fix) {
        part.fixes++;
        if (!judgment.real || (judgment.correction && finding.fix.text !== judgment.correction)) {
          part.wrongFixes++;
          part.wrongFixWords.push(`${flagged} → ${finding.fix.text}`);
        }
      }
    }
  }
  // The shape of the web-pages suite's parts too, so that its total (eval/report/web-pages.mjs) adds typo.
  return { parts: [...parts.values()].map((p) => ({ ...p, rules: [{ rule: 'typo', findings: p.findings, falseAlarms: p.false }] })) };
}

function around(text, { start, end }) {
  return text.slice(Math.max(0, start - 60), end + 60).replace(/\s+/g, ' ');
}

export function renderTypoFigures({ parts }) {
  const lines = ['Part       Pages  Words    Findings  Real  False  Unjudged  False per 10k words  Precision  Wrong fixes'];
  for (const p of parts) {
    const judged = p.real + p.false;
    lines.push(
      [
        p.part.padEnd(9),
        String(p.pages).padStart(6),
        String(p.words).padStart(7),
        String(p.findings).padStart(10),
        String(p.real).padStart(5),
        String(p.false).padStart(6),
        String(p.unjudged.length).padStart(9),
        ((p.false * 10000) / p.words).toFixed(2).padStart(20),
        (judged ? (p.real / judged).toFixed(2) : '—').padStart(10),
        `${p.wrongFixes}/${p.fixes}`.padStart(12),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({
    options: { 'no-build': { type: 'boolean', default: false }, unjudged: { type: 'boolean', default: false } },
  });
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  if (!args['no-build']) buildCli(repoRoot);
  const suite = webPagesTypoSuite(resolve(repoRoot, '../shared/corpus/web-pages'));
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-eval-typo-'));
  try {
    const findings = checkDocuments(repoRoot, dir, suite.name, suite.documents());
    const scored = suite.score(findings);
    console.log(renderTypoFigures(scored));
    for (const p of scored.parts)
      console.log(`${p.part} false alarms: ${p.falseWords.join(', ')}\n${p.part} wrong fixes: ${p.wrongFixWords.join(', ')}`);
    if (args.unjudged) for (const p of scored.parts) for (const u of p.unjudged) console.log(JSON.stringify({ part: p.part, ...u }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
