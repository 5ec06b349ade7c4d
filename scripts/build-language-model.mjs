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
writeFileSync(path.join(outDir, 'language-ngrams.json'), JSON.stringify(ngramsData));
