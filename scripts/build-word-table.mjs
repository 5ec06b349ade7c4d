// Writes what the typo rule loads instead of building it at every start: the hash tables of the word
// list and the names (data/english-words.table, data/english-names.table; src/spelling/word-table.ts)
// and the sorted hashes of the word-game list and of the misspellings' keys (data/extra-words.hashes,
// data/misspellings.hashes; src/spelling/word-hashes.ts).
// The code that writes them is compiled from those modules on the fly, so each layout and hash has
// one definition.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

async function compiled(entry) {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const { tableFileBytes } = await compiled('src/spelling/word-table.ts');
const { hashFileBytes } = await compiled('src/spelling/word-hashes.ts');
const data = (name) => new URL(`../data/${name}`, import.meta.url);

// Each list is read as the rule reads it: the word lists as latin1 (ASCII), the names as UTF-8.
writeFileSync(data('english-words.table'), tableFileBytes(readFileSync(data('english-words.txt'), 'latin1')));
writeFileSync(data('english-names.table'), tableFileBytes(readFileSync(data('english-names.txt'), 'utf8')));
writeFileSync(data('extra-words.hashes'), hashFileBytes(readFileSync(data('extra-words.txt'), 'latin1')));
writeFileSync(data('misspellings.hashes'), hashFileBytes(readFileSync(data('misspellings.csv'), 'latin1'), ','));
