// `-o, --output-file FILE`: the report goes to a file instead of standard output, written atomically
// (a temporary file beside it, then rename), so a CI step that uploads it never reads half a report.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type writeFileAtomicType from 'write-file-atomic';
import { UsageError } from '../errors.js';
import { showInvisible } from '../reporters/show-invisible.js';

/** Writes `report` to `file` (relative to `cwd`), making its folder if needed; exit 2 when it cannot. */
export async function writeReportFile(file: string, report: string, cwd: string): Promise<void> {
  const target = path.resolve(cwd, file);
  // Required at run time as src/fix/write-file.ts does: the package is CommonJS that reads its own __filename.
  const writeFileAtomic = createRequire(import.meta.url)('write-file-atomic') as typeof writeFileAtomicType;
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, report);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`Cannot write the report to ${showInvisible(file)}: ${reason}`);
  }
}
