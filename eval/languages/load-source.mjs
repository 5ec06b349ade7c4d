// Loads a TypeScript module of copydesk's src/ for an evaluation script: bundled with esbuild into
// node_modules/.cache (inside the repo, so the language model is found in node_modules as at run time).
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export async function loadSource(relativePath) {
  const outdir = `${REPO}node_modules/.cache/copydesk-eval`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/${relativePath.replace(/[/.]/g, '_')}.mjs`;
  await build({
    entryPoints: [`${REPO}${relativePath}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
