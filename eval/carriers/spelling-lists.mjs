// Word lists read from ../shared/corpus for spelling checks (evaluation only, never copied here):
// - VarCon (crate-ci/typos' copy): the preferred British "-ise" spellings, tagged `B`, that differ from
//   the American spelling on the same line, with the SCOWL size level of their cluster (10 = most
//   common, 95 = rarest).
// - codespell's en-GB→en-US list: the British spellings on its left side.
// - codespell's dictionary.txt: misspelling→correction pairs with a single correction (CC BY-SA: read
//   at run time only; no pair is written into this repository or its reports).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOWER_CASE_WORD = /^[a-z]+$/;

/** `{word, level}` for every British `B` spelling that is not also the American one. */
export function loadVarconBritish(varconDir) {
  const found = new Map();
  let level;
  for (const line of readFileSync(join(varconDir, 'varcon.txt'), 'utf8').split('\n')) {
    const cluster = /^# .*\(level (\d+)\)/.exec(line);
    if (cluster) level = Number(cluster[1]);
    if (!line || line.startsWith('#')) continue;
    const spellings = line.split('|')[0].split(' / ').map(parseSpelling);
    const american = new Set(spellings.filter((s) => s.tags.some((tag) => tag === 'A' || tag === 'A.')).map((s) => s.word));
    for (const { tags, word } of spellings) {
      if (tags.includes('B') && !american.has(word) && LOWER_CASE_WORD.test(word) && !found.has(word)) found.set(word, { word, level });
    }
  }
  return [...found.values()];
}

function parseSpelling(part) {
  const colon = part.indexOf(': ');
  return { tags: part.slice(0, colon).trim().split(/\s+/), word: part.slice(colon + 2).trim() };
}

/** The British spellings of codespell's en-GB→en-US list. */
export function loadCodespellBritish(codespellDir) {
  return pairsOf(join(codespellDir, 'dictionary_en-GB_to_en-US.txt')).map(([british]) => british);
}

/** codespell's single-correction pairs `[misspelling, correction]`, both plain lower-case words. */
export function loadCodespellPairs(codespellDir) {
  return pairsOf(join(codespellDir, 'dictionary.txt')).filter(([, ...corrections]) => corrections.length === 1);
}

function pairsOf(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.includes('->'))
    .map((line) => {
      const [from, to] = line.split('->');
      return [
        from.trim(),
        ...to
          .split(',')
          .map((word) => word.trim())
          .filter(Boolean),
      ];
    })
    .filter((words) => words.every((word) => LOWER_CASE_WORD.test(word)));
}
