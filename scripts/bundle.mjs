// Bundles the CLI into one ES module, dist/copydesk.js. Start-up is part of the pre-commit experience:
// resolving and compiling yargs' ~40 modules one by one cost ~60 ms on every run; one bundled file
// takes a fraction of that (measured in docs/performance.md).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { copydesk: 'src/cli/main.ts' },
  outdir: 'dist',
  // Code only some runs need (walking folders, diffs, the interactive session) goes into chunks
  // loaded on demand, so a pre-commit run on a few files parses less.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'linked',
  logLevel: 'warning',
  define: { COPYDESK_VERSION: JSON.stringify(version) },
  // Bundled CommonJS packages call require(); give the ES module one.
  banner: { js: "import { createRequire as __copydeskCreateRequire } from 'node:module'; const require = __copydeskCreateRequire(import.meta.url);" },
});
