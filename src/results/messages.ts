// How the run names files and I/O failures in its messages.
import path from 'node:path';

export function isIoError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

const IO_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'its name is longer than the system allows',
  ELOOP: 'too many symbolic links',
  ENOTDIR: 'a part of its path is not a folder',
  ERR_FS_FILE_TOO_LARGE: 'file is too large to read at once (over 2 GiB)',
  Z_DATA_ERROR: 'it is not valid gzip data',
  Z_BUF_ERROR: 'its gzip data is cut short',
};

export function describeIoError(error: NodeJS.ErrnoException): string {
  return IO_ERRORS[error.code ?? ''] ?? error.code ?? error.message;
}

export function displayPath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>') return filePath;
  const rel = path.relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
}
