import Database from 'better-sqlite3';
import { migrate, type Db } from '../connection';
import { latestSchemaVersion } from '../migrations';

/**
 * A new workspace file at a past schema version: migrations 1..version only, with the same
 * foreign-key rule as a real connection. Upgrade tests fill it and then open it with openDatabase.
 */
export function createWorkspaceAtVersion(file: string, version: number): Db {
  if (!Number.isInteger(version) || version < 1 || version > latestSchemaVersion) {
    throw new Error(`no schema version ${version} (latest is ${latestSchemaVersion})`);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}
