// Runs the real command line, the way a user does: `copydesk check <folder> --format json`, on
// files written to a temporary folder. Cases go in batches in which each carrier article appears
// once at most, so a rule that compares documents with each other (cross-document duplicates) never
// sees copies the evaluation itself made.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Bundles the CLI (dist/copydesk.js) without the type check of `npm run build`, which others' work in progress may fail. */
export function buildCli(repoRoot) {
  runOrThrow(process.execPath, ['scripts/bundle.mjs'], repoRoot, 'bundling the CLI');
}

/**
 * Writes each document to `<dir>/<batch>/<name>.txt`, checks each batch folder with the CLI, and
 * returns the findings of each document by name. `documents` are {name, text, batchKey}.
 */
export function checkDocuments(repoRoot, dir, documents) {
  const batches = new Map();
  const seen = new Map();
  for (const document of documents) {
    const batch = seen.get(document.batchKey) ?? 0;
    seen.set(document.batchKey, batch + 1);
    if (!batches.has(batch)) batches.set(batch, []);
    batches.get(batch).push(document);
  }
  const findings = new Map();
  for (const [batch, members] of batches) {
    const folder = join(dir, `batch-${String(batch).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const nameOfPath = new Map();
    for (const { name, text } of members) {
      const path = join(folder, `${name}.txt`);
      writeFileSync(path, text);
      nameOfPath.set(path, name);
    }
    for (const result of runCheck(repoRoot, folder)) {
      const name = nameOfPath.get(resolve(folder, result.filePath));
      if (name === undefined) throw new Error(`the CLI reported a file the evaluation did not write: ${result.filePath}`);
      findings.set(name, result.messages);
    }
  }
  return findings;
}

function runCheck(repoRoot, folder) {
  const bin = join(repoRoot, 'bin', 'copydesk.js');
  // Run from the folder itself, so no config of the repository (or above it) applies.
  const { stdout } = runOrThrow(process.execPath, [bin, 'check', '.', '--format', 'json'], folder, `copydesk check ${folder}`, [0, 1]);
  return JSON.parse(stdout);
}

function runOrThrow(command, args, cwd, what, okStatuses = [0]) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  if (!okStatuses.includes(result.status)) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return result;
}
