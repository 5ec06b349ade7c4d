// British spellings must not be flagged: VarCon's preferred British "-ise" spellings (tag `B`, where
// the American one differs) and the British side of codespell's en-GB→en-US list, each in a plain
// sentence. A word is flagged when a finding of any rule overlaps it. VarCon's rarest levels (80 and
// above: "abolitionise") are words no news dump is likely to hold; the figures are given by level.
import { loadCodespellBritish, loadVarconBritish } from '../carriers/spelling-lists.mjs';
import { sentenceDocuments } from '../carriers/word-sentences.mjs';
import { overlaps } from '../score.mjs';

export function britishSpellingSuite(varconDir, codespellDir) {
  const items = [
    ...loadVarconBritish(varconDir).map(({ word, level }) => ({ list: 'varcon', word, level })),
    ...loadCodespellBritish(codespellDir).map((word) => ({ list: 'codespell-en-GB', word })),
  ];
  const documents = sentenceDocuments('british', items, (item) => item.word);
  return {
    name: 'british-spelling',
    documents: () => documents,
    score: (findings) => scoreBritish(documents, findings),
  };
}

function scoreBritish(documents, findingsByName) {
  const groups = new Map();
  const flagged = [];
  for (const document of documents) {
    const findings = findingsByName.get(document.name) ?? [];
    for (const { item, start, end } of document.words) {
      const key = item.list === 'varcon' ? `varcon, level ${item.level}` : item.list;
      const group = groups.get(key) ?? { words: 0, flagged: 0 };
      groups.set(key, group);
      group.words++;
      const onWord = findings.filter((finding) => overlaps(finding, { start, end }));
      if (onWord.length) {
        group.flagged++;
        flagged.push({ item, findings: onWord });
      }
    }
  }
  const words = [...groups.values()].reduce((total, group) => total + group.words, 0);
  return { groups, words, flagged };
}
