// cross-document-paragraph is a corpus rule: documents are temporary files checked together by the real run.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/cross-document-paragraph.js';
import type { Finding } from '../../src/types.js';
import { checkCorpus } from '../dedup/corpus-check.js';
import { corpusRuleTester } from '../rule-tester.js';
import { OTHER_STORIES, STORY_BODY } from '../dedup/syndicated.js';

function reported(findings: Map<string, Finding[]>): string[] {
  return [...findings].flatMap(([name, list]) => list.map((f) => `${name}:${f.line} ${f.message}`));
}

const LEAD = STORY_BODY[0];

describe('cross-document-paragraph', () => {
  it('reports a lead reused in a later document (behind a dateline) with where the first copy stands', async () => {
    const findings = await checkCorpus(rule, {
      'a.txt': [LEAD, ...OTHER_STORIES[0]].join('\n'),
      'b.txt': [`HAI PHONG (VNA) – ${LEAD.toUpperCase()}`, ...OTHER_STORIES[1]].join('\n'),
    });
    expect(reported(findings)).toEqual(['b.txt:1 This paragraph also stands in another document; the first copy is in a.txt line 1.']);
    const [finding] = findings.get('b.txt')!;
    expect(finding.related![0]).toMatchObject({ line: 1, column: 1, similarity: 1 });
    expect(finding.related![0].filePath).toMatch(/a\.txt$/);
    expect(finding.fix).toBeUndefined();
  });

  it('counts the other documents and reports every later copy', async () => {
    const files = Object.fromEntries(['a', 'b', 'c'].map((n, i) => [`${n}.txt`, [OTHER_STORIES[i % 2][i], STORY_BODY[2]].join('\n')]));
    expect(reported(await checkCorpus(rule, files))).toEqual([
      'b.txt:2 This paragraph also stands in 2 other documents; the first copy is in a.txt line 2.',
      'c.txt:2 This paragraph also stands in 2 other documents; the first copy is in a.txt line 2.',
    ]);
  });

  it('leaves short paragraphs, paragraphs repeated only inside one document, and copies of a whole article', async () => {
    expect(
      reported(
        await checkCorpus(rule, {
          'a.txt': ['Read more', OTHER_STORIES[0][0], OTHER_STORIES[0][0]].join('\n'),
          'b.txt': ['Read more', OTHER_STORIES[1][0]].join('\n'),
        }),
      ),
    ).toEqual([]);
    expect(reported(await checkCorpus(rule, { 'a.txt': STORY_BODY.join('\n'), 'b.txt': STORY_BODY.slice(0, 4).join('\n') }))).toEqual([]);
  });

  it('leaves a paragraph in boilerplateDocuments documents or more to the boilerplate rule', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [
        `${i}.txt`,
        [`Story ${i} has a lead of its own about item ${i} today.`, STORY_BODY[1]].join('\n'),
      ]),
    );
    expect(reported(await checkCorpus(rule, files, { boilerplateDocuments: 4 }))).toEqual([]);
    expect(reported(await checkCorpus(rule, files, { boilerplateDocuments: 5 }))).toHaveLength(3);
  });

  it('offers a fix deleting the later copy only with "fix": true', async () => {
    const files = { 'a.txt': [LEAD, OTHER_STORIES[0][0]].join('\n'), 'b.txt': [OTHER_STORIES[1][0], LEAD].join('\n') };
    const [finding] = (await checkCorpus(rule, files, { fix: true })).get('b.txt')!;
    expect(finding.fix).toEqual({ range: [OTHER_STORIES[1][0].length, OTHER_STORIES[1][0].length + 1 + LEAD.length], text: '' });
  });
});

corpusRuleTester(rule, {
  valid: [
    { name: 'unrelated articles', documents: { 'a.txt': OTHER_STORIES[0].join('\n'), 'b.txt': OTHER_STORIES[1].join('\n') } },
    {
      name: 'a paragraph shorter than minWords',
      documents: { 'a.txt': 'The talks ended on Friday.', 'b.txt': 'The talks ended on Friday.' },
    },
  ],
  invalid: [
    {
      name: 'a lifted paragraph, reported in the later document only',
      documents: { 'a.txt': [LEAD, OTHER_STORIES[0][0]].join('\n'), 'b.txt': [OTHER_STORIES[1][0], LEAD].join('\n') },
      errors: { 'b.txt': [{ line: 2, column: 1, text: LEAD, messageId: 'inAnotherDocument', data: { first: 'a.txt line 1' } }] },
    },
    {
      name: 'one paragraph in three documents',
      documents: { 'a.txt': LEAD, 'b.txt': `${OTHER_STORIES[0][0]}\n${LEAD}`, 'c.txt': `${OTHER_STORIES[1][0]}\n\n${LEAD}` },
      errors: {
        'b.txt': [{ line: 2, messageId: 'inOtherDocuments', data: { others: 2, first: 'a.txt line 1' } }],
        'c.txt': [{ line: 3, messageId: 'inOtherDocuments', data: { others: 2, first: 'a.txt line 1' } }],
      },
    },
    {
      name: 'with "fix": true, the later copy is deleted',
      documents: { 'a.txt': [LEAD, OTHER_STORIES[0][0]].join('\n'), 'b.txt': [OTHER_STORIES[1][0], LEAD].join('\n') },
      options: { fix: true },
      errors: { 'b.txt': 1 },
      output: { 'b.txt': OTHER_STORIES[1][0] },
    },
  ],
});
