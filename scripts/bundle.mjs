// Bundles the CLI into one CommonJS file, dist/copydesk.cjs, loaded by bin/copydesk.js with V8's code
// cache. Start-up is part of the pre-commit experience: resolving and compiling yargs' ~40 modules one
// by one cost ~60 ms on every run; compiling the one bundle still cost ~30 ms; with the code cache the compiled
// functions are read back instead (figures in docs/performance.md). CommonJS because Node 20 has a
// code cache for scripts (vm.Script cachedData) but none for ES modules.
// The first line names the build, `// copydesk-bundle <sha256 of the rest, 16 hex digits>`: bin/copydesk.js keys its code
// cache by it, so that hashing 700 KB (and loading node:crypto, ~5 ms together) is not paid at every start.
// The bundle is committed, so that installing from git builds nothing (docs/design.md, "What an install
// runs"); `node scripts/bundle.mjs DIR` writes it to DIR instead, for the test that compares the two.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

/**
 * yargs' platform shim imports cliui and string-width for its help text, and their module bodies build
 * an Intl.Segmenter and a `\p{RGI_Emoji}` regex (~13 ms on every start, regexes are not in the code
 * cache). A run that prints no help never calls them, so the shim gets stand-ins that load the real
 * module on the first call: esbuild bundles a module that is require()d lazily, run when first required.
 */
const lazyHelpRendering = {
  name: 'lazy-help-rendering',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(?:cliui|string-width)$/ }, ({ path: specifier, importer }) => {
      if (!/[\\/]node_modules[\\/]yargs[\\/]/.test(importer)) return undefined;
      return { path: specifier, namespace: 'lazy-help-rendering', pluginData: { resolveDir: path.dirname(importer) } };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-help-rendering' }, ({ path: specifier, pluginData }) => ({
      contents: `let real;
export default function lazy(...args) {
  real ??= require(${JSON.stringify(specifier)}).default;
  return real(...args);
}`,
      resolveDir: pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

/**
 * yargs' platform shim imports node:assert for checks of its own API use that it runs as it parses;
 * loading assert costs ~0.7 ms of every start. The stand-ins test as assert does (Object.is) and load
 * assert only when a check fails, to throw its AssertionError.
 */
const lazyAssert = {
  name: 'lazy-assert',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^assert$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]yargs[\\/]/.test(importer) ? { path: 'assert', namespace: 'lazy-assert' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-assert' }, () => ({
      contents: `export function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) require('node:assert').notStrictEqual(actual, expected, message);
}
export function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) require('node:assert').strictEqual(actual, expected, message);
}`,
      loader: 'js',
    }));
  },
};

/**
 * yargs guesses a version at every start (before ours replaces it) by looking for the nearest
 * package.json above its `mainFilename`, which it takes as the folder above node_modules. Bundled, there
 * is no node_modules in the path, and it fell back to the current folder: a readdir of each folder up to
 * one with a package.json, on every start, however many files the folder holds (a dump of 16k articles).
 * The stand-in looks from the bundle's own folder instead, where the unbundled yargs would have looked:
 * copydesk's install, a few entries.
 */
const findUpFromBundle = {
  name: 'find-up-from-bundle',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^escalade\/sync$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]yargs[\\/]/.test(importer)
        ? { path: 'escalade/sync', namespace: 'find-up-from-bundle', pluginData: { resolveDir: path.dirname(importer) } }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'find-up-from-bundle' }, ({ pluginData }) => ({
      contents: `import escalade from 'escalade/sync';
export default function findUpFromBundle(_start, matcher) {
  return escalade(__dirname, matcher);
}`,
      resolveDir: pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

/**
 * esbuild writes ASCII, escaping every other character, except in regular expression literals (an escape
 * would change a regex's `source`). A single non-ASCII character makes V8 hold the whole 740 KB source
 * as a two-byte string: decoding it on every start, and scanning it for each function compiled, is
 * slower (~10 ms of CPU on a check of one file). Each one in a regex literal becomes its \uXXXX escape
 * (astral characters a surrogate pair of them), which matches the same in both unicode and legacy mode;
 * copydesk's code rebuilds regexes from `source` only with the same or the `u` flag. Anything non-ASCII
 * left outside a regex literal stops the build.
 */
function escapeNonAsciiInRegexLiterals(code) {
  if (!/[^\0-\x7f]/.test(code)) return code;
  const file = ts.createSourceFile('bundle.cjs', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const text = code.slice(start, node.end);
      if (/[^\0-\x7f]/.test(text)) edits.push({ start, end: node.end, text: escapeRegexText(text) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let escaped = code;
  for (const { start, end, text } of edits.reverse()) escaped = escaped.slice(0, start) + text + escaped.slice(end);
  const left = /[^\0-\x7f]/.exec(escaped);
  if (left) throw new Error(`bundle: a non-ASCII character outside a regex literal: …${escaped.slice(left.index - 40, left.index + 40)}…`);
  return escaped;
}

/** `\\…` (an identity escape of the character, legacy mode only) becomes its escape too, not `\\\\u2026`. */
function escapeRegexText(text) {
  return text.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return kept + `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'dist'));
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
rmSync(outDir, { recursive: true, force: true });

await build({
  // Paths in the bundle (its module names) are relative to the repository, whatever the current folder.
  absWorkingDir: repoRoot,
  entryPoints: ['src/cli/main.ts'],
  outfile: path.join(outDir, 'copydesk.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [lazyHelpRendering, lazyAssert, findUpFromBundle],
  // Loaded only by the runs that need them (walking folders, --dry-run diffs, the interactive `w`
  // key): required from node_modules then, not parsed at every start.
  external: ['diff', 'jsonc-parser', 'write-file-atomic', 'fast-levenshtein', 'unicode-properties', 'piscina'],
  define: { COPYDESK_VERSION: JSON.stringify(version), 'import.meta.url': '__copydeskModuleUrl' },
  // The sources are ES modules that find data files and lazily loaded packages from import.meta.url.
  banner: { js: "const __copydeskModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

const outfile = path.join(outDir, 'copydesk.cjs');
const body = escapeNonAsciiInRegexLiterals(readFileSync(outfile, 'utf8'));
const buildKey = createHash('sha256').update(body).digest('hex').slice(0, 16);
writeFileSync(outfile, `// copydesk-bundle ${buildKey}\n${body}`);
