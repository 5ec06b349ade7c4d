// duplicate-document is a corpus rule: the documents are temporary files checked together by the
// real run (checkTargets); each test states which documents are reported as copies of which.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-document.js';
import { createDocument } from '../../src/document.js';
import { findClusters } from '../../src/dedup/clusters.js';
import { SignatureList } from '../../src/dedup/document-signatures.js';
import { fingerprintText, jaccard } from '../../src/dedup/fingerprint.js';
import type { Finding } from '../../src/types.js';
import { checkCorpus as checkCorpusWith } from '../dedup/corpus-check.js';
import { corpusRuleTester } from '../rule-tester.js';
import { OTHER_STORIES, STORY_BODY, syndicatedDump, wireCopy } from '../dedup/syndicated.js';

function checkCorpus(
  files: Record<string, string>,
  options: Record<string, unknown> = {},
  order?: string[],
): Promise<Map<string, Finding[]>> {
  return checkCorpusWith(rule, files, options, order);
}

/** "copy.txt → canonical.txt (similarity)" for every finding. */
function copies(findings: Map<string, Finding[]>): string[] {
  return [...findings]
    .flatMap(([name, list]) =>
      list.map((f) => `${name} → ${path.basename(f.related![0].filePath!)} (${f.related![0].similarity!.toFixed(2)})`),
    )
    .sort();
}

describe('duplicate-document', () => {
  it('reports syndicated copies (other dateline, glued caption, curly quotes) as exact, the updated version as near', async () => {
    const findings = await checkCorpus(syndicatedDump());
    expect(copies(findings)).toEqual([
      'b-outlet.txt → a-vna.txt (1.00)',
      'c-refetch.txt → a-vna.txt (1.00)',
      'd-updated.txt → a-vna.txt (0.90)',
    ]);
    const [finding] = findings.get('b-outlet.txt')!;
    expect(finding.message).toBe(
      'This document is an exact copy (after normalisation) of a-vna.txt, the canonical copy (earliest-path); 4 copies in all.',
    );
    expect(finding).toMatchObject({ line: 1, column: 1, severity: 'warn' });
    expect(finding.related![0]).toMatchObject({ line: 1, column: 1, text: expect.stringMatching(/^Hai Phong \(VNA\) – An exhibition/) });
    expect(findings.get('d-updated.txt')![0].message).toMatch(/a near-duplicate \(Jaccard 0\.90\) of a-vna\.txt/);
  });

  it('passes unrelated stories and a corpus without copies', async () => {
    const findings = await checkCorpus({
      'a.txt': wireCopy('Hai Phong (VNA) – '),
      'b.txt': OTHER_STORIES[0].join('\n'),
      'c.txt': OTHER_STORIES[1].join('\n'),
    });
    expect(copies(findings)).toEqual([]);
  });

  it('chooses the canonical copy as configured: longest text, or first seen in input order', async () => {
    const dump = syndicatedDump();
    expect(copies(await checkCorpus(dump, { canonical: 'longest' }))).toEqual([
      'a-vna.txt → d-updated.txt (0.90)',
      'b-outlet.txt → d-updated.txt (0.90)',
      'c-refetch.txt → d-updated.txt (0.90)',
    ]);
    const order = ['c-refetch.txt', 'e-rice.txt', 'a-vna.txt', 'f-football.txt', 'd-updated.txt', 'b-outlet.txt'];
    expect(copies(await checkCorpus(dump, { canonical: 'first-seen' }, order))).toEqual([
      'a-vna.txt → c-refetch.txt (1.00)',
      'b-outlet.txt → c-refetch.txt (1.00)',
      'd-updated.txt → c-refetch.txt (0.90)',
    ]);
  });

  it('gives the same clusters whatever order the documents arrive in (earliest-path)', async () => {
    const dump = syndicatedDump();
    const reversed = await checkCorpus(dump, {}, Object.keys(dump).reverse());
    expect(copies(reversed)).toEqual(copies(await checkCorpus(dump)));
  });

  it('takes a threshold: at 0.95 the updated version is no longer a duplicate', async () => {
    expect(copies(await checkCorpus(syndicatedDump(), { threshold: 0.95 }))).toEqual([
      'b-outlet.txt → a-vna.txt (1.00)',
      'c-refetch.txt → a-vna.txt (1.00)',
    ]);
  });

  it("chains one verified hop at most: C, near B but not near A, joins A's cluster through B and says so", () => {
    // Three windows of 100 words, each 10 words on: A and C share only 80 words.
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const [a, b, c] = [0, 10, 20].map((from) => words.slice(from, from + 100).join(' '));
    const list = new SignatureList();
    for (const [name, text] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ])
      list.add(createDocument({ text, path: `/${name}.txt` }));
    const sim = (x: number, y: number) => jaccard(list.shingles(x), list.shingles(y));
    expect(sim(0, 1)).toBeGreaterThanOrEqual(0.8);
    expect(sim(1, 2)).toBeGreaterThanOrEqual(0.8);
    expect(sim(0, 2)).toBeLessThan(0.8);
    const clusters = findClusters(list, { threshold: 0.8, canonical: 'earliest-path', minWords: 10 });
    expect(clusters.map((c) => [c.canonical, c.members.map((m) => [m.doc, m.via])])).toEqual([
      [
        0,
        [
          [1, undefined],
          [2, 1],
        ],
      ],
    ]);
    expect(clusters[0].members[1].similarity).toBe(sim(1, 2));
    // A fourth window, near C only: C is no longer alone, it leads a cluster of its own with D; A's
    // cluster does not grow through B and C into D.
    const d = words.slice(30, 130).join(' ');
    list.add(createDocument({ text: d, path: '/d.txt' }));
    expect(sim(2, 3)).toBeGreaterThanOrEqual(0.8);
    expect(sim(1, 3)).toBeLessThan(0.8);
    const four = findClusters(list, { threshold: 0.8, canonical: 'earliest-path', minWords: 10 });
    expect(four.map((c) => [c.canonical, c.members.map((m) => [m.doc, m.via])])).toEqual([
      [0, [[1, undefined]]],
      [2, [[3, undefined]]],
    ]);
  });

  it('two outlets, two teasers: each copy is near the story, not near the other; the second joins through the story', async () => {
    const story = wireCopy('Hai Phong (VNA) – ');
    const files = {
      'a-outlet-one.txt': `${story}Read more: the port city plans a second exhibition on the history of its shipyards next spring.\n`,
      'b-wire.txt': story,
      'c-outlet-two.txt': `${story}Related: tourism numbers rose by a fifth last year as new flights opened from Seoul and Bangkok.\n`,
    };
    const findings = await checkCorpus(files, { threshold: 0.85 });
    expect(copies(findings)).toEqual(['b-wire.txt → a-outlet-one.txt (0.87)', 'c-outlet-two.txt → b-wire.txt (0.87)']);
    const [second] = findings.get('c-outlet-two.txt')!;
    expect(second.message).toBe(
      'This document is a near-duplicate (Jaccard 0.87) of b-wire.txt, a copy of a-outlet-one.txt, the canonical copy (earliest-path); 3 copies in all.',
    );
    expect(second.related!.map((r) => path.basename(r.filePath!))).toEqual(['b-wire.txt', 'a-outlet-one.txt']);
  });

  it('leaves short stubs alone (fewer body words than minWords)', async () => {
    expect(copies(await checkCorpus({ 'a.txt': 'Page not found.\n', 'b.txt': 'Page not found.\n' }))).toEqual([]);
  });

  it('finds copies among JSONL records and names the record', async () => {
    const record = (text: string) => JSON.stringify({ text });
    const findings = await checkCorpus({
      'dump.jsonl': [record(wireCopy('Hai Phong (VNA) – ')), record(OTHER_STORIES[0].join('\n')), record(wireCopy('HANOI (VNA) – '))].join(
        '\n',
      ),
    });
    const [finding] = findings.get('dump.jsonl')!;
    expect(finding).toMatchObject({ record: 3, message: expect.stringContaining('of this file record 1') });
    expect(finding.related![0]).toMatchObject({ record: 1, similarity: 1 });
  });

  it('rejects an unknown canonical choice with a message naming the option', async () => {
    await expect(checkCorpus(syndicatedDump(), { canonical: 'newest' })).rejects.toThrow(
      /option "canonical" must be one of earliest-path, longest, first-seen/,
    );
  });

  it('a fingerprint is blind to the dateline, a glued caption, case and punctuation', () => {
    const fp = (text: string) => {
      const doc = createDocument({ text, path: 'x' });
      return fingerprintText(doc.text, doc.paragraphs);
    };
    const plain = fp(STORY_BODY.join('\n'));
    const dressed = fp(wireCopy('HAI PHONG, March 3 (VNA) - ', { caption: 'A caption here (Photo: VNA)', quotes: 'curly', upper: true }));
    expect(dressed.exactKey).toBe(plain.exactKey);
    expect([...dressed.bands]).toEqual([...plain.bands]);
    // Re-spaced, as some scrapers leave a page: the dateline is still found and set aside.
    const respaced = fp(wireCopy('HO CHI MINH CITY, June 25 (VNA) - ').replace(/ /g, '  ').replace(/\n/g, '\n\n'));
    expect(respaced.exactKey).toBe(plain.exactKey);
  });
});

corpusRuleTester(rule, {
  valid: [
    {
      name: 'unrelated stories',
      documents: { 'a.txt': wireCopy('Hai Phong (VNA) – '), 'b.txt': OTHER_STORIES[0].join('\n'), 'c.txt': OTHER_STORIES[1].join('\n') },
    },
    {
      name: 'copies shorter than minWords',
      documents: { 'a.txt': wireCopy('Hai Phong (VNA) – '), 'b.txt': wireCopy('HAI PHONG (VNA) - ') },
      options: { minWords: 500 },
    },
  ],
  invalid: [
    {
      name: 'one copy under another dateline: the later path is the copy',
      documents: { 'b.txt': wireCopy('HAI PHONG, March 3 (VNA) - '), 'a.txt': wireCopy('Hai Phong (VNA) – ') },
      errors: { 'b.txt': [{ line: 1, column: 1, messageId: 'exactCopy', data: { of: 'a.txt', canonical: 'earliest-path' } }] },
    },
    {
      name: 'a syndicated story: exact copies and an updated version, four copies in all',
      documents: syndicatedDump(),
      errors: {
        'b-outlet.txt': [{ messageId: 'exactCopyOfMany', data: { of: 'a-vna.txt', canonical: 'earliest-path', copies: 4 } }],
        'c-refetch.txt': [{ messageId: 'exactCopyOfMany', data: { of: 'a-vna.txt', canonical: 'earliest-path', copies: 4 } }],
        'd-updated.txt': [
          { messageId: 'nearCopyOfMany', data: { similarity: '0.90', of: 'a-vna.txt', canonical: 'earliest-path', copies: 4 } },
        ],
      },
    },
  ],
});
