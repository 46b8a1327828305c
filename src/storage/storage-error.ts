import { dirname } from 'node:path';

/** A storage failure that names the file and says what an operator can do about it. */
export class StorageError extends Error {
  constructor(
    readonly path: string,
    message: string,
    cause?: unknown,
  ) {
    super(`Storage ${path}: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'StorageError';
  }
}

/** What SQLite's and the file system's error codes mean for the person running Bala. */
function explain(path: string, code: string): string | undefined {
  const folder = dirname(path);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return `cannot write here: the file and its folder ${folder} must be writable by this user (uid ${process.getuid?.() ?? '?'})`;
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return `cannot open the file: check that ${folder} exists and is writable by this user (uid ${process.getuid?.() ?? '?'})`;
  }
  if (code === 'SQLITE_NOTADB') {
    return 'is not a SQLite database: point DATA_DIR at another folder, or move this file away to start empty';
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return 'is damaged: restore it from a backup, or move it away (subscriptions are lost) to start empty';
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') return `${folder} is not a folder`;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full';
  return undefined;
}

/** Wraps any error from opening or using the database into a StorageError that names the file. */
export function storageError(path: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  const advice = typeof code === 'string' ? explain(path, code) : undefined;
  return new StorageError(path, advice ? `${advice} (${detail})` : detail, error);
}
