// In-process throughput of each rule on a folder of .txt files: no CLI, no I/O in the timing, two
// rounds, each a run of its own whose memos its documents share, as a CLI run's do (the first round
// also pays for cold code; the second shows the steady state). For working on a rule's speed; bench/run.mjs measures the real CLI against peers.
//
//   npx tsc -p . --noEmit false --outDir bench/out/dist
//   node bench/rule-throughput.mjs <folder of .txt files> [rule-id …]
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'out', 'dist');
if (!existsSync(path.join(dist, 'src', 'engine.js'))) {
  console.error('Build the modules first: npx tsc -p . --noEmit false --outDir bench/out/dist');
  process.exit(2);
}
// The emitted modules look for data/ beside the package.json above them (tsc copies package.json and
// the JSON files it imports into dist/), and for node_modules above them.
if (!existsSync(path.join(dist, 'node_modules'))) symlinkSync('../../../node_modules', path.join(dist, 'node_modules'));
mkdirSync(path.join(dist, 'data'), { recursive: true });
for (const name of readdirSync(path.join(here, '..', 'data'))) {
  if (!existsSync(path.join(dist, 'data', name)))
    symlinkSync(path.join('..', '..', '..', '..', 'data', name), path.join(dist, 'data', name));
}
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
const { createDocument } = await load('src/document.js');
const { NO_SETTINGS } = await load('src/engine.js');
const { lint, RunContext } = await load('src/kernel/index.js');
const { rules } = await load('rules/index.js');

const [folder, ...only] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node bench/rule-throughput.mjs <folder> [rule-id …]');
  process.exit(2);
}
const texts = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(folder, f), 'utf8'));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
console.log(`${texts.length} files, ${megabytes.toFixed(1)} MB`);

const documentRules = rules.filter((r) => r.scope !== 'corpus' && (!only.length || only.includes(r.id)));
const measure = (chosen) => {
  const configured = chosen.map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options } }));
  const t0 = performance.now();
  const run = new RunContext();
  let findings = 0;
  for (const [i, text] of texts.entries())
    findings += lint(createDocument({ text, path: `${i}.txt` }), { rules: configured, settings: NO_SETTINGS }, run).length;
  return { ms: performance.now() - t0, findings };
};
for (const chosen of [...documentRules.map((r) => [r]), ...(only.length === 1 ? [] : [documentRules])]) {
  const name = chosen.length === 1 ? chosen[0].id : 'all of them';
  const rounds = [measure(chosen), measure(chosen)];
  console.log(
    `${name.padEnd(20)} ${rounds.map((r) => `${(megabytes / (r.ms / 1000)).toFixed(1).padStart(7)} MB/s`).join('  ')}   ${rounds[0].findings} findings`,
  );
}
