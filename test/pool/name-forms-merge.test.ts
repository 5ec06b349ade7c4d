// name-variant's counts merge: the documents counted in parts (a worker's batches) and merged in order
// are the counts of one state that saw them all, and a merge that could not be exact is refused.
import { describe, expect, it } from 'vitest';
import nameVariant from '../../rules/name-variant.js';
import { createDocument } from '../../src/document.js';
import { CorpusRun, NO_SETTINGS, type ConfiguredRule } from '../../src/kernel/index.js';
import { mergeNameFormCounts } from '../../src/names/merge-name-forms.js';
import { countNameForms, emptyNameFormCounts, MAX_NEIGHBOURS, type NameFormCounts } from '../../src/names/name-forms.js';
import type { Document } from '../../src/types.js';

const LIMITS = { maxRareDocuments: 2, maxPlaces: 21, readInvisible: false };

/**
 * Thirty articles about a mayor, one of them misspelling him, and firms that stand beside his name; one
 * firm misspelt in two articles that fall in different parts, so its places come from both.
 */
function articles(): Document[] {
  const texts = Array.from({ length: 30 }, (_, i) => {
    const mayor = i === 17 ? 'Guitiérrez' : 'Gutiérrez';
    const firm = i === 4 || i === 9 ? 'Kelmundy Partners' : ['Brovatex Holdings', 'Kelmundi Partners', 'Zarvenko Group'][i % 3];
    return `Mayor Alberto ${mayor} met ${firm} on Monday.\n\nThe talks with Alberto ${mayor} and Brovatex lasted an hour (${i}).`;
  });
  return texts.map((text, i) => createDocument({ text, path: `/news/${String(i).padStart(2, '0')}.txt` }));
}

function counted(docs: readonly Document[]): NameFormCounts {
  const counts = emptyNameFormCounts();
  for (const doc of docs) countNameForms(counts, doc, LIMITS);
  return counts;
}

describe('name-form counts merge', () => {
  it('counts merged part by part in order equal the counts of one pass', () => {
    const docs = articles();
    const whole = counted(docs);
    for (const size of [1, 7, 16]) {
      const merged = counted(docs.slice(0, size));
      for (let from = size; from < docs.length; from += size) {
        expect(mergeNameFormCounts(merged, structuredClone(counted(docs.slice(from, from + size))), LIMITS)).toBe(true);
      }
      expect(merged).toEqual(whole);
      expect(merged.forms.get('kelmundy')?.places?.length).toBe(2);
      expect([...merged.forms.keys()]).toEqual([...whole.forms.keys()]);
    }
  });

  it('the rule merged in parts reports what it reports over the whole run', () => {
    const configured: ConfiguredRule[] = [{ rule: nameVariant, severity: 'warn', options: { ...nameVariant.options } }];
    const whole = new CorpusRun(configured, NO_SETTINGS);
    const merged = new CorpusRun(configured, NO_SETTINGS);
    const docs = articles();
    docs.forEach((doc) => whole.collect(doc));
    for (let from = 0; from < docs.length; from += 8) {
      const part = new CorpusRun(configured, NO_SETTINGS, { forMerge: true });
      docs.slice(from, from + 8).forEach((doc) => part.collect(doc));
      expect(merged.mergePacked(structuredClone(part.pack()))).toEqual([]);
    }
    const findings = whole.finish();
    expect([...findings.keys()]).toEqual(['/news/17.txt']);
    expect(merged.finish()).toEqual(findings);
  });

  it('refuses, unchanged, a merge whose rare spelling had a full list of neighbours that the first part knows', () => {
    const first = counted([createDocument({ text: 'Aaron Quennox spoke first.', path: '/a.txt' })]);
    const names = Array.from({ length: MAX_NEIGHBOURS + 1 }, (_, i) => (i === 0 ? 'Aaron' : `Name${'bcdefghijklmnopqrs'[i]}x`));
    // Capitalised neighbours the dictionary does not know either: "Aaron Quennox, Namecx Quennox…"
    const later = counted([createDocument({ text: names.map((n) => `${n} Quennox`).join(', ') + '.', path: '/b.txt' })]);
    expect(later.forms.get('quennox')?.neighbours?.length).toBe(MAX_NEIGHBOURS);
    const before = structuredClone(first);
    expect(mergeNameFormCounts(first, later, LIMITS)).toBe(false);
    expect(first).toEqual(before);
  });
});
