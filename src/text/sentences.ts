// The sentences of a document, split once from its word index (src/text/document-words.ts) and kept
// as parallel typed arrays, like the words. A paragraph holds one sentence or more; a sentence ends
// at a terminal mark followed by white space (src/text/sentence-end.ts says which marks, in which
// scripts) or at its paragraph's end. A sentence's span runs from the end of the white space after
// the previous one (an opening quote belongs to it) to just after its terminal mark and closing
// quotes; its words are the run of word indexes from `firstWords[k]` to `firstWords[k + 1]`.
// Abbreviations ("Mr. Smith") end a sentence here: rules that judge across them look closer.

import type { Paragraph } from '../types.js';
import type { DocumentWords } from './document-words.js';
import { sentenceEndInGap } from './sentence-end.js';

export interface DocumentSentences {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** The index of each sentence's first word; `firstWords[count]` is the number of words. */
  readonly firstWords: Uint32Array;
}

const SPACE = /\s/u;

export function findDocumentSentences(text: string, paragraphs: readonly Paragraph[], words: DocumentWords): DocumentSentences {
  const starts: number[] = [];
  const ends: number[] = [];
  const firstWords: number[] = [];
  for (const paragraph of paragraphs) {
    let word = words.indexAtOrAfter(paragraph.start);
    if (word >= words.count || words.starts[word] >= paragraph.end) continue;
    let sentenceStart = paragraph.start;
    starts.push(sentenceStart);
    firstWords.push(word);
    for (; word < words.count && words.starts[word] < paragraph.end; word++) {
      const gapStart = words.ends[word];
      const isLast = word + 1 >= words.count || words.starts[word + 1] >= paragraph.end;
      const gapEnd = isLast ? paragraph.end : words.starts[word + 1];
      const end = sentenceEndInGap(text, gapStart, gapEnd, isLast);
      if (isLast) break;
      if (end < 0) continue;
      ends.push(end);
      sentenceStart = end;
      while (sentenceStart < gapEnd && SPACE.test(text.charAt(sentenceStart))) sentenceStart++;
      starts.push(sentenceStart);
      firstWords.push(word + 1);
    }
    ends.push(paragraph.end);
  }
  firstWords.push(words.count);
  return { count: starts.length, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), firstWords: Uint32Array.from(firstWords) };
}
