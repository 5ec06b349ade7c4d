// Corpus states outlive their documents: what they keep of a document must not hold its whole text
// alive (V8 keeps a whole string for a slice of 13 characters or more). Measured on the heap after a
// full collection: twenty 1 MB documents kept would be 20 MB more.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { SignatureList } from '../../src/dedup/document-signatures.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A document of about 1 MB, its own string, whose first line is a short headline. */
function bigDocument(n: number) {
  const body = Array.from({ length: 16_000 }, (_, i) => `Sentence ${i} of article ${n} says the harbour opened.`).join(' ');
  return createDocument({ text: `Harbour news number ${n}\n\n${body}\n`, path: `/news/${n}.txt` });
}

describe('corpus states keep no document text alive', () => {
  it('duplicate-document keeps its snippets as strings of their own', () => {
    const list = new SignatureList();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let n = 0; n < 20; n++) list.add(bigDocument(n));
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(list.place(7).snippet).toBe('Harbour news number 7');
    expect(grown).toBeLessThan(5_000_000);
  });
});
