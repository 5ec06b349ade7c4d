// Writes data/language-ngrams.json: the n-gram database of the language model (eld's "extrasmall",
// Apache-2.0, data/LICENSE-eld) as JSON. eld ships it as a 1 MB JavaScript object literal, which
// Node takes ~8 times longer to load than JSON.parse takes to read the same data; most runs load it
// (src/language/detect-language.ts), so it is converted once here, at build time, and committed: an
// install builds nothing (docs/design.md).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const eldDir = path.dirname(fileURLToPath(import.meta.resolve('eld/extrasmall')));
const { ngramsData } = require(path.join(eldDir, '../ngrams/extrasmall.js'));
// The output folder may be given (test/integrations/committed-build.test.ts builds into a temporary one).
const outDir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../data', import.meta.url)));
// One n-gram a line, sorted by its quoted form, so that src/language/detect-language.ts finds the few a
// paragraph needs by a binary search over the text instead of parsing all 49,553 (~45 ms of a short file's
// check, garbage collection included). The file stays JSON, equal to eld's data.
const { ngrams, ...header } = ngramsData;
const lines = Object.entries(ngrams)
  .map(([ngram, scores]) => [JSON.stringify(ngram), JSON.stringify(scores)])
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([quoted, scores]) => `${quoted}:${scores}`);
const opening = JSON.stringify({ ...header, ngrams: {} }).slice(0, -'}}'.length);
writeFileSync(path.join(outDir, 'language-ngrams.json'), `${opening}\n${lines.join(',\n')}\n}}\n`);
