import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors';
import { tempDir } from '../test/temp';
import { openDatabase, schemaVersion } from './connection';
import { latestSchemaVersion } from './migrations';
import { PEERDESK_APPLICATION_ID } from './workspace-file';

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('workspace store', () => {
  it('creates a workspace with WAL, foreign keys, STRICT tables and the latest schema', () => {
    const file = path.join(tempDir(), 'office.sqlite');
    const db = openDatabase(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'",
      )
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(15);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/);
    db.close();
  });

  it('migrates idempotently: reopening keeps the version and the data', () => {
    const file = path.join(tempDir(), 'office.sqlite');
    const first = openDatabase(file, { create: true });
    first.prepare("INSERT INTO workspace_meta (key, value) VALUES ('name', 'kept')").run();
    first.close();
    const again = openDatabase(file, { create: false });
    expect(schemaVersion(again)).toBe(latestSchemaVersion);
    expect(again.prepare("SELECT value FROM workspace_meta WHERE key = 'name'").pluck().get()).toBe('kept');
    again.close();
  });

  it('enforces foreign keys and STRICT types', () => {
    const db = openDatabase(path.join(tempDir(), 'office.sqlite'), { create: true });
    expect(() =>
      db
        .prepare(
          "INSERT INTO challenges (id, call_id, code, title_zh, title_en) VALUES ('c1', 'no-such-call', 'A', '榜单', 'Challenge')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO keys (id, purpose, public_key, private_key, created_at) VALUES ('k', 'office-signing', 'pk', 'text', 'now')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in BLOB column/);
    db.close();
  });

  it('refuses a workspace written by a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${PEERDESK_APPLICATION_ID}`);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    expect(codeOf(() => openDatabase(file, { create: false }))).toBe('errors.workspaceTooNew');
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 5);
    check.close();
  });

  it('refuses a missing file and a file that is not SQLite', () => {
    const dir = tempDir();
    expect(codeOf(() => openDatabase(path.join(dir, 'missing.sqlite'), { create: false }))).toBe(
      'errors.workspaceNotFound',
    );
    const junk = path.join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database, just text that is long enough to have a header');
    expect(codeOf(() => openDatabase(junk, { create: false }))).toBe('errors.foreignFile');
  });
});
