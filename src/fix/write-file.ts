// The one place copydesk writes a user's file. Atomic: the new bytes go to a temporary file in the same
// folder (fsync), then a rename puts it in place, so a crash leaves the old file or the new one, never
// half of each. Nobody else's change is ever lost: the file must still hold the bytes that were read,
// checked once before the temporary file is written and again right before the rename (a scraper that
// appends meanwhile, or a second `copydesk fix --rule …` on the same folder). The file's mode (and, as
// root, its owner) is kept.
//
// Some files are not written at all, with a reason: a symbolic link (the rename would replace the link
// with a file, or write somewhere outside the tree given), a file with hard links (the rename would
// split them: the other names would keep the old text), and a read-only file (the rename would go
// around the mode, which is the owner saying "do not change this").
//
// Temporary files are named `.<name>.copydesk-<pid>-<random>.tmp`: hidden, never matched by the
// `.txt`/`.jsonl` walk, and recognisable. A run that was killed while writing leaves one behind;
// `removeStaleTempFiles` deletes those of processes that are gone, and nothing else.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// node:crypto is loaded on first use (a temporary file's name): a check that writes nothing never needs it.
type Crypto = typeof import('node:crypto');
let cryptoModule: Crypto | undefined;
function crypto(): Crypto {
  return (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as Crypto);
}

export class ChangedOnDisk extends Error {}

/** A file copydesk will not rewrite; the message says why, in words for the user. */
export class NotWritable extends Error {}

export async function writeFixedFile(file: string, originalBytes: Uint8Array, text: string, bom: boolean): Promise<void> {
  replaceFileBytes(file, originalBytes, Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'));
}

/** Puts `data` in place of `file`, provided the file still holds `originalBytes`. */
export function replaceFileBytes(file: string, originalBytes: Uint8Array, data: Uint8Array): void {
  const before = fs.lstatSync(file);
  refuseUnwritable(file, before);
  if (!fs.readFileSync(file).equals(originalBytes)) throw new ChangedOnDisk(`${file} changed on disk while it was being fixed`);
  const temp = tempFileName(file);
  try {
    writeTempFile(temp, data, before);
    // The last look before the rename: the bytes and the inode are still the ones that were read.
    const after = fs.lstatSync(file);
    if (after.ino !== before.ino || !fs.readFileSync(file).equals(originalBytes)) {
      throw new ChangedOnDisk(`${file} changed on disk while it was being fixed`);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function refuseUnwritable(file: string, stat: fs.Stats): void {
  if (stat.isSymbolicLink()) {
    throw new NotWritable('it is a symbolic link, and copydesk does not write through links (fix the file it points to)');
  }
  if (!stat.isFile()) throw new NotWritable('it is not a regular file');
  if (stat.nlink > 1) {
    throw new NotWritable(`it has ${stat.nlink} hard links, and rewriting it would split them (the other names would keep the old text)`);
  }
  // A file with no write bit is read-only by intent, even for root, who could write it anyway.
  if ((stat.mode & 0o222) === 0 || !canWrite(file)) throw new NotWritable('it is read-only');
}

function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function writeTempFile(temp: string, data: Uint8Array, like: fs.Stats): void {
  const fd = fs.openSync(temp, 'wx', like.mode & 0o7777);
  try {
    fs.writeFileSync(fd, data);
    // The mode given to open is cut by the umask; the file's own mode is what it should keep.
    fs.fchmodSync(fd, like.mode & 0o7777);
    if (process.getuid?.() === 0) fs.fchownSync(fd, like.uid, like.gid);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const TEMP_SUFFIX = /^\.(.*)\.copydesk-(\d+)-[0-9a-f]{8}\.tmp$/s;
// Room for the suffix within the 255 bytes a file name may have, whatever the name's characters.
const NAME_PART_CHARS = 40;

/** `.<name>.copydesk-<pid>-<random>.tmp` beside the file. */
export function tempFileName(file: string): string {
  const name = [...path.basename(file)].slice(0, NAME_PART_CHARS).join('');
  return path.join(path.dirname(file), `.${name}.copydesk-${process.pid}-${crypto().randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Deletes the temporary files a killed copydesk left in `dir`: only names of copydesk's own pattern,
 * only of processes no longer running (a concurrent run's file in progress stays). Returns their names.
 */
export function removeStaleTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_SUFFIX.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    try {
      if (!fs.lstatSync(path.join(dir, name)).isFile()) continue;
      fs.rmSync(path.join(dir, name));
      removed.push(name);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
