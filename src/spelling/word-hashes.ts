// A set of words kept as the sorted 32-bit hashes of their spellings: the word-game list's 152,000
// extra words (data/extra-words.txt) in 600 KB that load in well under a millisecond, where the list
// and a hash table over it are 4 MB to read at every start; and the keys of the misspellings list, so
// that its 2 MB are read only when a word is one of them. Two words share a hash once in 4 billion
// pairs, so an unknown word passes for one of the list's about once in 28,000 words asked; the list
// only ever lets a word through as a real word, so that costs a typo report now and then, no more.
// `npm run build` writes the hash file beside the list (scripts/build-word-table.mjs); a missing one
// is computed from the list.
import { readFileSync } from 'node:fs';
import { fnv1a } from './word-table.js';

/** "WHS1": the first 32-bit word of a hash file. */
const HASHES_MAGIC = 0x31534857;
const HEADER = 2;

/** The hash a word is kept under: the word table's FNV-1a. */
function wordHash(word: string): number {
  return fnv1a(word, 0, word.length);
}

/** The sorted, distinct hashes of the key of each line of `text` ("key", or "key" `separator` "value"). */
export function hashesOf(text: string, separator = ' '): Uint32Array {
  const hashes: number[] = [];
  for (const line of text.split('\n')) {
    const word = line.split(separator)[0];
    if (word) hashes.push(wordHash(word));
  }
  const sorted = Uint32Array.from(hashes).sort();
  return sorted.filter((h, i) => i === 0 || h !== sorted[i - 1]);
}

/** The bytes of a hash file for `text`: the magic, the count, then the sorted hashes. */
export function hashFileBytes(text: string, separator = ' '): Uint8Array {
  const hashes = hashesOf(text, separator);
  const words = new Uint32Array(HEADER + hashes.length);
  words[0] = HASHES_MAGIC;
  words[1] = hashes.length;
  words.set(hashes, HEADER);
  return new Uint8Array(words.buffer);
}

export class WordHashes {
  private constructor(private readonly hashes: Uint32Array) {}

  /** The set from `hashesPath`, or, when that is missing or damaged, from the list at `listPath`. */
  static load(hashesPath: string, listPath: string, separator = ' '): WordHashes {
    try {
      const bytes = readFileSync(hashesPath);
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
      if (words[0] === HASHES_MAGIC && words.length === HEADER + words[1]) return new WordHashes(words.subarray(HEADER));
    } catch {
      // no hash file: compute it
    }
    return new WordHashes(hashesOf(readFileSync(listPath, 'latin1'), separator));
  }

  has(word: string): boolean {
    const h = wordHash(word);
    const { hashes } = this;
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    return lo < hashes.length && hashes[lo] === h;
  }
}
