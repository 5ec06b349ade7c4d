// Symmetric-deletion keys (as in SymSpell): two spellings one edit apart, a swap of neighbours
// included, share a key made by deleting at most one letter from each. name-variant files every
// spelling of a name under its keys to find a rare spelling's near twins; document-variants does the
// same for the spellings of one document.

/**
 * Calls `visit` with `word` and every string made from it by deleting one letter, the first letter
 * always kept (UTF-16 units stand for letters: names are NFC, and both sides of a pair are cut the
 * same way). A doubled letter gives the same key twice; look-ups don't mind.
 */
export function forEachDeletion(word: string, visit: (key: string) => void): void {
  visit(word);
  for (let i = 1; i < word.length; i++) visit(word.slice(0, i) + word.slice(i + 1));
}
