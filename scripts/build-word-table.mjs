// Writes data/english-words.table, data/extra-words.table and data/english-names.table, the hash
// tables of the word lists and the names (data/*.txt) that the typo rule loads instead of building
// them at every start (src/spelling/word-table.ts). The table's code is compiled
// from that module on the fly, so the layout and the hash have one definition.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { outputFiles } = await build({ entryPoints: ['src/spelling/word-table.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
const { tableFileBytes } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
// Each list is read as the rule reads it: the word lists as latin1 (ASCII), the names as UTF-8.
for (const [list, encoding] of [['english-words', 'latin1'], ['extra-words', 'latin1'], ['english-names', 'utf8']]) {
  const text = readFileSync(new URL(`../data/${list}.txt`, import.meta.url), encoding);
  writeFileSync(new URL(`../data/${list}.table`, import.meta.url), tableFileBytes(text));
}
