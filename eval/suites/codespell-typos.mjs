// A recall test for `typo` on codespell's list of common misspellings (CC BY-SA: read at run time,
// nothing of it written here or into docs/quality.md; `--json` lists the misses). A seeded sample of
// the single-correction pairs whose misspelling is no English word (a real word cannot be caught by
// spelling alone), each in a plain sentence:
// - Detected: a `typo` finding overlaps the misspelling.
// - Corrected: its fix or one of its first three suggestions gives the listed correction.
// - Fixes: a safe fix that gives anything else is wrong.
import { loadCodespellPairs } from '../carriers/spelling-lists.mjs';
import { sentenceDocuments } from '../carriers/word-sentences.mjs';
import { isEnglishWord } from '../lib/english-words.mjs';
import { createRandom } from '../lib/random.mjs';
import { applyFixes, overlaps } from '../score.mjs';

const SUGGESTIONS_CONSIDERED = 3;

export function codespellSuite(codespellDir, seed, sampleSize) {
  const candidates = loadCodespellPairs(codespellDir).filter(([misspelling]) => !isEnglishWord(misspelling));
  const pairs =
    sampleSize > 0 && sampleSize < candidates.length ? sample(candidates, sampleSize, createRandom(seed, 'codespell-sample')) : candidates;
  const documents = sentenceDocuments('codespell', pairs, ([misspelling]) => misspelling);
  return {
    name: 'codespell-typos',
    candidates: candidates.length,
    documents: () => documents,
    score: (findings) => scoreCodespell(documents, findings, candidates.length),
  };
}

function scoreCodespell(documents, findingsByName, candidates) {
  const stats = {
    candidates,
    pairs: 0,
    detected: 0,
    corrected: 0,
    fixesOffered: 0,
    fixRight: 0,
    wrongFixes: [],
    missed: [],
    uncorrected: [],
  };
  for (const document of documents) {
    const findings = (findingsByName.get(document.name) ?? []).filter((finding) => finding.ruleId === 'typo');
    for (const { item, start, end } of document.words) {
      const [misspelling, correction] = item;
      stats.pairs++;
      const onWord = findings.filter((finding) => overlaps(finding, { start, end }));
      if (!onWord.length) {
        stats.missed.push({ misspelling, correction });
        continue;
      }
      stats.detected++;
      const expected = document.text.slice(0, start) + correction + document.text.slice(end);
      const gives = (fix) => fix && applyFixes(document.text, [fix]) === expected;
      const candidatesOffered = onWord.flatMap((finding) => [
        finding.fix,
        ...(finding.suggestions ?? []).slice(0, SUGGESTIONS_CONSIDERED).map((s) => s.fix),
      ]);
      if (candidatesOffered.some(gives)) stats.corrected++;
      else stats.uncorrected.push({ misspelling, correction, offered: candidatesOffered.filter(Boolean).map((fix) => fix.text) });
      const fix = onWord.find((finding) => finding.fix)?.fix;
      if (!fix) continue;
      stats.fixesOffered++;
      if (gives(fix)) stats.fixRight++;
      else stats.wrongFixes.push({ misspelling, correction, fixedTo: fix.text });
    }
  }
  return stats;
}

/** `size` items drawn without replacement, in their original order. */
function sample(items, size, random) {
  const indexes = items.map((_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random.next() * (indexes.length - i));
    [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
  }
  return indexes
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}
