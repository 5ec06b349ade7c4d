// Real web pages, English ones only: the web-pages corpus (../shared/corpus/web-pages, Mozilla
// Readability's test pages) as an article extractor (`article/`) and as a naive scraper (`scraped/`)
// see them. The pages judged English are listed in eval/data/web-pages-english.json; the others are
// another engineer's concern (language detection) and are not checked here.
//
// Every rule the CLI has but typo (scored by eval/suites/web-pages-typo.mjs, with its own labels) is
// scored against hand judgments of a seeded draw of its findings (eval/labels/web-pages.json). The pages
// are split, by a hash of the page's name fixed before any tuning, into a tuning part and a held-out
// part: both dumps of a page fall in the same part. Per part and rule: findings, false alarms per 10,000
// words (the drawn findings' false share applied to all findings, exact when every finding is drawn),
// precision on the judged draw, and recall on the real defects the judgments hold (a real defect is
// found when a rule claiming its class reports on its line). The corpus text is read at eval time only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../lib/random.mjs';

const ENGLISH_PAGES = new URL('../data/web-pages-english.json', import.meta.url);
export const WEB_PAGES_LABELS = new URL('../labels/web-pages.json', import.meta.url);
const FOLDERS = ['article', 'scraped'];
/** Rules another suite scores on these pages: typo has its own (eval/suites/web-pages-typo.mjs). */
export const SCORED_ELSEWHERE = new Set(['typo']);
/** Rules that claim another rule's class of defect too (for recall): a repeated lead is duplicate-lead's. */
const ALSO_CLAIMED_BY = { 'duplicate-paragraph': ['duplicate-lead'] };
/** Findings drawn per rule and part to be judged by hand. */
const DRAWN_PER_RULE_AND_PART = 40;
const FLAG_CHARS = 60;
const SEED = 12;

/** The part a page belongs to, from its name alone (fixed before tuning: never change the salt). */
export function partOf(page) {
  return hashString(`web-pages-split:${page}`) % 2 === 0 ? 'tuning' : 'held-out';
}

export function webPagesKey(page, line, rule, flagged) {
  return `${page}:${line}:${rule}:${flagged.slice(0, FLAG_CHARS)}`;
}

/** `rules`: the CLI's rule ids (`copydesk rules`); each but typo is scored, the silent ones with 0 findings. */
export function webPagesSuite(webPagesDir, rules) {
  const english = JSON.parse(readFileSync(ENGLISH_PAGES, 'utf8')).pages;
  const scoredRules = rules.filter((rule) => !SCORED_ELSEWHERE.has(rule));
  const documents = [];
  // Each dump is its own run, as a user checks one dump: batches hold each page once (batchKey), and
  // with every article before every scrape, batch 0 is the extractor's dump and batch 1 the scraper's,
  // so no corpus rule (duplicate-document, cross-document-paragraph) compares a page with its other dump.
  for (const folder of FOLDERS) {
    const present = new Set(readdirSync(join(webPagesDir, folder)));
    for (const page of english) {
      if (!present.has(`${page}.txt`)) continue;
      const text = readFileSync(join(webPagesDir, folder, `${page}.txt`), 'utf8');
      documents.push({ name: `${folder}__${page}`, text, batchKey: page, page, folder, words: countWords(text) });
    }
  }
  return {
    name: 'web-pages',
    documents: () => documents,
    score: (findings) => scoreWebPages(documents, findings, scoredRules),
  };
}

function scoreWebPages(documents, findingsByName, scoredRules) {
  const judgments = new Map();
  for (const entry of JSON.parse(readFileSync(WEB_PAGES_LABELS, 'utf8')).judgments) {
    judgments.set(webPagesKey(entry.page, entry.line, entry.rule, entry.flagged), entry);
  }
  const parts = new Map(['tuning', 'held-out'].map((part) => [part, { part, pages: 0, words: 0, rules: new Map(), found: [] }]));
  for (const document of documents) {
    const part = parts.get(partOf(document.page));
    part.pages++;
    part.words += document.words;
    for (const finding of findingsByName.get(document.name) ?? []) {
      const place = {
        page: `${document.folder}/${document.page}`,
        line: finding.line,
        rule: finding.ruleId,
        flagged: document.text.slice(finding.start, finding.end),
        message: finding.message,
        context: lineOf(document.text, finding.line),
      };
      part.found.push(place);
      if (!scoredRules.includes(finding.ruleId)) continue;
      if (!part.rules.has(finding.ruleId)) part.rules.set(finding.ruleId, []);
      part.rules.get(finding.ruleId).push(place);
    }
  }
  const scored = [];
  for (const part of parts.values()) {
    const realDefects = [...judgments.values()].filter((entry) => entry.real && partOf(entry.page.split('/')[1]) === part.part);
    const rules = scoredRules.map((rule) => {
      const findings = part.rules.get(rule) ?? [];
      const drawn = draw(findings, DRAWN_PER_RULE_AND_PART);
      const judged = [];
      const unjudged = [];
      for (const finding of drawn) {
        const judgment = judgments.get(webPagesKey(finding.page, finding.line, finding.rule, finding.flagged));
        if (judgment) judged.push({ ...finding, real: judgment.real, note: judgment.note });
        else unjudged.push(finding);
      }
      const falseJudged = judged.filter((finding) => !finding.real).length;
      const falseAlarms = judged.length ? (findings.length * falseJudged) / judged.length : 0;
      const defects = realDefects.filter((entry) => entry.rule === rule);
      const missed = defects.filter(
        (entry) => !part.found.some((f) => f.page === entry.page && f.line === entry.line && claims(f.rule, rule)),
      );
      return { rule, findings: findings.length, drawn: drawn.length, judged, unjudged, falseAlarms, defects: defects.length, missed };
    });
    scored.push({ part: part.part, pages: part.pages, words: part.words, rules });
  }
  return { parts: scored };
}

/** Whether a finding of `findingRule` finds a real defect of `rule`'s class. */
function claims(findingRule, rule) {
  return findingRule === rule || (ALSO_CLAIMED_BY[rule] ?? []).includes(findingRule);
}

/** Up to `count` findings, those whose seeded hash of their key is smallest: a draw that barely moves as rules change. */
function draw(findings, count) {
  return findings
    .map((finding) => ({ finding, rank: hashString(`${SEED}:${webPagesKey(finding.page, finding.line, finding.rule, finding.flagged)}`) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count)
    .map(({ finding }) => finding);
}

function countWords(text) {
  return text.split(/\s+/u).filter(Boolean).length;
}

function lineOf(text, line) {
  return text.split('\n')[line - 1] ?? '';
}
