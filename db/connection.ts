import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { AppError } from '../shared/errors';
import { latestSchemaVersion, migrations } from './migrations';
import { damagedRefusal } from './damage';
import { storageRefusal } from './sqlite-errors';
import { identifyWorkspaceFile, PEERDESK_APPLICATION_ID } from './workspace-file';

export type Db = Database.Database;

export interface OpenOptions {
  /** true: make a new workspace (the file must not exist); false: open an existing one. */
  create: boolean;
  /** How long a write waits for another process's lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens a workspace file with the pragmas every connection must have, then migrates it forward.
 *
 * The file is identified from its header (read-only) before anything writes to it: another
 * program's database, an empty or a non-SQLite file is refused and left byte for byte as it was.
 * A workspace whose `quick_check` fails opens with `query_only` set (nothing can write to it; see
 * {@link passesQuickCheck}) and is not migrated.
 */
export function openDatabase(file: string, options: OpenOptions): Db {
  const kind = identifyWorkspaceFile(file);
  if (options.create && kind !== 'missing') {
    throw new AppError(kind === 'foreign' ? 'errors.fileExists' : 'errors.workspaceExists', { path: file });
  }
  if (!options.create && kind === 'missing') throw new AppError('errors.workspaceNotFound', { path: file });
  if (kind === 'foreign') throw new AppError('errors.foreignFile', { path: file });
  // Made empty and owner-only (0600) first: SQLite gives its -wal and -shm files the database
  // file's mode, so a workspace never exists world-readable.
  if (options.create) createOwnerOnlyFile(file);
  let db: Db;
  try {
    // The desktop app in development loads a copy of the addon built for Electron's ABI.
    const nativeBinding = process.env.PEERDESK_SQLITE_BINDING;
    db = new Database(file, { fileMustExist: !options.create, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (cause) {
    throw (
      storageRefusal(cause) ??
      new AppError('errors.workspaceUnreadable', { path: file, detail: String(cause) }, cause)
    );
  }
  try {
    // Stamped before WAL is switched on, so the stamp is in the main file's header from the start
    // (a crash before the first checkpoint cannot leave an unstamped file behind).
    if (options.create) db.pragma(`application_id = ${PEERDESK_APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL makes every acknowledged commit durable across power loss, the autosave promise.
    db.pragma('synchronous = FULL');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    if (!passesQuickCheck(db)) {
      if (schemaVersion(db) < latestSchemaVersion) throw damagedRefusal(db, file);
      db.pragma('query_only = ON');
      return db;
    }
    migrate(db);
    // Workspaces from before the stamp (identified by their meta row) get it on first open.
    if (db.pragma('application_id', { simple: true }) === 0)
      db.pragma(`application_id = ${PEERDESK_APPLICATION_ID}`);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw (
      storageRefusal(error) ??
      new AppError('errors.workspaceUnreadable', { path: file, detail: String(error) }, error)
    );
  }
}

function createOwnerOnlyFile(file: string): void {
  try {
    writeFileSync(file, '', { flag: 'wx', mode: 0o600 });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AppError('errors.workspaceExists', { path: file }, cause);
    throw (
      storageRefusal(cause) ??
      new AppError('errors.workspaceUnreadable', { path: file, detail: String(cause) }, cause)
    );
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** SQLite's fast structural check (b-tree pages, record formats); a throw counts as a failure. */
export function passesQuickCheck(db: Db): boolean {
  try {
    return db.pragma('quick_check(1)', { simple: true }) === 'ok';
  } catch {
    return false;
  }
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
