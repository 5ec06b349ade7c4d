// DocumentSpellings counts a document's capitalised ASCII words from the document's own word index
// (doc.words), as the typo rule's document variants need them.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { DocumentSpellings } from '../../src/spelling/document-variants.js';

function spellingsOf(text: string): DocumentSpellings {
  const doc = createDocument({ text, path: 'a.txt' });
  return new DocumentSpellings(doc.text, doc.words, () => undefined);
}

describe('DocumentSpellings', () => {
  it('counts capitalised ASCII words, read across invisible characters and split at apostrophes', () => {
    const spellings = spellingsOf("Crosbie spoke. Crosbie’s aide, Cros\u200bbie again, and O'Crosbie.\nCrosibie left.\n");
    expect(spellings.countOf('Crosbie')).toBe(4);
    expect(spellings.countOf('Crosibie')).toBe(1);
    expect(spellings.spellingOf('Crosibie', 1)).toBe('Crosbie');
  });

  it('leaves out short words, lower-case words, and words with digits or letters outside ASCII', () => {
    const spellings = spellingsOf('An Bogotá crosbie B52s Abc.\n');
    expect(spellings.countOf('An')).toBeUndefined();
    expect(spellings.countOf('Bogot')).toBeUndefined();
    expect(spellings.countOf('Bogotá')).toBeUndefined();
    expect(spellings.countOf('crosbie')).toBeUndefined();
    expect(spellings.countOf('B52s')).toBeUndefined();
    expect(spellings.countOf('Abc')).toBe(1);
  });
});
