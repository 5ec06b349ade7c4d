// A document keeps its paragraphs as spans whose text is sliced on demand, its line starts as a typed
// array, and lint shares repeated messages and related places among a document's findings: none of it
// may change what a rule reads or what a report says.
import { describe, expect, it } from 'vitest';
import { rules as builtinRules } from '../../rules/index.js';
import { createDocument, findLineStarts } from '../../src/document.js';
import { readTextDocument, readTextDocumentOnce, SkippedFile } from '../../src/input/read-sources.js';
import { lint, NO_SETTINGS, RunContext } from '../../src/kernel/index.js';
import { addFindings, emptyResult } from '../../src/results/file-result.js';
import { json } from '../../src/reporters/json.js';

/** What a paragraph was as plain data, read through the document's own API. */
const plain = (text: string) =>
  createDocument({ text, path: 'p.txt' }).paragraphs.map((p) => ({ start: p.start, end: p.end, text: p.text }));

describe('paragraphs sliced on demand', () => {
  it('give the spans and texts of one-per-line documents, trimmed', () => {
    expect(plain('One line.\n  Two, indented. \nThree\n')).toEqual([
      { start: 0, end: 9, text: 'One line.' },
      { start: 12, end: 26, text: 'Two, indented.' },
      { start: 28, end: 33, text: 'Three' },
    ]);
  });

  it('split on blank lines, keeping the line breaks inside a wrapped paragraph', () => {
    expect(plain('First line\nwraps here.\n\n\nSecond.\n \nThird')).toEqual([
      { start: 0, end: 22, text: 'First line\nwraps here.' },
      { start: 25, end: 32, text: 'Second.' },
      { start: 35, end: 40, text: 'Third' },
    ]);
  });

  it('never end in the "\\r" of a CRLF line, one per line or blank-separated', () => {
    expect(plain('Alpha\r\nBeta\r\n')).toEqual([
      { start: 0, end: 5, text: 'Alpha' },
      { start: 7, end: 11, text: 'Beta' },
    ]);
    expect(plain('Alpha\r\nstill alpha\r\n\r\nBeta\r\n')).toEqual([
      { start: 0, end: 18, text: 'Alpha\r\nstill alpha' },
      { start: 22, end: 26, text: 'Beta' },
    ]);
  });

  it('serve every way rules read them: index, iteration, forEach, map, filter, destructuring', () => {
    const text = 'One.\nTwo.\nThree.';
    const { paragraphs } = createDocument({ text, path: 'p.txt' });
    const [first, second] = paragraphs;
    expect([first.text, second.text, paragraphs[2].text, paragraphs.length]).toEqual(['One.', 'Two.', 'Three.', 3]);
    expect([...paragraphs].map((p) => text.slice(p.start, p.end))).toEqual(paragraphs.map((p) => p.text));
    expect(paragraphs.filter((p) => p.text.startsWith('T')).map((p) => p.start)).toEqual([5, 10]);
    const seen: string[] = [];
    paragraphs.forEach((p, i) => seen.push(`${i}:${p.text}`));
    expect(seen).toEqual(['0:One.', '1:Two.', '2:Three.']);
  });

  it('stringify to the plain { start, end, text } they were', () => {
    expect(JSON.parse(JSON.stringify(createDocument({ text: 'A.\n\nB.', path: 'p.txt' }).paragraphs))).toEqual([
      { start: 0, end: 2, text: 'A.' },
      { start: 4, end: 6, text: 'B.' },
    ]);
  });
});

describe('line starts', () => {
  it('are where each line begins, the "\\r" of CRLF left to the line before', () => {
    expect(Array.from(findLineStarts('a\r\nbc\n\nd'))).toEqual([0, 3, 6, 7]);
    expect(Array.from(findLineStarts(''))).toEqual([0]);
    expect(Array.from(findLineStarts('\n'))).toEqual([0, 1]);
    const doc = createDocument({ text: 'a\r\nbc\n\nd', path: 'p.txt' });
    expect([doc.positionAt(0), doc.positionAt(4), doc.positionAt(7), doc.positionAt(8)]).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 2 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});

describe('a file read once', () => {
  it('gives the document the bytes would, and hands the bytes over only once', () => {
    const bytes = Buffer.from('\uFEFFCaf\u00e9 menu.\r\nSecond line.\n', 'utf8');
    let taken = 0;
    const once = readTextDocumentOnce(() => (taken++, bytes), 'a.txt');
    const { doc } = readTextDocument(bytes, 'a.txt');
    expect(taken).toBe(1);
    expect([once.text, Array.from(once.lineStarts), once.paragraphs.map((p) => p.text)]).toEqual([
      doc.text,
      Array.from(doc.lineStarts),
      doc.paragraphs.map((p) => p.text),
    ]);
  });

  it('still refuses a binary file', () => {
    expect(() => readTextDocumentOnce(() => Buffer.from([0x89, 0x50, 0x00, 0x00, 0xff, 0x00]), 'b.txt')).toThrow(SkippedFile);
  });
});

describe('findings of repeated paragraphs', () => {
  const PARAGRAPH = 'The council met on Tuesday to discuss the budget for the coming year and voted to keep taxes flat.';
  const OTHER = 'Residents who spoke at the meeting asked for more money for the libraries and the parks.';
  const text = Array.from({ length: 4 }, () => `${PARAGRAPH}\n\n${OTHER}`).join('\n\n') + '\n';
  const rules = builtinRules
    .filter((rule) => rule.id === 'duplicate-paragraph')
    .map((rule) => ({ rule, severity: 'error' as const, options: { ...rule.options } }));

  it('share one message string and one related list per repeated original', () => {
    const doc = createDocument({ text, path: 'a.txt' });
    const findings = lint(doc, { rules, settings: NO_SETTINGS }, new RunContext());
    expect(findings.map((f) => f.line)).toEqual([5, 7, 9, 11, 13, 15]);
    const ofFirst = findings.filter((f) => f.related?.[0].line === 1);
    expect(ofFirst).toHaveLength(3);
    expect(ofFirst[1].related).toBe(ofFirst[0].related);
    expect(ofFirst[2].message).toBe(ofFirst[0].message);
    expect(findings.filter((f) => f.related?.[0].line === 3).every((f) => f.related === findings[1].related)).toBe(true);
  });

  it('report the same JSON as findings of their own', () => {
    const doc = createDocument({ text, path: 'a.txt' });
    const result = emptyResult('a.txt');
    addFindings(result, doc, lint(doc, { rules, settings: NO_SETTINGS }, new RunContext()));
    const messages = JSON.parse(json([result], { cwd: '/', colorLevel: 0, rules: new Map() }))[0].messages;
    expect(messages.slice(0, 2)).toEqual([
      {
        ruleId: 'duplicate-paragraph',
        severity: 2,
        message: 'Paragraph repeated from line 1.',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 99,
        start: 190,
        end: 288,
        fix: { range: [188, 288], text: '' },
        related: [{ line: 1, column: 1, endLine: 1, endColumn: 99, text: PARAGRAPH }],
      },
      {
        ruleId: 'duplicate-paragraph',
        severity: 2,
        message: 'Paragraph repeated from line 3.',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 89,
        start: 290,
        end: 378,
        fix: { range: [288, 378], text: '' },
        related: [{ line: 3, column: 1, endLine: 3, endColumn: 89, text: OTHER }],
      },
    ]);
    expect(messages).toHaveLength(6);
  });
});
