import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors';
import { translate } from '../shared/i18n/translate';
import { tempDir } from '../test/temp';
import { openDatabase } from './connection';
import { writeMeta } from './repositories/workspace-meta';
import { PEERDESK_APPLICATION_ID } from './workspace-file';

function fingerprint(file: string) {
  return { size: statSync(file).size, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function foreignSqlite(file: string): void {
  const other = new Database(file);
  other.exec(
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')",
  );
  other.close();
}

const foreignFiles: [string, (file: string) => void][] = [
  ['another program’s SQLite database', foreignSqlite],
  ['a file that is not SQLite', (file) => writeFileSync(file, 'Quarterly figures\n'.repeat(40))],
  ['an empty file', (file) => writeFileSync(file, '')],
];

describe('files that are not Peerdesk workspaces', () => {
  it.each(foreignFiles)(
    'refuses to open %s and leaves it byte for byte, with no -wal/-shm',
    (_kind, make) => {
      const file = path.join(tempDir(), 'other.db');
      make(file);
      const before = fingerprint(file);
      const refused = refusal(() => openDatabase(file, { create: false }));
      expect(refused.code).toBe('errors.foreignFile');
      expect(translate('en', refused.code, refused.params)).toBe(
        `${file} is not a Peerdesk workspace. Peerdesk did not open it and left it unchanged.`,
      );
      expect(translate('zh-CN', refused.code, refused.params)).toContain('不是 Peerdesk 工作区');
      expect(refusal(() => openDatabase(file, { create: true })).code).toBe('errors.fileExists');
      expect(fingerprint(file)).toEqual(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
      expect(existsSync(`${file}-shm`)).toBe(false);
    },
  );

  it('stamps new workspaces with the Peerdesk application_id in the file header', () => {
    const file = path.join(tempDir(), 'office.peerdesk.sqlite');
    openDatabase(file, { create: true }).close();
    expect(readFileSync(file).readUInt32BE(68)).toBe(PEERDESK_APPLICATION_ID);
    expect(refusal(() => openDatabase(file, { create: true })).code).toBe('errors.workspaceExists');
  });

  it('opens a workspace of an earlier version (meta row, application_id 0) and stamps it', () => {
    const file = path.join(tempDir(), 'legacy.peerdesk.sqlite');
    const created = openDatabase(file, { create: true });
    writeMeta(created, { id: 'w1', role: 'office' });
    created.pragma('application_id = 0');
    created.close();
    expect(readFileSync(file).readUInt32BE(68)).toBe(0);
    const opened = openDatabase(file, { create: false });
    opened.close();
    expect(readFileSync(file).readUInt32BE(68)).toBe(PEERDESK_APPLICATION_ID);
  });

  it('treats an unstamped database with a schema version but no meta row as foreign', () => {
    const file = path.join(tempDir(), 'versioned.db');
    foreignSqlite(file);
    const other = new Database(file);
    other.pragma('user_version = 3');
    other.close();
    const before = fingerprint(file);
    expect(refusal(() => openDatabase(file, { create: false })).code).toBe('errors.foreignFile');
    expect(fingerprint(file)).toEqual(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('creates a file only when asked to create one', () => {
    const file = path.join(tempDir(), 'missing.sqlite');
    expect(refusal(() => openDatabase(file, { create: false })).code).toBe('errors.workspaceNotFound');
    expect(existsSync(file)).toBe(false);
  });
});
