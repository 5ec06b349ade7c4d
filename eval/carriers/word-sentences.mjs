// Puts single words into running text, so a word list can go through the CLI like prose: each word in
// a plain sentence of its own, one sentence a line, a fixed number of lines a document (small enough
// that no per-document budget of the typo rule is reached).
const WORDS_PER_DOCUMENT = 40;
const BEFORE = 'They said the ';
const AFTER = ' was on the list.';

/**
 * Documents `{name, text, batchKey, words: [{item, start, end}]}` holding `items`, where `wordOf(item)`
 * is the word to write and start/end its place in the document's text.
 */
export function sentenceDocuments(prefix, items, wordOf) {
  const documents = [];
  for (let first = 0; first < items.length; first += WORDS_PER_DOCUMENT) {
    let text = '';
    const words = items.slice(first, first + WORDS_PER_DOCUMENT).map((item) => {
      const start = text.length + BEFORE.length;
      const word = wordOf(item);
      text += `${BEFORE}${word}${AFTER}\n`;
      return { item, start, end: start + word.length };
    });
    const name = `${prefix}-${String(documents.length).padStart(4, '0')}`;
    documents.push({ name, text, batchKey: name, words });
  }
  return documents;
}
