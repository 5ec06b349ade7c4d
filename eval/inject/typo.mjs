// typo: one misspelled word per copy, of two origins. Known misspellings come from the typos
// project's corrections list (../shared/corpus/typos-dictionary/words.csv), single-correction rows
// only, so the right word is certain. Keyboard slips are edits of the word itself: two letters swapped,
// a letter dropped, a letter moved two places, as in VNA's "silmutaneously" for "simultaneously" (in
// no list). An edit that makes another English word is never used: no spelling checker could know.
// Found means: reported, with the right word as the fix or among the first three suggestions.
import { readFileSync } from 'node:fs';
import { isEnglishWord } from '../lib/english-words.mjs';
import { restorableEdit, wordsWhere } from './edit.mjs';

const isCommonWord = (minLength) => (word) =>
  word.text.length >= minLength && /^[a-z]+$/.test(word.text) && !word.tag.startsWith('np') && isEnglishWord(word.text);

const variants = {
  'known-misspelling': (word, context) => context.misspellingsOf(word) ?? [],
  transposition: (word) => range(1, word.length - 1).map((i) => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)),
  'dropped-letter': (word) => range(1, word.length - 1).map((i) => word.slice(0, i) + word.slice(i + 1)),
  'moved-letter': (word) =>
    range(1, word.length - 1).flatMap((i) => [i - 2, i + 2].filter((j) => j >= 1 && j < word.length).map((j) => moveLetter(word, i, j))),
};

export default {
  rule: 'typo',
  variants: Object.keys(variants),
  inject(article, variant, random, context) {
    const minLength = variant === 'known-misspelling' ? 4 : 5;
    // The word first, then its misspelling: a word with many listed misspellings is not favoured.
    const candidates = wordsWhere(article, isCommonWord(minLength))
      .map(({ p, word }) => ({ p, word, typos: misspellingsOf(word.text, variant, context) }))
      .filter(({ typos }) => typos.length);
    if (!candidates.length) return null;
    const { p, word, typos } = random.pick(candidates);
    const typo = random.pick(typos);
    // A fix is welcome but not required; the right word must come first, second or third.
    return { ...restorableEdit(article, p, word.start, word.end, typo, false), mustCorrect: true, note: `${typo} → ${word.text}` };
  },
};

/** The variant's misspellings of a word that are not English words themselves. */
function misspellingsOf(word, variant, context) {
  return unique(variants[variant](word, context)).filter((typo) => typo !== word && !isEnglishWord(typo));
}

/** Loads the single-correction rows of typos' list, by correction: "government" → ["goverment", …]. */
export function loadMisspellings(csvPath) {
  const byCorrection = new Map();
  for (const line of readFileSync(csvPath, 'utf8').split('\n')) {
    const fields = line.trim().split(',');
    if (fields.length !== 2 || !/^[a-z]+$/.test(fields[0]) || !/^[a-z]+$/.test(fields[1])) continue;
    const [typo, correction] = fields;
    if (!byCorrection.has(correction)) byCorrection.set(correction, []);
    byCorrection.get(correction).push(typo);
  }
  return (word) => byCorrection.get(word);
}

function moveLetter(word, from, to) {
  const letters = [...word];
  const [letter] = letters.splice(from, 1);
  letters.splice(to, 0, letter);
  return letters.join('');
}

function range(from, to) {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function unique(items) {
  return [...new Set(items)];
}
