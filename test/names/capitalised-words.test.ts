// name-variant's run memo of what each capitalised token is: it keys tokens by a hash of their code
// units and compares them whole, so tokens that share a slot (a tiny memo makes them) or that come
// after the memo is full are answered as if nothing were remembered, and the counts come out the same.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { CapitalisedWords, countNameForms, emptyNameFormCounts, type NameFormCounts } from '../../src/names/name-forms.js';

const LIMITS = { maxRareDocuments: 2, maxPlaces: 21, readInvisible: false };

const TEXTS = [
  'Mayor Alberto Gutiérrez met Brovatex Holdings and Kelmundi Partners on Monday.',
  "Gutiérrez's aide said Brovatex and Zarvenko Group would sign. The Mayor left.",
  'Alberto Guitiérrez thanked Kelmundy Partners, Donaldson Lufkin and Jenrette.',
  'Viet\u200bnam and Montedison SpA; Montedison SPA; McDonald met LeBaron in Hanoi.',
];

/** The counts of TEXTS with the memo `memoOf` gives for each document. */
function counted(memoOf: (document: number) => CapitalisedWords): NameFormCounts {
  const counts = emptyNameFormCounts();
  TEXTS.forEach((text, i) => countNameForms(counts, createDocument({ text, path: `/n/${i}.txt` }), LIMITS, memoOf(i)));
  return counts;
}

describe('CapitalisedWords', () => {
  it('answers each token with its own entry when tokens share slots, and past being full', () => {
    const memo = new CapitalisedWords(2);
    const text = 'Brovatex Kelmundi Zarvenko Gutiérrez Brovatex Zarvenko The Alberto Kelmundi';
    const doc = createDocument({ text, path: 'x.txt' });
    const { starts, ends, count } = doc.words;
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < count; k++) expect(memo.of(text, starts[k], ends[k], false).written).toBe(doc.words.textOf(k));
    }
    expect(memo.of(text, starts[0], ends[0], false).name?.key).toBe('brovatex');
    expect(memo.of(text, text.indexOf('The'), text.indexOf('The') + 3, false).name).toBeNull();
  });

  it('gives the counts of a memo made anew for each document, shared by every document, tiny or not', () => {
    const fresh = counted(() => new CapitalisedWords());
    expect(fresh.forms.size).toBeGreaterThan(5);
    for (const size of [1 << 15, 2, 1]) {
      const shared = new CapitalisedWords(size);
      expect(counted(() => shared)).toEqual(fresh);
    }
  });

  it('reads a token with invisible characters as the run says, even when the memo met it the other way', () => {
    const text = 'Viet\u200bnam talks.';
    const doc = createDocument({ text, path: 'x.txt' });
    const memo = new CapitalisedWords();
    const end = doc.words.ends[0];
    expect(memo.of(text, 0, end, false).name).toBeNull();
    expect(memo.of(text, 0, end, true).name).toMatchObject({ key: 'vietnam', spelling: 'Vietnam', lengthInText: end });
    expect(memo.of(text, 0, end, false).name).toBeNull();
  });
});
