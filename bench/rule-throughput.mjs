// In-process throughput of each rule on a folder of .txt files: no CLI, no I/O in the timing, two
// rounds, each a run of its own whose memos its documents share, as a CLI run's do (the first round
// also pays for cold code; the second shows the steady state). Corpus rules run the same way, one
// CorpusRun per round: `collect` every document, then `finish`, timed in CPU seconds; a third figure is what --jobs 2 adds on
// the main thread for them: the states of two halves packed, unpacked and merged (milliseconds). For
// working on a rule's speed; bench/run.mjs measures the real CLI against peers.
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
const { lint, RunContext, CorpusRun } = await load('src/kernel/index.js');
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

const chosenRules = rules.filter((r) => !only.length || only.includes(r.id));
const documentRules = chosenRules.filter((r) => r.scope !== 'corpus');
const corpusRules = chosenRules.filter((r) => r.scope === 'corpus');
const measure = (chosen) => {
  const configured = chosen.map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options } }));
  const t0 = performance.now();
  const run = new RunContext();
  let findings = 0;
  for (const [i, text] of texts.entries())
    findings += lint(createDocument({ text, path: `${i}.txt` }), { rules: configured, settings: NO_SETTINGS }, run).length;
  return { ms: performance.now() - t0, findings };
};
for (const chosen of [...documentRules.map((r) => [r]), ...(documentRules.length <= 1 ? [] : [documentRules])]) {
  const name = chosen.length === 1 ? chosen[0].id : 'all of them';
  const rounds = [measure(chosen), measure(chosen)];
  console.log(
    `${name.padEnd(20)} ${rounds.map((r) => `${(megabytes / (r.ms / 1000)).toFixed(1).padStart(7)} MB/s`).join('  ')}   ${rounds[0].findings} findings`,
  );
}

const configure = (chosen) => [chosen].flat().map((rule) => ({ rule, severity: rule.severity, options: { ...rule.options } }));
const corpusFindings = (byPath) => [...byPath.values()].reduce((n, list) => n + list.length, 0);
// CPU seconds of the process (all its threads), not wall time: the bench machine is shared.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// The documents with their shared text layer (words, language) built untimed: in a real run the
// document rules have asked for it already, so a corpus rule's figure is its own work only.
const documentsOf = (part, first = 0) =>
  part.map((text, i) => {
    const doc = createDocument({ text, path: `${first + i}.txt` });
    void doc.words;
    void doc.language;
    return doc;
  });
const measureCorpus = (rule) => {
  const docs = documentsOf(texts);
  const t0 = cpuMs();
  const run = new CorpusRun(configure(rule), NO_SETTINGS);
  for (const doc of docs) run.collect(doc);
  const findings = corpusFindings(run.finish());
  return { ms: cpuMs() - t0, findings };
};
// Two halves collected apart for merging (as two workers' batches); only the pack, unpack and merge
// are timed, the main thread's serial share of a --jobs 2 run.
const measureMerge = (rule) => {
  if (typeof rule.merge !== 'function') return undefined;
  const half = texts.length >>> 1;
  const parts = [texts.slice(0, half), texts.slice(half)].map((part, p) => {
    const run = new CorpusRun(configure(rule), NO_SETTINGS, { forMerge: true });
    for (const doc of documentsOf(part, p * half)) run.collect(doc);
    return run;
  });
  const t0 = cpuMs();
  const into = new CorpusRun(configure(rule), NO_SETTINGS);
  for (const part of parts) into.mergePacked(structuredClone(part.pack()));
  const ms = cpuMs() - t0;
  return { ms, findings: corpusFindings(into.finish()) };
};
// The corpus rules together last: they share each document's word hashes (src/duplicates/word-hashes.ts).
for (const rule of [...corpusRules, ...(corpusRules.length <= 1 ? [] : [corpusRules])]) {
  const rounds = [measureCorpus(rule), measureCorpus(rule)];
  const merged = Array.isArray(rule) ? undefined : measureMerge(rule);
  const merge = merged
    ? `${merged.ms.toFixed(0).padStart(6)} ms merge${merged.findings === rounds[0].findings ? '' : ` (${merged.findings} findings!)`}`
    : '';
  console.log(
    `${(Array.isArray(rule) ? 'all corpus rules' : rule.id).padEnd(20)} ${rounds.map((r) => `${(megabytes / (r.ms / 1000)).toFixed(1).padStart(7)} MB/s`).join('  ')}   ${rounds[0].findings} findings  ${merge}`,
  );
}
