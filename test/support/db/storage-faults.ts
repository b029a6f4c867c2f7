import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Db } from '../../../db/connection';

/**
 * Test helpers that produce real storage faults: SQLite's own error codes and real damage, never
 * simulated ones.
 */

/** The error a write through a read-only connection raises (SQLITE_READONLY). */
export function readOnlyWriteError(file: string): unknown {
  const setup = new Database(file);
  setup.exec('CREATE TABLE IF NOT EXISTS t (x INTEGER)');
  setup.close();
  const readonly = new Database(file, { readonly: true });
  try {
    readonly.exec('INSERT INTO t VALUES (1)');
    return undefined;
  } catch (error) {
    return error;
  } finally {
    readonly.close();
  }
}

/** Caps the file at its current size with no free pages, so the next growth fails with SQLITE_FULL. */
export function capAtCurrentSize(db: Db): () => void {
  db.exec('VACUUM');
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
  return () => db.pragma('max_page_count = 1073741823');
}

/** A second connection holding the write lock (BEGIN EXCLUSIVE) until the returned function runs. */
export function holdWriteLock(file: string): () => void {
  const other = new Database(file);
  other.exec('BEGIN EXCLUSIVE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

/** Where a table's b-tree root page starts in the file (the page must be checkpointed). */
export function tableRootOffset(db: Db, table: string): number {
  const root = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return (root - 1) * pageSize;
}

/** Overwrites bytes of a closed database file: real damage that `quick_check` finds. */
export function overwriteBytes(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(length, 0x7f), 0, length, offset);
  } finally {
    closeSync(fd);
  }
}

/** A write the session's query_only connection must refuse. */
export function tryWriteMeta(db: Db): void {
  db.prepare("DELETE FROM workspace_meta WHERE key = 'name'").run();
}
