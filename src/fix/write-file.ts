// The one place copydesk writes a user's file. Atomic (write-file-atomic: a temporary file in the same
// folder, fsync, rename), keeping the file's mode, and only if the file on disk still holds the bytes
// that were read: a file edited meanwhile is left alone.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type writeFileAtomicType from 'write-file-atomic';

// Loaded when a file is first written, not at start-up; left out of the bundle (it is CommonJS that
// reads its own __filename).
let writeFileAtomic: typeof writeFileAtomicType | null = null;

export class ChangedOnDisk extends Error {}

export async function writeFixedFile(file: string, originalBytes: Uint8Array, text: string, bom: boolean): Promise<void> {
  const current = readFileSync(file);
  if (!current.equals(originalBytes)) throw new ChangedOnDisk(`${file} changed on disk while it was being fixed; it was left as it is now`);
  const { mode } = statSync(file);
  const data = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  writeFileAtomic ??= createRequire(import.meta.url)('write-file-atomic') as typeof writeFileAtomicType;
  await writeFileAtomic(file, data, { mode, fsync: true });
}
