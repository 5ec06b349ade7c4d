#!/usr/bin/env node
// copydesk's command-line entry: loads the bundled CLI (dist/copydesk.cjs) with V8's code cache, runs
// it, and turns every failure into a message and an exit code (2), never a stack trace (set
// DEBUG=copydesk to see one).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

process.stdout.on('error', (error) => {
  // A closed pipe (`copydesk … | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const bundle = fileURLToPath(new URL('../dist/copydesk.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;

/**
 * Runs the bundle as Node runs a CommonJS module, but from a vm.Script given the code cache of an
 * earlier run: the functions that run compiled then are read back instead of compiled again. A
 * missing, stale (another Node) or damaged cache is only slower; V8 checks it and says so.
 */
function loadBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    // Written beside the bundle under a name of its own, then renamed: runs that start meanwhile read
    // the old cache or none, never half of one.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // An install the user cannot write to (a global one owned by root, a read-only image) runs
      // without a cache; nothing else changes, and nothing is left behind.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // The folder refuses this too; the run itself is done and its result stands.
      }
    }
  };
  return { main: module.exports.main, saveCache };
}

try {
  const { main, saveCache } = loadBundle();
  process.exitCode = await main(process.argv.slice(2));
  saveCache();
} catch (error) {
  if (error?.name === 'UsageError') {
    process.stderr.write(`copydesk: ${error.message}\nRun copydesk --help for usage.\n`);
  } else {
    process.stderr.write(`copydesk: internal error: ${error?.message ?? error}\n`);
    if (process.env.DEBUG?.includes('copydesk')) process.stderr.write(`${error?.stack}\n`);
    else process.stderr.write('Please report it with the command you ran; DEBUG=copydesk shows the stack.\n');
  }
  process.exitCode = 2;
}
