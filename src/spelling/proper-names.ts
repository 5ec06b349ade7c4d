// Names English writes with a capital: people, places, peoples, firms, months ("Connecticut",
// "Mexican", "Corp"), the capitalised entries of SCOWL's en_US Hunspell dictionary, from
// data/english-names.txt (built by scripts/build-dictionaries.mjs). The dictionary of
// src/spelling/dictionary.ts has only lower-case words, so without this list "Conneticut" is just
// another unknown name, and "mexican" in a story that lost its capitals an unknown word. Loaded on
// first use: a document with no unknown word never needs it.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** Each name by its lower-case form: "virginia" → "Virginia". One map, not a set beside it: start-up. */
let byLowerCase: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (!byLowerCase) {
    byLowerCase = new Map();
    for (const name of readFileSync(dataPath('english-names.txt'), 'utf8').split('\n')) if (name) byLowerCase.set(name.toLowerCase(), name);
  }
  return byLowerCase;
}

/** Whether `word` (title case, NFC) is a known name: "Virginia", "Mexicans". */
export function isKnownName(word: string): boolean {
  return load().get(word.toLowerCase()) === word;
}

/** Whether the lower-case `word` is a known name written without its capital: "mexican", "peru". */
export function isLowerCaseName(word: string): boolean {
  return nameOfLowerCase(word) !== undefined;
}

/** The known name that `lower` is the lower-case form of ("virginia" → "Virginia"), or undefined. */
export function nameOfLowerCase(lower: string): string | undefined {
  return load().get(lower);
}
