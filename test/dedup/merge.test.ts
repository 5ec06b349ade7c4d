// Corpus rule states are mergeable: documents collected by several workers (or shards), each in its own
// state, then merged in input order, give the findings of one state that saw them all.
import { describe, expect, it } from 'vitest';
import boilerplate from '../../rules/boilerplate.js';
import crossDocumentParagraph from '../../rules/cross-document-paragraph.js';
import duplicateDocument from '../../rules/duplicate-document.js';
import { createDocument } from '../../src/document.js';
import { NO_SETTINGS } from '../../src/engine.js';
import type { CorpusReport, CorpusRule } from '../../src/types.js';
import { STORY_BODY, syndicatedDump } from './syndicated.js';

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
  docs.forEach((doc, i) => rule.collect(states[Math.floor((i * parts) / docs.length)], doc, rule.options, NO_SETTINGS));
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
