// Each word's two normalized hashes (src/duplicates/normalized-words.ts), computed once per document and
// shared by the rules that key spans by their words: cross-document-paragraph keys paragraphs,
// boilerplate keys lines and duplicate-document shingles the body, each over nearly every word. Hashing
// folds every code unit; done once instead of three times, a span's key is a few integer steps a word.
//
// The run keeps the last document's hashes only (a slot of its own, not a module variable): the rules
// collect one document after another, so the next document replaces them and memory stays one
// document's worth. A huge document is not kept at all: each rule hashes it as it reads it.
import { defineSlot } from '../kernel/slots.js';
import { classAt, foldedUnit, JOINER } from '../text/char-classes.js';
import type { DocumentWords } from '../text/document-words.js';
import { mix32 } from './normalized-words.js';

export interface WordHashes {
  /** `WordScanner.hash` and `.hash2` of each word of the document's index, by its index. */
  readonly hash: Uint32Array;
  readonly hash2: Uint32Array;
}

/** Words of a document whose hashes are kept (8 bytes a word: 8 MB at most). */
export const MAX_SHARED_WORDS = 1 << 20;

/** The hashes of the document being collected, for the rules that read its words after the first. */
export class LastDocumentHashes {
  private words: DocumentWords | undefined;
  private hashes: WordHashes | undefined;

  /** The hashes of `words`' words (the document's index), or undefined for a huge document. */
  of(text: string, words: DocumentWords): WordHashes | undefined {
    if (words === this.words) return this.hashes;
    this.words = words;
    this.hashes = words.count > MAX_SHARED_WORDS ? undefined : hashWords(text, words);
    return this.hashes;
  }
}

export const WORD_HASHES = defineSlot(
  'duplicates: the normalized word hashes of the document being collected',
  () => new LastDocumentHashes(),
);

/** Every word's hashes, as `WordScanner` computes them for a word read whole from the index. */
export function hashWords(text: string, words: DocumentWords): WordHashes {
  const { starts, ends, flags, count } = words;
  const hash = new Uint32Array(count);
  const hash2 = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    const end = ends[k];
    const hasJoiner = (flags[k] & JOINER) !== 0;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = starts[k]; i < end; i++) {
      if (hasJoiner && (classAt(text, i) & JOINER) !== 0) continue;
      const folded = foldedUnit(text.charCodeAt(i));
      h1 = Math.imul(h1 ^ folded, 0x01000193);
      h2 = Math.imul(h2 ^ folded, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    hash[k] = mix32(h1);
    hash2[k] = mix32(h2);
  }
  return { hash, hash2 };
}
