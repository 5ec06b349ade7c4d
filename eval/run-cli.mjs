// Runs the real command line, the way a user does: `copydesk check <folder> --format json` (and
// `copydesk fix --dry-run` where a suite scores repairs), on files written to a temporary folder.
// Each suite gets a folder of its own, so a corpus rule (name-variant compares the documents of one
// run) sees one carrier at a time, as it would see one dump. Inside a suite, documents go in batches
// in which each `batchKey` appears once at most, so a rule that compares documents with each other
// never sees copies the evaluation itself made; a suite whose documents are all distinct (a real
// dump) is one batch.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Bundles the CLI (dist/copydesk.js) without the type check of `npm run build`, which others' work in progress may fail. */
export function buildCli(repoRoot) {
  runOrThrow(process.execPath, ['scripts/bundle.mjs'], repoRoot, 'bundling the CLI');
}

/** The ids of the rules the CLI has (`copydesk rules`), so a suite can tell a missing rule from a silent one. */
export function ruleIds(repoRoot) {
  const { stdout } = runOrThrow(process.execPath, [cliPath(repoRoot), 'rules'], repoRoot, 'copydesk rules');
  return stdout
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/)[0])
    .filter(Boolean);
}

/**
 * Writes each document to `<dir>/<suite>/<batch>/<name>.txt`, checks each batch folder with the
 * CLI, and returns the findings of each document by name. `documents` are {name, text, batchKey},
 * or {name, bytes, batchKey} for a file whose bytes matter (a carrier that is not all UTF-8).
 */
export function checkDocuments(repoRoot, dir, suite, documents) {
  return runOnBatches(repoRoot, join(dir, suite), documents, ['check', '.', '--format', 'json'], (result) => result.messages);
}

/**
 * `copydesk fix --dry-run` with only the rules in `fixingRules` allowed to fix: the text each
 * document would have after every fix pass (its own text when nothing changes).
 */
export function fixedTexts(repoRoot, dir, suite, documents, fixingRules) {
  const ruleArgs = fixingRules.flatMap((rule) => ['--rule', `${rule}=error`]);
  const texts = new Map(documents.map((document) => [document.name, document.text]));
  const outputs = runOnBatches(
    repoRoot,
    join(dir, `${suite}-fix`),
    documents,
    ['fix', '.', '--dry-run', '--format', 'json', ...ruleArgs],
    (result) => result.output,
  );
  for (const [name, output] of outputs) if (output !== undefined) texts.set(name, output);
  return texts;
}

function runOnBatches(repoRoot, dir, documents, cliArgs, pick) {
  const picked = new Map();
  for (const [batch, members] of batchesOf(documents)) {
    const folder = join(dir, `batch-${String(batch).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const nameOfPath = new Map();
    for (const { name, text, bytes } of members) {
      const path = join(folder, `${name}.txt`);
      writeFileSync(path, bytes ?? text);
      nameOfPath.set(path, name);
    }
    for (const result of runCli(repoRoot, folder, cliArgs)) {
      const name = nameOfPath.get(resolve(folder, result.filePath));
      if (name === undefined) throw new Error(`the CLI reported a file the evaluation did not write: ${result.filePath}`);
      picked.set(name, pick(result));
    }
  }
  return picked;
}

function batchesOf(documents) {
  const batches = new Map();
  const seen = new Map();
  for (const document of documents) {
    const batch = seen.get(document.batchKey) ?? 0;
    seen.set(document.batchKey, batch + 1);
    if (!batches.has(batch)) batches.set(batch, []);
    batches.get(batch).push(document);
  }
  return batches;
}

function runCli(repoRoot, folder, cliArgs) {
  // Run from the folder itself, so no config of the repository (or above it) applies.
  const { stdout } = runOrThrow(
    process.execPath,
    [cliPath(repoRoot), ...cliArgs],
    folder,
    `copydesk ${cliArgs.join(' ')} in ${folder}`,
    [0, 1],
  );
  return JSON.parse(stdout);
}

function cliPath(repoRoot) {
  return join(repoRoot, 'bin', 'copydesk.js');
}

function runOrThrow(command, args, cwd, what, okStatuses = [0]) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  if (!okStatuses.includes(result.status)) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return result;
}
