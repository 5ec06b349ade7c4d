// Fixing, as issue 3 measures it: `copydesk fix` over the injected copies whose defect has one right
// repair must give back the clean article byte for byte, and over the untouched articles must change
// nothing. Same seeded cases as the injected suite; every rule may fix, as in a plain `copydesk fix`.
import { readFileSync } from 'node:fs';
import { injectedSuite } from './injected.mjs';

// The Brown editorials keep a few real typos of their own (CONTENTS, "Typographical Error"); fixing
// those is right, so a change that only corrects one of them does not count as touching clean text.
const KNOWN_TYPOS = JSON.parse(readFileSync(new URL('../carriers/brown-known-defects.json', import.meta.url), 'utf8'))
  .defects.filter((d) => d.rules.includes('typo'))
  .map((d) => d.text);

export function restoreSuite(corpusRoot, options, ruleIds) {
  const injected = injectedSuite(corpusRoot, options);
  const cases = injected.cases.filter((testCase) => testCase.fixExpected);
  const clean = injected.cleanDocuments;
  return {
    name: 'restore',
    fixingRules: ruleIds,
    documents: () => [
      ...clean.map((document) => ({ name: document.id, text: document.text, batchKey: document.id })),
      ...cases.map((testCase) => ({ name: testCase.id, text: testCase.text, batchKey: testCase.articleId })),
    ],
    score(findings, fixed) {
      const byKind = new Map();
      const notRestored = [];
      for (const testCase of cases) {
        const counts = byKind.get(testCase.kind) ?? { restored: 0, total: 0 };
        counts.total++;
        const output = fixed.get(testCase.id);
        // The article as fix leaves its clean copy differs from it only by the corpus's own typos
        // (checked below), so that counts as restored too.
        if (testCase.accept.includes(output) || output === fixed.get(testCase.articleId)) counts.restored++;
        else notRestored.push({ id: testCase.id, note: testCase.note });
        byKind.set(testCase.kind, counts);
      }
      const changes = clean
        .filter((document) => fixed.get(document.id) !== document.text)
        .map((document) => ({ id: document.id, ...firstChange(document.text, fixed.get(document.id)) }));
      const isKnownTypoFix = (change) => change.onlyChange && KNOWN_TYPOS.some((typo) => change.removed.includes(typo));
      const changedClean = changes.filter((change) => !isKnownTypoFix(change)).map((change) => `${change.id}: ${change.shown}`);
      const knownTyposFixed = changes.filter(isKnownTypoFix).map((change) => `${change.id}: ${change.shown}`);
      const restored = [...byKind.values()].reduce((n, c) => n + c.restored, 0);
      return { byKind, restored, total: cases.length, notRestored, clean: clean.length, changedClean, knownTyposFixed };
    },
  };
}

/** Where two texts differ: the first to the last differing character, shown with a little context. */
function firstChange(before, after) {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const from = Math.max(0, start - 12);
  const removed = before.slice(start, endBefore);
  return {
    removed: before.slice(Math.max(0, start - 20), endBefore + 20),
    // One word's worth of change, not several fixes spread over the article.
    onlyChange: removed.length < 40,
    shown: `${JSON.stringify(before.slice(from, endBefore + 12))} → ${JSON.stringify(after.slice(from, endAfter + 12))}`,
  };
}
