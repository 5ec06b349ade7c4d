// Known defects injected into clean, professionally edited news (the Brown press editorials), one per
// copy, with the untouched articles as the false-positive baseline. How cases are made and scored:
// generate.mjs, inject/, score.mjs.
import { join } from 'node:path';
import { brownCarrier, countWords, loadBrownArticles } from '../carriers/brown.mjs';
import { loadKnownDefects } from '../carriers/known-defects.mjs';
import { generateCases } from '../generate.mjs';
import { composeText, paragraphTexts } from '../inject/edit.mjs';
import { injectors } from '../inject/index.mjs';
import { loadMisspellings } from '../inject/typo.mjs';
import { flaggedText, flagSignature, scoreCases, scoreClean } from '../score.mjs';

export function injectedSuite(corpusRoot, { seed, perVariant, targets }) {
  const articles = loadBrownArticles(join(corpusRoot, 'brown-press-editorial'));
  const locateKnownDefects = loadKnownDefects(new URL('../carriers/brown-known-defects.json', import.meta.url));
  const context = { misspellingsOf: loadMisspellings(join(corpusRoot, 'typos-dictionary', 'words.csv')) };
  const cases = generateCases({ articles, injectors, seed, perVariant, context });
  const cleanDocuments = articles.map((article) => ({ id: article.id, file: article.file, text: composeText(paragraphTexts(article)) }));
  return {
    name: 'injected',
    cases,
    cleanDocuments,
    // Each batch holds each article once at most: cross-document rules never see the evaluation's copies.
    documents: () => [
      ...cleanDocuments.map((document) => ({ name: document.id, text: document.text, batchKey: document.id })),
      ...cases.map((testCase) => ({ name: testCase.id, text: testCase.text, batchKey: testCase.articleId })),
    ],
    score(findings) {
      const clean = scoreClean(cleanDocuments, findings, locateKnownDefects, countWords);
      const cleanFlags = new Set(
        clean.listed.map(({ document, finding, ruleId }) => flagSignature(ruleId, flaggedText(document, finding))),
      );
      const scored = scoreCases(cases, findings, locateKnownDefects, cleanFlags);
      const injectedRules = Object.values(injectors)
        .map((injector) => injector.rule)
        .filter(Boolean);
      const otherRules = [...new Set([...scored.rules.keys(), ...clean.rules.keys()])]
        .filter((rule) => !injectedRules.includes(rule))
        .sort();
      const words = cleanDocuments.reduce((sum, document) => sum + countWords(document.text), 0);
      return {
        seed,
        perVariant,
        targets,
        cases,
        scored,
        clean,
        cleanFlags,
        findings,
        ruleOrder: [...injectedRules, ...otherRules],
        carrier: { ...brownCarrier, articles: articles.length, words },
      };
    },
  };
}
