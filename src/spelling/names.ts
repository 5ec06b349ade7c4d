// Near-misses of the config's proper names: "Guitiérrez" when `names` has "Gutiérrez" (VNA,
// vna-hai-phong-mexico.txt). No dictionary knows a name, so only the config can say how it is spelt.
//
// Short names are left alone: Vietnamese names differ by one letter and are all real (Tran, Trang;
// Truong, Trung; Nguyen, Nguyet), so a near-miss counts only for names of 7 letters or more at
// distance 1, and 10 or more at distance 2, with the same first letter. A spelling that differs only in diacritics
// ("Gutierrez", "Nguyen") is a house style of writing names without accents, not a typo.
import { editDistance } from './edit-distance.js';
import { wordsOf } from '../text/words.js';

const MIN_LENGTH_DISTANCE_1 = 7;
const MIN_LENGTH_DISTANCE_2 = 10;

export interface NameIndex {
  /** Every word of every name, NFC. */
  readonly parts: ReadonlySet<string>;
  /** Every word of every name, NFC and lower case. */
  readonly lowerCaseParts: ReadonlySet<string>;
  /** The nearest right spellings `word` is a near-miss of (one: a safe fix), or [] when none. */
  nearMisses(word: string): string[];
}

// A pure cache: the index is a function of the config's names array alone (nothing a run learns), and
// is dropped with the settings that hold the array.
const indexes = new WeakMap<readonly string[], NameIndex>();

/** The index of a config's names, built once per names array. */
export function nameIndex(names: readonly string[]): NameIndex {
  let index = indexes.get(names);
  if (!index) {
    index = buildNameIndex(names);
    indexes.set(names, index);
  }
  return index;
}

function buildNameIndex(names: readonly string[]): NameIndex {
  const parts = new Set<string>();
  for (const name of names) for (const word of wordsOf(name.normalize('NFC'))) parts.add(word.text);
  const lowerCaseParts = new Set([...parts].map((p) => p.toLowerCase()));
  const long = [...parts]
    .filter((part) => [...part].length >= MIN_LENGTH_DISTANCE_1)
    .map((part) => {
      const lower = part.toLowerCase();
      return { part, lower, bare: withoutMarks(lower), allowed: [...part].length >= MIN_LENGTH_DISTANCE_2 ? 2 : 1 };
    });
  return {
    parts,
    lowerCaseParts,
    nearMisses(word) {
      if (long.length === 0) return [];
      const nfc = word.normalize('NFC');
      if (parts.has(nfc)) return [];
      const lower = nfc.toLowerCase();
      const bare = withoutMarks(lower);
      let best: string[] = [];
      let bestDistance = Infinity;
      for (const name of long) {
        if (name.bare[0] !== bare[0] || name.bare === bare || Math.abs(name.part.length - nfc.length) > name.allowed) continue;
        const distance = editDistance(lower, name.lower);
        if (distance > name.allowed || distance > bestDistance) continue;
        if (distance < bestDistance) best = [];
        bestDistance = distance;
        best.push(name.part);
      }
      return best;
    },
  };
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}
