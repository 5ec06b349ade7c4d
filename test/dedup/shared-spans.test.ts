// The state of the boilerplate and cross-document-paragraph rules: spans added straight into columns,
// a key counted once per document, states merged by appending columns, and a key's first text carried
// across a thread only as far as a snippet needs it.
import { describe, expect, it } from 'vitest';
import crossDocumentParagraph from '../../rules/cross-document-paragraph.js';
import { createDocument } from '../../src/document.js';
import { NO_WORD_COUNT, SharedSpans } from '../../src/dedup/shared-spans.js';
import { paragraphRemovalRange, removalRanges } from '../../src/duplicates/paragraph-removal.js';
import { NO_SETTINGS } from '../../src/engine.js';
import { contextFor } from '../../src/kernel/index.js';
import type { CorpusReport, Document } from '../../src/types.js';

const doc = (path: string, text: string) => createDocument({ text, path });

/** Adds each paragraph of `d` under the key given for it. */
function addAll(state: SharedSpans, d: Document, keys: number[]): void {
  state.beginDocument(d);
  d.paragraphs.forEach((p, i) => state.addSpan(d, keys[i], p.start, p.end, NO_WORD_COUNT, null));
}

describe('SharedSpans', () => {
  it('counts a key once per document, however often the document has it', () => {
    const state = new SharedSpans();
    const a = doc('/c/a.txt', 'one\ntwo\none\n');
    addAll(state, a, [1, 2, 1]);
    expect(state.hasInDocument(1)).toBe(true);
    expect(state.hasInDocument(3)).toBe(false);
    addAll(state, doc('/c/b.txt', 'one\n'), [1]);
    expect(state.hasInDocument(2)).toBe(false);
    expect([state.documentCount(1), state.documentCount(2)]).toEqual([2, 1]);
    expect(state.spansOf(0).map((s) => [s.line, s.key])).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
  });

  it('counts the documents collected after a merge as one state that saw them all would', () => {
    const parts = [new SharedSpans(true), new SharedSpans(true)];
    addAll(parts[0], doc('/c/a.txt', 'one\ntwo\n'), [1, 2]);
    addAll(parts[1], doc('/c/b.txt', 'one\none\n'), [1, 1]);
    const merged = new SharedSpans();
    for (const part of parts) merged.merge(SharedSpans.unpack(structuredClone(part.pack())));
    addAll(merged, doc('/c/c.txt', 'two\none\ntwo\n'), [2, 1, 2]);
    const whole = new SharedSpans();
    addAll(whole, doc('/c/a.txt', 'one\ntwo\n'), [1, 2]);
    addAll(whole, doc('/c/b.txt', 'one\none\n'), [1, 1]);
    addAll(whole, doc('/c/c.txt', 'two\none\ntwo\n'), [2, 1, 2]);
    for (const key of [1, 2]) {
      expect(merged.documentCount(key)).toBe(whole.documentCount(key));
      expect(merged.first(key)).toEqual(whole.first(key));
      expect(merged.text(key)).toBe(whole.text(key));
    }
    for (let d = 0; d < 3; d++) expect(merged.spansOf(d)).toEqual(whole.spansOf(d));
  });
});

describe('cross-document-paragraph states crossing a thread', () => {
  // Long paragraphs with runs of spaces and tabs: the related place's snippet is clipped from the text
  // the worker kept of the key's first arrival, which must give the snippet of the whole paragraph.
  const long = (n: number) =>
    `${'Ministers  met\tagain   on the harbour    plan '.repeat(6)}and agreed to a ${n}th review of the terminal.`;
  const docs = [
    doc('/c/b.txt', `${long(1)}\n\n${long(2)}\n`),
    doc('/c/a.txt', `Something else was said in this paragraph, which is long enough.\n\n${long(1)}\n`),
    doc('/c/c.txt', `${long(2)}\n\nA closing paragraph of this story, long enough to count too.\n`),
  ];
  const run = (parts: Document[][]) => {
    const rule = crossDocumentParagraph;
    const context = contextFor(rule, new Set([rule.id]));
    const main = rule.createState(false);
    for (const part of parts) {
      const worker = rule.createState(true);
      for (const d of part) rule.collect(worker, d, rule.options, NO_SETTINGS, context);
      rule.merge!(main, rule.unpack!(structuredClone(rule.pack!(worker))), rule.options);
    }
    const reports: CorpusReport[] = [];
    rule.finish(main, (r) => reports.push(r), rule.options, NO_SETTINGS, context);
    return reports;
  };

  it('report the first copy with the snippet of its whole text, however the documents were split', () => {
    const whole = run([docs]);
    expect(whole.map((r) => r.related?.[0].text)).toEqual([
      `${'Ministers met again on the harbour plan '.repeat(3).slice(0, 119)}…`,
      `${'Ministers met again on the harbour plan '.repeat(3).slice(0, 119)}…`,
    ]);
    expect(run([docs.slice(0, 1), docs.slice(1)])).toEqual(whole);
    expect(run(docs.map((d) => [d]))).toEqual(whole);
  });
});

describe('paragraphRemovalRange', () => {
  it('is what removalRanges gives for the paragraph alone, in every position', () => {
    for (const text of ['\ufeffOne.\n\nTwo.\r\n\r\nThree.\n', 'One.\nTwo.\nThree.', 'One.\n\n\n  Two.  \n\nThree.\n\n']) {
      const d = doc('/c/x.txt', text);
      for (let i = 0; i < d.paragraphs.length; i++) expect(paragraphRemovalRange(d, i)).toEqual(removalRanges(d, [i]).get(i));
    }
  });
});
