// boilerplate is a corpus rule: documents are temporary files checked together by the real run.
import { describe, expect, it } from 'vitest';
import rule from '../../rules/boilerplate.js';
import { checkCorpus } from '../dedup/corpus-check.js';
import { corpusRuleTester } from '../rule-tester.js';
import { OTHER_STORIES, STORY_BODY } from '../dedup/syndicated.js';

/** `count` different articles, each ending with the site's footer lines. */
function site(count: number, footer: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const story = [
      `Story number ${i} opens with its own lead about event ${i} in the city.`,
      STORY_BODY[i % 5],
      OTHER_STORIES[i % 2][i % 3],
    ];
    files[`page-${String(i).padStart(2, '0')}.txt`] = [...story, ...footer].join('\n') + '\n';
  }
  return files;
}

function reported(findings: Map<string, import('../../src/types.js').Finding[]>): string[] {
  return [...findings].flatMap(([name, list]) => list.map((f) => `${name}:${f.line} ${f.message}`));
}

describe('boilerplate', () => {
  it('reports a short line standing in at least minDocuments documents, once per document, with the count', async () => {
    const findings = await checkCorpus(rule, site(12, ['Comments are closed.', 'Share this: Facebook Twitter', 'Comments are closed.']));
    const lines = reported(findings);
    expect(lines).toHaveLength(24);
    expect(lines).toContain('page-00.txt:4 Boilerplate: this line stands in 12 documents; it belongs to the page, not to the article.');
    expect(lines).toContain('page-05.txt:5 Boilerplate: this line stands in 12 documents; it belongs to the page, not to the article.');
    expect(lines.filter((l) => l.startsWith('page-03.txt'))).toEqual([
      'page-03.txt:4 Boilerplate: this line stands in 12 documents; it belongs to the page, not to the article.',
      'page-03.txt:5 Boilerplate: this line stands in 12 documents; it belongs to the page, not to the article.',
    ]);
    const [first] = findings.get('page-04.txt')!;
    expect(first.related![0]).toMatchObject({ line: 4, text: 'Comments are closed.' });
    expect(first.related![0].filePath).toMatch(/page-00\.txt$/);
    expect(first.fix).toBeUndefined();
  });

  it('passes a line in fewer than minDocuments documents, and a line longer than maxWords', async () => {
    expect(reported(await checkCorpus(rule, site(9, ['Comments are closed.'])))).toEqual([]);
    expect(reported(await checkCorpus(rule, site(12, ['Comments are closed.']), { minDocuments: 13 }))).toEqual([]);
    expect(reported(await checkCorpus(rule, site(12, [STORY_BODY[0]]), {}))).toHaveLength(12);
    expect(reported(await checkCorpus(rule, site(12, [STORY_BODY[0]]), { maxWords: 10 }))).toEqual([]);
  });

  it('matches lines whatever their case, punctuation and spacing', async () => {
    const files = site(10, []);
    Object.keys(files).forEach((name, i) => {
      files[name] += ['READ MORE OF THIS »', 'Read more of this', '  read   more of this…'][i % 3] + '\n';
    });
    expect(reported(await checkCorpus(rule, files))).toHaveLength(10);
  });

  it('counts a line of three words or fewer only beside another boilerplate line, as in a menu', async () => {
    expect(reported(await checkCorpus(rule, site(10, ['Reuter'])))).toEqual([]);
    expect(reported(await checkCorpus(rule, site(10, ['News', 'Video', 'Tech'])))).toHaveLength(30);
    expect(reported(await checkCorpus(rule, site(10, ['News', '', 'Video'])))).toHaveLength(20);
  });

  it('leaves lines with figures (wire data: "Pay April 15") but not copyright lines', async () => {
    expect(reported(await checkCorpus(rule, site(10, ['Record March 31 for the dividend', 'Pay April 15 to holders of record'])))).toEqual(
      [],
    );
    expect(reported(await checkCorpus(rule, site(10, ['© 2024 The Daily Example. All rights reserved.'])))).toHaveLength(10);
  });

  it('offers a fix deleting the line only with "fix": true', async () => {
    const findings = await checkCorpus(rule, site(10, ['Comments are closed for this story.']), { fix: true });
    const [finding] = findings.get('page-01.txt')!;
    expect(finding.fix).toBeDefined();
  });
});

/** Three short articles, each with its own body and the same site footer. */
const footed = (footer: string[]) =>
  Object.fromEntries([0, 1, 2].map((i) => [`p${i}.txt`, [OTHER_STORIES[i % 2][i], ...footer].join('\n') + '\n']));
const FOOTER = ['Comments are closed.', 'Share this: Facebook Twitter'];
const inThree = { messageId: 'inManyDocuments', data: { documents: 3 } };

corpusRuleTester(rule, {
  valid: [
    { name: 'a footer in fewer documents than minDocuments', documents: footed(FOOTER) },
    { name: 'a lone short line, not beside other boilerplate', documents: footed(['Reuter']), options: { minDocuments: 3 } },
  ],
  invalid: [
    {
      name: 'the footer lines of every page, each reported in each document',
      documents: footed(FOOTER),
      options: { minDocuments: 3 },
      errors: Object.fromEntries(
        ['p0.txt', 'p1.txt', 'p2.txt'].map((name) => [
          name,
          [
            { line: 2, text: FOOTER[0], ...inThree },
            { line: 3, text: FOOTER[1], ...inThree },
          ],
        ]),
      ),
    },
    {
      name: 'with "fix": true, the lines are deleted',
      documents: footed(FOOTER),
      options: { minDocuments: 3, fix: true },
      errors: { 'p0.txt': 2, 'p1.txt': 2, 'p2.txt': 2 },
      output: Object.fromEntries([0, 1, 2].map((i) => [`p${i}.txt`, OTHER_STORIES[i % 2][i] + '\n'])),
    },
  ],
});
