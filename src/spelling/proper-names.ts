// Names English writes with a capital: people, places, peoples, firms, months ("Connecticut",
// "Mexican", "Corp"), the capitalised entries of SCOWL's en_US Hunspell dictionary, from
// data/english-names.txt (built by scripts/build-dictionaries.mjs). The dictionary of
// src/spelling/dictionary.ts has only lower-case words, so without this list "Conneticut" is just
// another unknown name, and "mexican" in a story that lost its capitals an unknown word. Loaded on
// first use: a document with no unknown word never needs it.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { WordTable } from './word-table.js';

/**
 * Each name after its lower-case form ("virginia Virginia"), found through the hash table
 * `npm run build` writes beside the list (data/english-names.table): no Map to build at start-up,
 * and a look-up as cheap as the dictionary's (the capitalised-slip search makes hundreds a word).
 */
let byLowerCase: WordTable | undefined;

/** Whether `word` (title case, NFC) is a known name: "Virginia", "Mexicans". */
export function isKnownName(word: string): boolean {
  return nameOfLowerCase(word.toLowerCase()) === word;
}

/** Whether the lower-case `word` is a known name written without its capital: "mexican", "peru". */
export function isLowerCaseName(word: string): boolean {
  return nameOfLowerCase(word) !== undefined;
}

/** The known name that `lower` is the lower-case form of ("virginia" → "Virginia"), or undefined. */
export function nameOfLowerCase(lower: string): string | undefined {
  byLowerCase ??= WordTable.load(readFileSync(dataPath('english-names.txt'), 'utf8'), dataPath('english-names.table'));
  return byLowerCase.textValueOf(lower);
}
