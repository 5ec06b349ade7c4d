// Clean carrier prose: the Brown Corpus's press editorials (category B, 27 samples of 1961 US
// newspapers), read from ../shared/corpus/brown-press-editorial in NLTK's tagged form and turned back
// into running prose. Professionally edited text is what false positives are measured on, and the
// carrier every defect is injected into.
//
// The tagged form is `word/tag` tokens, one sentence a line, blank lines between paragraphs. A
// headline (tokens tagged `…-hl`) starts a new editorial, unless the paragraph before it ends with a
// colon; headlines themselves are dropped, because a scraped article dump starts with its lead. Each paragraph becomes one line of the article.
// Every word keeps its Brown tag, so injectors can choose a function word, a noun or a proper name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Punctuation written without a space before it. */
const CLOSING = new Set([',', '.', ';', ':', '?', '!', ')', '”', '’', '..', '...']);
/** Punctuation written without a space after it. */
const OPENING = new Set(['(', '“', '‘']);

/**
 * The editorials of every `cbNN` file, each `{id, source, file, paragraphs}`, where a paragraph is
 * `{text, words}` and a word is `{text, tag, start, end}` (offsets into the paragraph's text).
 */
export function loadBrownArticles(corpusDir) {
  const files = readdirSync(corpusDir)
    .filter((name) => /^cb\d\d$/.test(name))
    .sort();
  return files.flatMap((file) => splitEditorials(file, readFileSync(join(corpusDir, file), 'utf8')));
}

function splitEditorials(file, taggedText) {
  const articles = [];
  let paragraphs = [];
  const finishArticle = () => {
    if (paragraphs.length) articles.push({ id: `${file}-${articles.length + 1}`, source: 'brown', file, paragraphs });
    paragraphs = [];
  };
  for (const block of taggedText.split(/\n[ \t]*\n/)) {
    const lines = block
      .split('\n')
      .map(parseTokens)
      .filter((tokens) => tokens.length);
    const bodyLines = [];
    let afterHeadline = false;
    for (const tokens of lines) {
      if (isHeadline(tokens)) {
        // After "She wrote:" a headline is the title of the letter quoted, not a new editorial.
        if (!afterHeadline && !paragraphs.at(-1)?.text.endsWith(':')) finishArticle();
        afterHeadline = true;
      } else if (afterHeadline && tokens.every((t) => !/[A-Za-z0-9]/.test(t.word))) {
        // "Goodby, Mr. Sam" has its closing period on a line of its own.
      } else {
        afterHeadline = false;
        bodyLines.push(tokens);
      }
    }
    if (bodyLines.length) paragraphs.push(detokenize(bodyLines.flat()));
  }
  finishArticle();
  return articles;
}

function parseTokens(line) {
  return line
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const slash = token.lastIndexOf('/');
      return { word: token.slice(0, slash), tag: token.slice(slash + 1) };
    });
}

function isHeadline(tokens) {
  const headlineTokens = tokens.filter((t) => t.tag.endsWith('-hl')).length;
  return headlineTokens * 2 > tokens.length;
}

/** Joins tokens into prose: `` and '' become curly quotes, `--` a spaced em dash, punctuation hugs its word. */
function detokenize(tokens) {
  let text = '';
  let glueNext = true;
  let singleQuoteOpen = false;
  const words = [];
  let previous = '';
  for (const { word, tag } of tokens) {
    // The tagged form writes a sentence-final ";", ":" or "?" twice ("figure/nn ;/. ;/."), and a
    // sentence ending in an abbreviation gets a second period ("Tech./np ./."): neither is in the text.
    const repeated = (word === previous && /^[;:?!]$/.test(word)) || (word === '.' && previous.endsWith('.'));
    previous = word;
    if (repeated) continue;
    let surface = word;
    if (word === '``') surface = '“';
    else if (word === "''") surface = '”';
    else if (word === '--') surface = '—';
    else if (word === "'") {
      surface = singleQuoteOpen ? '’' : '‘';
      singleQuoteOpen = !singleQuoteOpen;
    }
    const glue = glueNext || CLOSING.has(surface);
    if (!glue) text += ' ';
    const start = text.length;
    text += surface;
    if (/[A-Za-z0-9]/.test(surface)) words.push({ text: surface, tag, start, end: text.length });
    glueNext = OPENING.has(surface);
  }
  return { text, words };
}

/** Words as a reader counts them: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text) {
  return (text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** How the report names and explains this carrier. */
export const brownCarrier = {
  description: 'Brown Corpus, press editorials (category B: 27 samples of 1961 US newspapers)',
  method:
    'The Brown press editorials (`../shared/corpus/brown-press-editorial`, NLTK tagged form): tags stripped, tokens joined back into prose (`` and \'\' become “ ”, `--` a spaced em dash, punctuation joined to its word, the tagged form\'s doubled sentence-final punctuation dropped), headlines dropped (each one starts a new editorial, unless the paragraph before it ends with a colon: then it is the title of a quoted letter), one paragraph per line with a final newline. The real typos the corpus keeps (its CONTENTS file lists "metropolitian", "avaliable", …) count as true positives.',
};
