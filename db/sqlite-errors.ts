import { AppError } from '../shared/errors';

/**
 * The one place storage failures become translated refusals. SQLite reports them as
 * `SqliteError` with an extended code (`SQLITE_READONLY_DBMOVED`, `SQLITE_BUSY_SNAPSHOT`, …);
 * Node's file system as `ENOSPC`/`EROFS`. Anything else is not a storage condition: undefined.
 */
export function storageRefusal(error: unknown): AppError | undefined {
  const code = errorCode(error);
  if (!code) return undefined;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return new AppError('errors.workspaceReadOnly');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('errors.diskFull');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError('errors.workspaceLocked');
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
