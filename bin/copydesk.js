#!/usr/bin/env node
// copydesk's command-line entry: loads the bundled CLI (dist/copydesk.cjs) with V8's code cache, runs
// it, and turns every failure into a message and an exit code (2), never a stack trace (set
// DEBUG=copydesk to see one).
// CommonJS (bin/package.json says so): Node starts a script ~6 ms sooner than an ES module, and this
// file needs nothing of ES modules.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

process.stdout.on('error', (error) => {
  // A closed pipe (`copydesk … | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const bundle = path.join(__dirname, '..', 'dist', 'copydesk.cjs');
/** Cache files of other builds and Node versions kept in the folder beside the current one. */
const KEEP_OTHER_CACHES = 4;

/**
 * The per-user folder for the code cache: never the user's project, never the install (often
 * read-only, and shared by users). COPYDESK_CODE_CACHE names another folder; COPYDESK_NO_CODE_CACHE=1
 * turns the cache off. Undefined when there is no home folder to put it in.
 */
function cacheFolder() {
  const { COPYDESK_CODE_CACHE, COPYDESK_NO_CODE_CACHE, XDG_CACHE_HOME, LOCALAPPDATA } = process.env;
  if (COPYDESK_NO_CODE_CACHE && COPYDESK_NO_CODE_CACHE !== '0') return undefined;
  if (COPYDESK_CODE_CACHE) return path.resolve(COPYDESK_CODE_CACHE);
  let home;
  try {
    home = os.homedir();
  } catch {
    return undefined;
  }
  if (process.platform === 'win32') return LOCALAPPDATA ? path.join(LOCALAPPDATA, 'copydesk', 'Cache', 'v8') : undefined;
  if (!home) return undefined;
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'copydesk', 'v8');
  // The XDG base directory spec: a relative XDG_CACHE_HOME is invalid and ignored.
  const base = XDG_CACHE_HOME && path.isAbsolute(XDG_CACHE_HOME) ? XDG_CACHE_HOME : path.join(home, '.cache');
  return path.join(base, 'copydesk', 'v8');
}

/**
 * The cache file for this bundle on this Node: keyed by the build (the hash scripts/bundle.mjs writes on
 * the bundle's first line) and the Node version and architecture, whose V8 wrote it. V8 checks a cache
 * itself and rejects one from another V8, other flags or a source of another length, but would take one
 * made for another source of the same length: hence the build in the name.
 */
function cacheFileFor(source) {
  const build = /^\/\/ copydesk-bundle ([0-9a-f]{16})\n/.exec(source)?.[1];
  const folder = cacheFolder();
  if (!build || !folder) return undefined;
  return path.join(folder, `copydesk-${build}-node${process.version}-${process.arch}.v8cache`);
}

/**
 * A cache file is a header line, `copydesk-code-cache <what the runs that made it reached, comma-separated>`,
 * then V8's data. A file without the header (damaged, or of an older copydesk) is handed to V8 whole,
 * which rejects it.
 */
const CACHE_HEADER = 'copydesk-code-cache ';

function readCache(cacheFile) {
  let bytes;
  try {
    if (cacheFile) bytes = readFileSync(cacheFile);
  } catch {
    bytes = undefined;
  }
  if (!bytes) return { cachedData: undefined, covered: new Set() };
  const end = bytes.indexOf(10);
  if (end < 0 || bytes.toString('latin1', 0, CACHE_HEADER.length) !== CACHE_HEADER) return { cachedData: bytes, covered: new Set() };
  const covered = new Set(bytes.toString('latin1', CACHE_HEADER.length, end).split(',').filter(Boolean));
  return { cachedData: bytes.subarray(end + 1), covered };
}

/**
 * Runs the bundle as Node runs a CommonJS module, but from a vm.Script given the code cache of an
 * earlier run: the functions that run compiled then are read back instead of compiled again. A
 * missing, stale or damaged cache is only slower; V8 checks it and says so, and the run writes a new one.
 * A run that reached a part of copydesk no cached run had (another rule reporting, another format,
 * another command) writes it again, with what it compiled added: V8's data holds every function compiled
 * so far, those read back from the cache included, so the cache only grows, at most once per part.
 */
function loadBundle() {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = cacheFileFor(source);
  const { cachedData, covered } = readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  const reached = new Set();
  // Written after the run, so that it holds the functions a check compiles, not only the top level.
  const saveCache = () => {
    if (!cacheFile) return;
    const accepted = cachedData && !script.cachedDataRejected;
    if (accepted && [...reached].every((part) => covered.has(part))) return;
    const parts = accepted ? [...new Set([...covered, ...reached])] : [...reached];
    // A word with a comma or a line break would break the header: such a part is left out.
    const header =
      CACHE_HEADER +
      parts
        .filter((part) => !/[,\n]/.test(part))
        .sort()
        .join(',') +
      '\n';
    writeCache(cacheFile, () => Buffer.concat([Buffer.from(header, 'latin1'), script.createCachedData()]));
  };
  return { main: (argv) => module.exports.main(argv, reached), saveCache };
}

/**
 * Writes under a name of its own, then renames: runs that start meanwhile read the old cache or none,
 * never half of one. Any failure (no home folder, a read-only one, a full disk) leaves the run as it
 * was, and nothing behind.
 */
function writeCache(cacheFile, cachedData) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(tmp, cachedData());
    renameSync(tmp, cacheFile);
    pruneOldCaches(path.dirname(cacheFile), path.basename(cacheFile));
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder refuses this too; the run itself is done and its result stands.
    }
  }
}

/** Each upgrade of copydesk or of Node leaves a cache of ~1 MB behind: keep only the newest few. */
function pruneOldCaches(folder, current) {
  const others = readdirSync(folder)
    .filter((name) => name !== current && name.startsWith('copydesk-') && name.endsWith('.v8cache'))
    .map((name) => ({ name, mtime: statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of others.slice(KEEP_OTHER_CACHES)) rmSync(path.join(folder, name), { force: true });
}

async function run() {
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
}

run();
