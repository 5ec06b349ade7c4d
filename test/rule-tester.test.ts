// The rule tester's own checks: a test that passes with a wrong rule proves nothing, so each check is
// shown failing on a rule or a case that is wrong, and passing on the right one.
import { describe, expect, it } from 'vitest';
import crossDocumentParagraph from '../rules/cross-document-paragraph.js';
import { defineRule } from '../src/define-rule.js';
import type { MessageData } from '../src/types.js';
import { runCorpusCase, runInvalidCase } from './rule-tester.js';
import { OTHER_STORIES, STORY_BODY } from './dedup/syndicated.js';

/** A rule that reports every "twice" with the data it is given, and two suggestions (the second by messageId). */
function twiceRule(report: { messageId: string; data?: MessageData }, suggestionData = report.data) {
  return defineRule({
    id: 'tester-twice',
    description: 'test rule',
    severity: 'error',
    fixable: false,
    options: {},
    messages: { twice: '"{{word}}" is typed twice.', sayTwoTimes: 'Say "two times" instead of "{{word}}"' },
    check(doc, reportFn) {
      for (const m of doc.text.matchAll(/twice/g)) {
        reportFn({
          start: m.index,
          end: m.index + 5,
          ...report,
          suggestions: [
            { desc: 'Delete it', fix: { start: m.index, end: m.index + 5, text: '' } },
            { messageId: 'sayTwoTimes', data: suggestionData, fix: { start: m.index, end: m.index + 5, text: 'two times' } },
          ],
        } as never);
      }
    },
  });
}

describe('rule tester: messages', () => {
  it('passes a messageId report with its data, and checks the message against the template', () => {
    const rule = twiceRule({ messageId: 'twice', data: { word: 'the' } });
    expect(() =>
      runInvalidCase(rule, { text: 'He said it twice.', errors: [{ messageId: 'twice', data: { word: 'the' } }] }),
    ).not.toThrow();
    expect(() => runInvalidCase(rule, { text: 'He said it twice.', errors: [{ messageId: 'twice' }] })).not.toThrow();
    expect(() => runInvalidCase(rule, { text: 'He said it twice.', errors: [{ messageId: 'twice', data: { word: 'a' } }] })).toThrow();
  });

  it('fails a messageId reported without the data its placeholders need', () => {
    const rule = twiceRule({ messageId: 'twice' });
    expect(() => runInvalidCase(rule, { text: 'He said it twice.', errors: 1 })).toThrow(/unsubstituted placeholder/);
    expect(() => runInvalidCase(twiceRule({ messageId: 'twice', data: { wrd: 'x' } }), { text: 'twice', errors: 1 })).toThrow(
      /"\{\{word\}\}" is typed twice\." has an unsubstituted placeholder/,
    );
    expect(() => runInvalidCase(twiceRule({ messageId: 'twice', data: { word: 'x' } }, {}), { text: 'twice', errors: 1 })).toThrow(
      /"Say "two times" instead of "\{\{word\}\}"" has an unsubstituted placeholder/,
    );
  });

  it('fails a report by a messageId the rule does not have, and an expected messageId it does not have', () => {
    expect(() => runInvalidCase(twiceRule({ messageId: 'thrice', data: { word: 'x' } }), { text: 'twice', errors: 1 })).toThrow(
      'Rule tester-twice reported messageId "thrice", which its messages do not have',
    );
    const rule = twiceRule({ messageId: 'twice', data: { word: 'x' } });
    expect(() => runInvalidCase(rule, { text: 'twice', errors: [{ messageId: 'thrice' }] })).toThrow(/not among the rule's messages/);
  });
});

describe('rule tester: suggestions', () => {
  const rule = twiceRule({ messageId: 'twice', data: { word: 'it' } });
  const text = 'He said it twice.';

  it('checks each suggestion by its desc and the text it gives', () => {
    const right = [
      { desc: 'Delete it', output: 'He said it .' },
      { desc: 'Say "two times" instead of "it"', output: 'He said it two times.' },
    ];
    expect(() => runInvalidCase(rule, { text, errors: [{ suggestions: right }] })).not.toThrow();
    expect(() =>
      runInvalidCase(rule, { text, errors: [{ suggestions: [right[0], { ...right[1], output: 'He said it 2 times.' }] }] }),
    ).toThrow(/the text after suggestion 2/);
    expect(() => runInvalidCase(rule, { text, errors: [{ suggestions: [{ ...right[0], desc: 'Remove it' }, right[1]] }] })).toThrow(
      /suggestion 1's desc/,
    );
    expect(() => runInvalidCase(rule, { text, errors: [{ suggestions: [right[0]] }] })).toThrow(/every suggestion is listed/);
  });
});

describe('rule tester: corpus rules', () => {
  const lead = STORY_BODY[0];
  const documents = {
    'a.txt': [lead, ...OTHER_STORIES[0]].join('\n'),
    'b.txt': [OTHER_STORIES[1][0], lead].join('\n'),
  };
  const rightFinding = { line: 2, column: 1, messageId: 'inAnotherDocument', data: { first: 'a.txt line 1' } };

  it('passes the right findings per document', async () => {
    await expect(runCorpusCase(crossDocumentParagraph, { name: 'right', documents, errors: { 'b.txt': [rightFinding] } })).resolves.toBe(
      undefined,
    );
  });

  it('catches a finding in the wrong document, at the wrong place, with the wrong message, or a missing one', async () => {
    const wrong = [
      { 'a.txt': [rightFinding] },
      { 'b.txt': [{ ...rightFinding, line: 1 }] },
      { 'b.txt': [{ ...rightFinding, data: { first: 'a.txt line 2' } }] },
      { 'b.txt': [{ ...rightFinding, messageId: 'inOtherDocuments' }] },
      { 'b.txt': [rightFinding, rightFinding] },
      {},
    ];
    for (const errors of wrong) {
      await expect(runCorpusCase(crossDocumentParagraph, { name: 'wrong', documents, errors }), JSON.stringify(errors)).rejects.toThrow();
    }
  });

  it('checks each document after its fixes', async () => {
    const options = { fix: true };
    const errors = { 'b.txt': 1 };
    const fixed = { 'b.txt': OTHER_STORIES[1][0] };
    await expect(runCorpusCase(crossDocumentParagraph, { name: 'fix', documents, options, errors, output: fixed })).resolves.toBe(
      undefined,
    );
    await expect(runCorpusCase(crossDocumentParagraph, { name: 'no output', documents, options, errors })).rejects.toThrow(
      /must state its output/,
    );
    const wrongOutput = { 'b.txt': documents['b.txt'] };
    await expect(runCorpusCase(crossDocumentParagraph, { name: 'wrong', documents, options, errors, output: wrongOutput })).rejects.toThrow(
      /b\.txt: /,
    );
  });
});
