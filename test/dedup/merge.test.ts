// Corpus rule states are mergeable: documents collected by several workers (or shards), each in its own
// state, then merged in input order, give the findings of one state that saw them all.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import boilerplate from '../../rules/boilerplate.js';
import crossDocumentParagraph from '../../rules/cross-document-paragraph.js';
import duplicateDocument from '../../rules/duplicate-document.js';
import { createDocument } from '../../src/document.js';
import { SignatureList } from '../../src/dedup/document-signatures.js';
import { NO_SETTINGS } from '../../src/engine.js';
import { contextFor } from '../../src/kernel/index.js';
import type { CorpusReport, CorpusRule } from '../../src/types.js';
import { STORY_BODY, syndicatedDump } from './syndicated.js';

/** A rule's context in a run of its own (the rules keep per-run memos in its slots). */
const contextOf = (rule: CorpusRule<any, any>) => contextFor(rule, new Set([rule.id]));

const FOOTER = ['Comments are closed.', 'Share this story on social media'];

function documents() {
  const dump = Object.entries(syndicatedDump()).map(([name, text]) => [name, text + FOOTER.join('\n') + '\n'] as const);
  const more = Array.from(
    { length: 8 },
    (_, i) =>
      [`page-${i}.txt`, [`Page ${i} has a story of its own about item ${i} in town.`, STORY_BODY[i % 5], ...FOOTER].join('\n')] as const,
  );
  return [...dump, ...more].map(([name, text]) => createDocument({ text, path: `/corpus/${name}` }));
}

function findings(rule: CorpusRule<any, any>, parts: number): CorpusReport[] {
  const docs = documents();
  const states = Array.from({ length: parts }, () => rule.createState());
  docs.forEach((doc, i) => rule.collect(states[Math.floor((i * parts) / docs.length)], doc, rule.options, NO_SETTINGS, contextOf(rule)));
  for (const state of states.slice(1)) states[0].merge(state);
  const reports: CorpusReport[] = [];
  rule.finish(states[0], (r) => reports.push(r), rule.options, NO_SETTINGS);
  return reports;
}

describe('corpus rule states merge', () => {
  for (const rule of [duplicateDocument, crossDocumentParagraph, boilerplate] as CorpusRule<any, any>[]) {
    it(`${rule.id}: three states merged give the findings of one`, () => {
      const whole = findings(rule, 1);
      expect(whole.length).toBeGreaterThan(0);
      expect(findings(rule, 3)).toEqual(whole);
    });
  }
});

describe('packed corpus states cross a thread', () => {
  for (const rule of [crossDocumentParagraph, boilerplate] as CorpusRule<any, any>[]) {
    it(`${rule.id}: parts collected for merging, structured-cloned and unpacked, give the findings of one state`, () => {
      // A document with no span at all and one with a line twice sit between the others.
      const docs = documents();
      docs.splice(4, 0, createDocument({ text: '12 34\n', path: '/corpus/b-numbers.txt' }));
      docs.splice(7, 0, createDocument({ text: `${FOOTER[0]}\n${STORY_BODY[1]}\n${FOOTER[0]}\n`, path: '/corpus/c-twice.txt' }));
      const run = (parts: number[][]) => {
        const main = rule.createState(false);
        for (const part of parts) {
          const worker = rule.createState(true);
          for (const d of part) rule.collect(worker, docs[d], rule.options, NO_SETTINGS, contextOf(rule));
          rule.merge!(main, rule.unpack!(structuredClone(rule.pack!(worker))), rule.options);
        }
        const reports: CorpusReport[] = [];
        rule.finish(main, (r) => reports.push(r), rule.options, NO_SETTINGS);
        return reports;
      };
      const all = docs.map((_, d) => d);
      const whole = run([all]);
      expect(whole.length).toBeGreaterThan(0);
      expect(run([all.slice(0, 5), all.slice(5, 6), all.slice(6)])).toEqual(whole);
      expect(run(all.map((d) => [d]))).toEqual(whole);
    });
  }
});

describe('duplicate-document keeps its shingles in a temporary file past a limit', () => {
  const temporaryFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('copydesk-shingles-'));
  const reportsOf = (state: SignatureList) => {
    const reports: CorpusReport[] = [];
    duplicateDocument.finish(state, (r) => reports.push(r), duplicateDocument.options, NO_SETTINGS);
    return reports;
  };

  it('gives the findings of a list that keeps them in memory, and leaves no file behind, even while it runs', () => {
    const before = temporaryFiles();
    const inMemory = new SignatureList();
    const onDisk = new SignatureList(undefined, { memoryLimit: 1 });
    for (const doc of documents()) {
      inMemory.add(doc);
      onDisk.add(doc);
    }
    // The file's name is removed as soon as it is open, so a killed run leaves nothing (Windows cannot).
    if (process.platform !== 'win32') expect(temporaryFiles()).toEqual(before);
    for (let d = 0; d < inMemory.count; d++) expect(onDisk.shingles(d)).toEqual(inMemory.shingles(d));
    const expected = reportsOf(inMemory);
    expect(expected.length).toBeGreaterThan(0);
    expect(reportsOf(onDisk)).toEqual(expected);
    expect(temporaryFiles()).toEqual(before);
    // Read from the file, which is gone once the rule has finished.
    expect(() => onDisk.shingles(0)).toThrow(/closed/);
  });

  it('keeps them in memory when no temporary file can be made', () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = path.join(tmpdir(), 'copydesk-no-such-folder', 'below');
    try {
      const inMemory = new SignatureList();
      const noFolder = new SignatureList(undefined, { memoryLimit: 1 });
      for (const doc of documents()) {
        inMemory.add(doc);
        noFolder.add(doc);
      }
      expect(reportsOf(noFolder)).toEqual(reportsOf(inMemory));
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it("merges workers' packed lists (structured clones) into a list on disk in input order", () => {
    const docs = documents();
    const whole = new SignatureList();
    for (const doc of docs) whole.add(doc);
    const merged = new SignatureList(undefined, { memoryLimit: 1 });
    for (const doc of docs.slice(0, 3)) merged.add(doc);
    for (const part of [docs.slice(3, 9), docs.slice(9)]) {
      const worker = new SignatureList(undefined, { forMerge: true });
      for (const doc of part) worker.add(doc);
      merged.merge(SignatureList.unpack(structuredClone(worker.pack())));
    }
    expect(merged.count).toBe(docs.length);
    for (let d = 0; d < docs.length; d++) {
      expect([merged.ordinal(d), merged.words(d), merged.exactKey(d), merged.place(d)]).toEqual([
        d,
        whole.words(d),
        whole.exactKey(d),
        whole.place(d),
      ]);
      expect(merged.shingles(d)).toEqual(whole.shingles(d));
    }
    expect(reportsOf(merged)).toEqual(reportsOf(whole));
  });
});
