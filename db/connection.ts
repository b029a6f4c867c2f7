import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '../shared/errors';
import { latestSchemaVersion, migrations } from './migrations';

export type Db = Database.Database;

/** Opens a workspace file with the pragmas every connection must have, then migrates it forward. */
export function openDatabase(file: string, options: { create: boolean }): Db {
  if (!options.create && !existsSync(file)) throw new AppError('errors.workspaceNotFound', { path: file });
  let db: Db;
  try {
    // The desktop app in development loads a copy of the addon built for Electron's ABI.
    const nativeBinding = process.env.PEERDESK_SQLITE_BINDING;
    db = new Database(file, { fileMustExist: !options.create, ...(nativeBinding ? { nativeBinding } : {}) });
    db.pragma('journal_mode = WAL');
  } catch (cause) {
    throw new AppError('errors.workspaceUnreadable', { path: file, detail: String(cause) }, cause);
  }
  try {
    db.pragma('foreign_keys = ON');
    // FULL makes every acknowledged commit durable across power loss, the autosave promise.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies migrations current+1 .. target, each in its own transaction with its `user_version`.
 * Opening always goes to the latest; upgrade tests stop earlier to build a past workspace.
 */
export function migrate(db: Db, target = latestSchemaVersion): void {
  const current = schemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new AppError('errors.workspaceTooNew', { found: current, supported: latestSchemaVersion });
  }
  for (let version = current + 1; version <= target; version += 1) {
    const step = migrations[version - 1] as string;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}
