// Writes what the typo rule loads instead of building it at every start: the hash tables of the word
// list and the names (data/english-words.table, data/english-names.table; src/spelling/word-table.ts)
// and of the spelling model's prior (data/word-priors.table), and the sorted hashes of the word-game
// list and of the misspellings' keys (data/extra-words.hashes, data/misspellings.hashes;
// src/spelling/word-hashes.ts).
// The code that writes them is compiled from those modules on the fly, so each layout and hash has
// one definition. The files are committed, so that installing from git builds nothing (docs/design.md,
// "What an install runs"); `node scripts/build-word-table.mjs DIR` writes them to DIR instead.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'data'));

async function compiled(entry) {
  const { outputFiles } = await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const { tableFileBytes } = await compiled('src/spelling/word-table.ts');
const { hashFileBytes } = await compiled('src/spelling/word-hashes.ts');
const source = (name) => readFileSync(path.join(repoRoot, 'data', name), 'latin1');
const write = (name, bytes) => writeFileSync(path.join(outDir, name), bytes);
mkdirSync(outDir, { recursive: true });

// Each list is read as the rule reads it: the word lists as latin1 (ASCII), the names as UTF-8.
write('english-words.table', tableFileBytes(source('english-words.txt')));
write('english-names.table', tableFileBytes(readFileSync(path.join(repoRoot, 'data/english-names.txt'), 'utf8')));
write('extra-words.hashes', hashFileBytes(source('extra-words.txt')));
write('extra-terms.hashes', hashFileBytes(source('extra-terms.txt')));
write('extra-names.hashes', hashFileBytes(source('extra-names.txt')));
write('misspellings.hashes', hashFileBytes(source('misspellings.csv'), ','));
// The spelling model's prior (scripts/build-spelling-model.mjs writes the list).
write('word-priors.table', tableFileBytes(source('word-priors.txt')));
