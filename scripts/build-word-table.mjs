// Writes data/english-words.table and data/extra-words.table, the hash tables of the two word lists
// (data/english-words.txt, data/extra-words.txt) that the typo rule loads instead of building them at
// every start (src/spelling/word-table.ts). The table's code is compiled
// from that module on the fly, so the layout and the hash have one definition.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { outputFiles } = await build({ entryPoints: ['src/spelling/word-table.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
const { tableFileBytes } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
for (const list of ['english-words', 'extra-words']) {
  const text = readFileSync(new URL(`../data/${list}.txt`, import.meta.url), 'latin1');
  writeFileSync(new URL(`../data/${list}.table`, import.meta.url), tableFileBytes(text));
}
