// The peer linters' own test vectors (MIT; extracted to ../shared/corpus/peer-rule-cases/cases.json):
// retext-repeated-words for doubled-word, textlint's no-zero-width-spaces and
// no-invalid-control-character for stray-unicode. Each case is one document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Which copydesk rule answers each peer suite. */
export const PEER_SUITES = {
  'retext-repeated-words': 'doubled-word',
  'textlint-rule-no-zero-width-spaces': 'stray-unicode',
  'textlint-rule-no-invalid-control-character': 'stray-unicode',
};
/**
 * The peer reads markdown, where a single line break stays inside a paragraph; copydesk reads a text
 * without blank lines as one paragraph per line (DESIGN.md). So a repeated-words input is checked as
 * the first paragraph of a dump whose paragraphs are separated by blank lines, as its unit test does.
 */
const NEXT_PARAGRAPH = '\n\nThe next paragraph.';

/** Every case as `{id, suite, rule, input, text, expected: [{start, end, keep?}], fixed?}`. */
export function loadPeerCases(corpusDir) {
  const { cases } = JSON.parse(readFileSync(join(corpusDir, 'cases.json'), 'utf8'));
  return cases.map((peerCase, index) => {
    const rule = PEER_SUITES[peerCase.suite];
    const text = rule === 'doubled-word' ? peerCase.input + NEXT_PARAGRAPH : peerCase.input;
    return {
      id: `peer-${index}`,
      suite: peerCase.suite,
      caseId: peerCase.id,
      rule,
      input: peerCase.input,
      text,
      expected: peerCase.expected,
      fixed: peerCase.fixed,
    };
  });
}
