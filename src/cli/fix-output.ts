// What `copydesk fix` prints besides the report: unified diffs for --dry-run, and a one-line summary.
import { createRequire } from 'node:module';
import { showInvisible } from '../reporters/show-invisible.js';
import { displayPath, type FileResult } from '../results/index.js';

/** jsdiff loads only for --dry-run (required, not imported: see src/input/find-files.ts). */
export async function unifiedDiffs(results: readonly FileResult[], cwd: string): Promise<string> {
  const { createTwoFilesPatch } = createRequire(import.meta.url)('diff') as typeof import('diff');
  return results
    .filter((r) => r.output !== undefined && r.source !== undefined)
    .map((r) => {
      // The headers are for people and for `patch`; a name with control characters is shown escaped.
      const name = showInvisible(displayPath(r.filePath, cwd));
      return createTwoFilesPatch(`a/${name}`, `b/${name}`, r.source!, r.output!, undefined, undefined, { context: 3 });
    })
    .join('');
}

export function fixSummary(results: readonly FileResult[], dryRun: boolean): string {
  const fixed = results.filter((r) => (r.fixCount ?? 0) > 0);
  const fixes = fixed.reduce((n, r) => n + (r.fixCount ?? 0), 0);
  if (fixes === 0) return 'copydesk: nothing to fix.\n';
  const verb = dryRun ? 'Would apply' : 'Applied';
  return `copydesk: ${verb} ${fixes} fix${fixes === 1 ? '' : 'es'} in ${fixed.length} file${fixed.length === 1 ? '' : 's'}.\n`;
}
