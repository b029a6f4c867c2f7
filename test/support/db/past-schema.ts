import Database from 'better-sqlite3';
import { migrate, type Db } from '../../../db/connection';
import { latestSchemaVersion } from '../../../db/migrations';
import { writeMeta } from '../../../db/repositories/workspace-meta';

/**
 * A new workspace file at a past schema version: migrations 1..version only, with the same
 * foreign-key rule as a real connection, and the meta row every Peerdesk has written since version 1
 * (but no application_id: the stamp came later). Upgrade tests fill it, then open it with openDatabase.
 */
export function createWorkspaceAtVersion(file: string, version: number): Db {
  if (!Number.isInteger(version) || version < 1 || version > latestSchemaVersion) {
    throw new Error(`no schema version ${version} (latest is ${latestSchemaVersion})`);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  writeMeta(db, { id: `past-v${version}` });
  return db;
}
