// The retext-repeated-words suite (MIT; extracted to ../shared/corpus/peer-rule-cases/cases.json) run
// against doubled-word: the same inputs must give the same findings, and the peer's allow-list words
// must not be reported when doubled. The peer reads markdown, where a single line break stays inside a
// paragraph; copydesk reads a text without blank lines as one paragraph per line (DESIGN.md), so each
// input is checked as the first paragraph of a dump whose paragraphs are separated by blank lines.
// The suite runs when ../shared/corpus is beside the repo; its tests are made from the data, so the data
// is read while the suite is collected, and only when the corpus is there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../rules/doubled-word.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import { corpusDir, corpusSuite, hasCorpus } from './helpers/corpus.js';
import { runRule } from './rule-tester.js';

interface PeerCase {
  suite: string;
  id: string;
  input: string;
  expected: { actual: string; keep: string; start: number; end: number }[];
}

interface PeerFile {
  retext_repeated_words_allow_list: string[];
  cases: PeerCase[];
}

const NEXT_PARAGRAPH = '\n\nThe next paragraph.';

describe.skipIf(!hasCorpus)(corpusSuite('peer cases: retext-repeated-words'), () => {
  const peer: PeerFile = hasCorpus
    ? JSON.parse(readFileSync(path.join(corpusDir, 'peer-rule-cases/cases.json'), 'utf8'))
    : { retext_repeated_words_allow_list: [], cases: [] };
  const cases = peer.cases.filter((c) => c.suite === 'retext-repeated-words');

  it('has the cases the suite promises', () => {
    expect(cases.length).toBe(8);
  });

  for (const peerCase of cases) {
    it(peerCase.id, () => {
      const text = peerCase.input + NEXT_PARAGRAPH;
      const findings = runRule(rule, { text });
      expect(findings.map((f) => ({ actual: peerCase.input.slice(f.start, f.end), start: f.start, end: f.end }))).toEqual(
        peerCase.expected.map(({ actual, start, end }) => ({ actual, start, end })),
      );
      findings.forEach((finding, i) => {
        const [suggestion] = finding.suggestions ?? [];
        const applied = applyFixes(text, [suggestion.fix]).output;
        const { keep, start, end } = peerCase.expected[i];
        expect(applied.slice(start, end - (text.length - applied.length))).toBe(keep);
      });
    });
  }

  for (const word of peer.retext_repeated_words_allow_list) {
    it(`allows "${word} ${word}"`, () => {
      expect(runRule(rule, { text: `They said ${word} ${word} again and again.` })).toEqual([]);
    });
  }
});
