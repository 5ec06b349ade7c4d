// Builds the typo rule's larger lexicons (docs/rules/typo.md, "The model"): words and names that are
// accepted as written but never suggested as a correction, because most false alarms on web pages are
// real names and terms no dictionary has (Pierson, Gaither, Persson, Haliburton, Woking; frontend,
// changeset, charset).
//   data/extra-names.txt  people's names (@cspell/dict-people-names), companies (@cspell/dict-companies)
//                         and the words of world city names (cities-list), lower-cased: a capitalised
//                         word in it is a name
//   data/extra-terms.txt  software and computing terms (@cspell/dict-software-terms), lower-cased: a word
//                         in it is a word, like the word-game list's
// Left out: every word the dictionary or the names list already knows, and from the terms every key of
// the misspellings list ("recieve" stays a typo whatever a list has). The names keep theirs ("Woking",
// which the list corrects to "working"): the rule asks the misspellings list of a capitalised word at a
// sentence's start before it asks the names. All devDependencies, all MIT
// (data/LICENSE-cspell-dicts, data/LICENSE-cities-list).
//
//   node scripts/build-lexicons.mjs     (then npm run build writes their hashes)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const dataDir = path.join(repoRoot, 'data');
// The packages' own folders (cspell's dictionaries export only their cspell-ext.json, not package.json).
const packageDir = (name) => path.join(repoRoot, 'node_modules', name);

const keysOf = (file, separator) =>
  new Set(
    readFileSync(path.join(dataDir, file), 'utf8')
      .split('\n')
      .map((line) => line.split(separator)[0].toLowerCase())
      .filter(Boolean),
  );
const misspelt = keysOf('misspellings.csv', ',');
const known = new Set([...keysOf('english-words.txt', ' '), ...keysOf('english-names.txt', ' ')]);

/** The ASCII words of a cspell word list (comments and flags left out), lower-cased. */
function wordsOf(text) {
  const words = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    for (const word of line.split(/[\s\-./]+/)) {
      const lower = word.toLowerCase();
      if (/^[a-z]{2,}$/.test(lower)) words.push(lower);
    }
  }
  return words;
}

function cspellDictionary(name) {
  const dir = path.join(packageDir(name), 'dict');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt') || file.endsWith('.txt.gz'))
    .flatMap((file) => {
      const bytes = readFileSync(path.join(dir, file));
      return wordsOf((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
    });
}

function write(file, words, { keepMisspelt = false } = {}) {
  const kept = [...new Set(words)].filter((word) => (keepMisspelt || !misspelt.has(word)) && !known.has(word)).sort();
  writeFileSync(path.join(dataDir, file), `${kept.join('\n')}\n`);
  console.log(`${file}: ${kept.length} words`);
}

write(
  'extra-names.txt',
  [
    ...cspellDictionary('@cspell/dict-people-names'),
    ...cspellDictionary('@cspell/dict-companies'),
    ...wordsOf(readFileSync(path.join(packageDir('cities-list'), 'list.txt'), 'utf8')),
  ],
  { keepMisspelt: true },
);
write('extra-terms.txt', cspellDictionary('@cspell/dict-software-terms'));

const license = (name, file) => readFileSync(path.join(packageDir(name), file), 'utf8');
writeFileSync(
  path.join(dataDir, 'LICENSE-cspell-dicts'),
  'data/extra-names.txt and data/extra-terms.txt hold words of @cspell/dict-people-names,\n' +
    '@cspell/dict-companies and @cspell/dict-software-terms (streetsidesoftware/cspell-dicts), MIT:\n\n' +
    license('@cspell/dict-software-terms', 'LICENSE'),
);
writeFileSync(
  path.join(dataDir, 'LICENSE-cities-list'),
  'data/extra-names.txt holds the words of the city names of cities-list (npm), MIT:\n\n' + license('cities-list', 'LICENSE.md'),
);
