// Corpus rules whose states merge are collected in the workers, a state per batch, and merged in the
// main thread in the order of the batches: the findings are byte for byte those of a one-process run,
// across batch boundaries (a batch is at most 64 files).
import { describe, expect, it } from 'vitest';
import boilerplate from '../../rules/boilerplate.js';
import crossDocumentParagraph from '../../rules/cross-document-paragraph.js';
import duplicateDocument from '../../rules/duplicate-document.js';
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
});
