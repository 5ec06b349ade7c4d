// Corpus rules whose states merge are collected in the workers, a state per batch, and merged in the
// main thread in the order of the batches: the findings are byte for byte those of a one-process run,
// across batch boundaries (a small run's batches are 64 files).
import { describe, expect, it } from 'vitest';
import boilerplate from '../../rules/boilerplate.js';
import crossDocumentParagraph from '../../rules/cross-document-paragraph.js';
import duplicateDocument from '../../rules/duplicate-document.js';
import { SignatureList } from '../../src/dedup/document-signatures.js';
import { SharedSpans } from '../../src/dedup/shared-spans.js';
import { createDocument } from '../../src/document.js';
import { CorpusRun, NO_SETTINGS, type ConfiguredRule } from '../../src/kernel/index.js';
import type { Finding } from '../../src/types.js';
import { makeTree, runCli } from '../helpers/cli.js';

const FOOTER = 'Comments are closed.\nShare this story on social media\n';
const LIFTED = 'The port authority said on Tuesday that the new container berth would open to ships in the spring of next year.';
const STORY = Array.from(
  { length: 6 },
  (_, i) => `Paragraph ${'abcdef'[i]} of the syndicated story tells the reader about the flood and the relief work.`,
);

/** 150 articles: a site footer in each, a paragraph lifted into three far apart, one story copied across batches. */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 150; i++) {
    const lead = `Article ${i} reports on the council meeting number ${i} and what the members decided about the budget.`;
    const body = i === 10 || i === 130 ? STORY.join('\n\n') : lead;
    const lifted = i === 5 || i === 70 || i === 140 ? `\n\n${LIFTED}` : '';
    files[`news/${String(i).padStart(3, '0')}.txt`] = `${body}${lifted}\n\n${FOOTER}`;
  }
  return files;
}

const corpusRules: ConfiguredRule[] = [duplicateDocument, crossDocumentParagraph, boilerplate].map((rule) => ({
  rule,
  severity: rule.severity,
  options: { ...rule.options },
}));

function findingsByPath(run: CorpusRun): [string, Finding[]][] {
  return [...run.finish()].sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('corpus rules collected in workers', () => {
  it('states packed, sent through structured clone and merged in order give the findings of one state', () => {
    const docs = Object.entries(corpus()).map(([name, text]) => createDocument({ text, path: `/c/${name}` }));
    const whole = new CorpusRun(corpusRules, NO_SETTINGS);
    for (const doc of docs) whole.collect(doc);
    const merged = new CorpusRun(corpusRules, NO_SETTINGS);
    for (let from = 0; from < docs.length; from += 64) {
      const part = new CorpusRun(corpusRules, NO_SETTINGS, { forMerge: true });
      for (const doc of docs.slice(from, from + 64)) part.collect(doc);
      merged.mergePacked(structuredClone(part.pack()));
    }
    const expected = findingsByPath(whole);
    expect(expected.flatMap(([, list]) => list.map((f) => f.ruleId)).sort()).toEqual([
      ...Array(300).fill('boilerplate'),
      ...Array(2).fill('cross-document-paragraph'),
      'duplicate-document',
    ]);
    expect(findingsByPath(merged)).toEqual(expected);
  });

  it('a run on two workers prints what one process prints', () => {
    const dir = makeTree(corpus());
    const one = runCli(['check', '--format', 'json', '--jobs', '1', 'news'], { cwd: dir });
    const two = runCli(['check', '--format', 'json', '--jobs', '2', 'news'], { cwd: dir });
    expect(one.status).toBe(0);
    const ruleIds = JSON.parse(one.stdout).flatMap((r: { messages: Finding[] }) => r.messages.map((m) => m.ruleId));
    expect(new Set(ruleIds)).toEqual(new Set(['boilerplate', 'cross-document-paragraph', 'duplicate-document']));
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
  });

  it('batches checked by this thread and by workers, split differently by --jobs, print what one process prints', () => {
    // 450 articles make 64-file batches: at --jobs 2 one worker holds three and this thread checks the
    // others; --jobs 3 splits them otherwise. Findings cross the batches: a story copied from the first
    // batch into the last, a paragraph lifted into three far apart, the site footer in every one.
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) {
      const lead = `Article ${i} reports on the council meeting number ${i} and what the members decided about the budget.`;
      const body = i === 10 || i === 430 ? STORY.join('\n\n') : lead;
      const lifted = i === 5 || i === 200 || i === 440 ? `\n\n${LIFTED}` : '';
      files[`news/${String(i).padStart(3, '0')}.txt`] = `${body}${lifted}\n\n${FOOTER}`;
    }
    const dir = makeTree(files);
    const one = runCli(['check', '--format', 'json', '--jobs', '1', 'news'], { cwd: dir });
    const ruleIds = JSON.parse(one.stdout).flatMap((r: { messages: Finding[] }) => r.messages.map((m) => m.ruleId));
    expect(new Set(ruleIds)).toEqual(new Set(['boilerplate', 'cross-document-paragraph', 'duplicate-document']));
    for (const jobs of ['2', '3']) {
      const many = runCli(['check', '--format', 'json', '--jobs', jobs, 'news'], { cwd: dir });
      expect(many.stdout, `--jobs ${jobs}`).toBe(one.stdout);
      expect(many.status).toBe(one.status);
    }
  });

  it('long paragraphs met again in a later batch keep the snippet one state makes', () => {
    // Longer than a snippet's head, with white space to fold; one whose head is mostly white space.
    const long = `${'The flood relief convoy reached the northern villages on Tuesday   after a long delay.\n'.repeat(5)}End.`;
    const spaced = `Relief${' '.repeat(300)}${'convoy and more words to follow here. '.repeat(6)}`;
    const docs = Array.from({ length: 8 }, (_, i) => {
      const shared = i === 1 || i === 6 ? `\n\n${long}\n\n${spaced}` : '';
      const own = [1, 2, 3, 4]
        .map((k) => `Article ${i} covers item ${k} of meeting ${i} of the regional council and what it decided.`)
        .join('\n\n');
      return createDocument({ text: `${own}${shared}\n`, path: `/c/${i}.txt` });
    });
    const rules = corpusRules.filter(({ rule }) => rule.id === 'cross-document-paragraph');
    const whole = new CorpusRun(rules, NO_SETTINGS);
    for (const doc of docs) whole.collect(doc);
    const merged = new CorpusRun(rules, NO_SETTINGS);
    for (const part of [docs.slice(0, 4), docs.slice(4)]) {
      const state = new CorpusRun(rules, NO_SETTINGS, { forMerge: true });
      for (const doc of part) state.collect(doc);
      merged.mergePacked(structuredClone(state.pack()));
    }
    const expected = findingsByPath(whole);
    const texts = expected.flatMap(([, list]) => list.flatMap((f) => (f.related ?? []).map((r) => r.text)));
    expect(texts).toHaveLength(2);
    expect(texts.every((text) => text!.length === 120 && text!.endsWith('…') && !/\s\s|\n/.test(text!))).toBe(true);
    expect(findingsByPath(merged)).toEqual(expected);
  });

  it('a batch of 200,000 records unpacks and merges (spread into a call, they overflowed the stack)', () => {
    const doc = createDocument({ text: 'One short record of a large JSONL file.\n', path: '/c/big.jsonl', record: 1 });
    // Built through the states' own API (their packed shapes are internal): a worker's batch of 200,000 records.
    const spans = new SharedSpans(true);
    const signatures = new SignatureList(undefined, { forMerge: true });
    for (let i = 0; i < 200_000; i++) {
      spans.add(doc, []);
      signatures.add(doc);
    }
    const manySpans = structuredClone(spans.pack());
    const manySignatures = structuredClone(signatures.pack());
    const into = new SharedSpans();
    into.merge(SharedSpans.unpack(manySpans));
    expect(into.size).toBe(200_000);
    const list = new SignatureList();
    list.merge(SignatureList.unpack(manySignatures));
    expect(list.count).toBe(200_000);
  });
});
