// A result outlives its document: its excerpts and related texts are copied out of a document that is
// mostly unflagged, and the whole text is kept when they are a large share of it (src/results/file-result.ts).
// Either way a report reads the same text.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { toFinding } from '../../src/engine.js';
import { loadReporter } from '../../src/reporters/index.js';
import { addFindings, excerptAt, flaggedText, type FileResult } from '../../src/results/index.js';
import { rulesById } from '../../rules/index.js';

function emptyResult(): FileResult {
  return {
    filePath: 'a.txt',
    messages: [],
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    excerpts: new Map(),
  };
}

const LINE = 'The harbour authority said the new berth would open in the spring, officials simultanously said.';

describe('the excerpts a result keeps', () => {
  it('read the same flagged text when copied out of a long document', () => {
    const text = `${Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says nothing of note at all today.`).join('\n')}\n${LINE}\n`;
    const doc = createDocument({ text, path: 'a.txt' });
    const start = text.indexOf('simultanously');
    const finding = toFinding(doc, 'typo', 'error', {
      start,
      end: start + 13,
      message: `"${text.slice(start, start + 13)}" is not in the dictionary.`,
      related: [{ line: 1, column: 1, endLine: 1, endColumn: 5, text: text.slice(0, 40) }],
    });
    const result = emptyResult();
    addFindings(result, doc, [finding]);
    expect(result.excerpts.get('0:201')).toEqual({ text: LINE, firstColumn: 1, firstByteColumn: 1 });
    expect(flaggedText(result, finding, 4)).toEqual({ before: 'als ', text: 'simultanously', after: ' sai' });
    expect(result.messages[0].message).toBe('"simultanously" is not in the dictionary.');
    expect(result.messages[0].related?.[0].text).toBe(text.slice(0, 40));
  });

  it('read the same flagged text when kept as slices of a document that is mostly flagged', () => {
    const doc = createDocument({ text: `${LINE}\n`, path: 'a.txt' });
    const start = LINE.indexOf('simultanously');
    const finding = toFinding(doc, 'typo', 'error', { start, end: start + 13, message: 'Not in the dictionary.' });
    const result = emptyResult();
    addFindings(result, doc, [finding]);
    expect(result.keptLines?.text).toBe(doc.text);
    expect(excerptAt(result, finding)).toEqual({ text: LINE, firstColumn: 1, firstByteColumn: 1 });
    expect(flaggedText(result, finding)?.text).toBe('simultanously');
  });

  it('print the same in every format whether the text is kept whole or as one excerpt per line', async () => {
    const long = `${'Préambule “quoted” '.repeat(30)}simultanously ${'x'.repeat(300)}`;
    const lines = [
      ...Array.from({ length: 60 }, (_, i) => `Paragraph ${i % 4} said simultanously “Đà Nẵng”.`),
      long,
      'Windows line simultanously.\r',
      'Unflagged.',
    ];
    const text = `${lines.join('\n')}\n`;
    const doc = createDocument({ text, path: '/news/a.txt' });
    const findings = [];
    for (let from = text.indexOf('simultanously'); from !== -1; from = text.indexOf('simultanously', from + 1)) {
      findings.push(toFinding(doc, 'typo', 'error', { start: from, end: from + 13, message: 'Not in the dictionary.' }));
    }
    const unflagged = text.indexOf('Unflagged');
    const corpus = toFinding(doc, 'duplicate-paragraph', 'warn', { start: unflagged, end: unflagged + 9, message: 'Seen elsewhere.' });
    const kept = { ...emptyResult(), filePath: '/news/a.txt' };
    addFindings(kept, doc, findings);
    addFindings(kept, null, [corpus]);
    // The first finding alone is a small share of the text: this result keeps excerpts, line by line.
    const excerpted = { ...emptyResult(), filePath: '/news/a.txt' };
    addFindings(excerpted, doc, findings.slice(0, 1));
    addFindings(excerpted, doc, findings.slice(1));
    addFindings(excerpted, null, [corpus]);
    expect(kept.keptLines).toBeDefined();
    expect(excerpted.keptLines).toBeUndefined();
    expect(excerpted.excerpts.size).toBeGreaterThan(60);
    expect(kept.excerpts.size).toBe(1);
    expect(excerptAt(kept, corpus)).toBeUndefined();
    const ctx = { cwd: '/news', colorLevel: 0 as const, rules: rulesById };
    for (const format of ['stylish', 'json', 'jsonl', 'compact', 'sarif', 'rdjson', 'markdown', 'gitlab']) {
      const report = await loadReporter(format);
      expect(report([kept], ctx), format).toBe(report([excerpted], ctx));
    }
    const stylish = await loadReporter('stylish');
    expect(stylish([kept], ctx)).toContain('Windows line simultanously.\n');
    expect(stylish([kept], ctx)).toContain('    Paragraph 3 said simultanously “Đà Nẵng”.\n');
  });

  it('keep a lone surrogate of a clipped line as it was', () => {
    const line = `${'a'.repeat(300)}\uD83D${'b'.repeat(100)} simultanously ${'c'.repeat(400)}`;
    const text = `${line}\n${'Filler paragraph with nothing to flag in it at all.\n'.repeat(400)}`;
    const doc = createDocument({ text, path: 'a.txt' });
    const start = line.indexOf('simultanously');
    const result = emptyResult();
    addFindings(result, doc, [toFinding(doc, 'typo', 'error', { start, end: start + 13, message: 'Not in the dictionary.' })]);
    const excerpt = result.excerpts.get('0:1')!;
    expect(excerpt.text).toBe(line.slice(excerpt.firstColumn - 1, excerpt.firstColumn - 1 + excerpt.text.length));
    expect(excerpt.text).toContain('\uD83D');
  });
});
