// Where the shipped data files are: data/ at the package root, found by walking up from this module
// to the first folder with a package.json, so it works from src/ (vitest) and from dist/src/ (tsc).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The absolute path of data/<name> in the copydesk package. */
export function dataPath(name: string): string {
  root ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return join(root, 'data', name);
}

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`copydesk: no package.json above ${from}`);
  }
}
