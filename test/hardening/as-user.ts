// Permission behaviour cannot be seen as root (root reads and writes anything), and CI runs as root: so
// a test that needs an ordinary user spawns the command line as `nobody` when it runs as root, and
// runs it directly otherwise. The temporary tree is opened up so that user can read (and write) it.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bin, type CliRun } from '../helpers/cli.js';

const NOBODY = 65534;

export const runsAsRoot = process.getuid?.() === 0;

/**
 * Why the command line cannot be run as an ordinary user here, or false: a checkout under a folder
 * only root may enter (/root) cannot be run as nobody, and such tests are skipped saying so.
 */
export function cannotRunAsUser(): string | false {
  if (!runsAsRoot) return false;
  const probe = spawnSync(process.execPath, [bin, '--version'], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  return probe.status === 0 ? false : `the user nobody cannot run ${bin} (a folder on its path is closed to others)`;
}

export function runCliAsUser(args: string[], cwd: string, input = ''): CliRun {
  const asNobody = runsAsRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    ...asNobody,
    env: { ...process.env, HOME: cwd, NO_COLOR: '1', FORCE_COLOR: '', CI: 'true' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Makes a tree's folders open to everyone (rwx) and its files readable and writable, except `keep`. */
export function openTreeToOthers(dir: string, keep: readonly string[] = []): void {
  if (keep.includes(dir)) return;
  chmodSync(dir, 0o777);
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (keep.includes(full)) continue;
    const stat = lstatSync(full);
    if (stat.isDirectory()) openTreeToOthers(full, keep);
    else if (stat.isFile()) chmodSync(full, 0o666);
  }
}
