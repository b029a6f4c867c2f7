import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testServices } from '../test/temp';
import { createApp } from '../electron/core/app';
import { openDatabase } from './connection';
import { PEERDESK_APPLICATION_ID } from './workspace-file';

function fingerprint(file: string) {
  return { size: statSync(file).size, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

function foreignSqlite(file: string): void {
  const other = new Database(file);
  other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')");
  other.close();
}

const foreignFiles: [string, (file: string) => void][] = [
  ['another program’s SQLite database', foreignSqlite],
  ['a file that is not SQLite', (file) => writeFileSync(file, 'Quarterly figures\n'.repeat(40))],
  ['an empty file', (file) => writeFileSync(file, '')],
];

describe('files that are not Peerdesk workspaces', () => {
  it.each(foreignFiles)('refuses to open %s and leaves it byte for byte, with no -wal/-shm', async (_kind, make) => {
    const dir = tempDir();
    const file = path.join(dir, 'other.db');
    make(file);
    const before = fingerprint(file);
    const dispatcher = createApp(testServices(dir));
    for (const language of ['en', 'zh-CN'] as const) {
      const result = await dispatcher.invoke('workspace.open', { path: file }, { language });
      expect(result).toMatchObject({ ok: false, code: 'errors.foreignFile' });
      expect(!result.ok && result.message).toContain(file);
    }
    const created = await dispatcher.invoke('workspace.create', { name: 'X', role: 'office', path: file }, { language: 'en' });
    expect(created).toMatchObject({ ok: false, code: 'errors.fileExists' });
    expect(fingerprint(file)).toEqual(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
  });

  it('stamps new workspaces with the Peerdesk application_id in the file header', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'office.peerdesk.sqlite');
    const dispatcher = createApp(testServices(dir));
    await dispatcher.invoke('workspace.create', { name: 'Office', role: 'office', path: file }, { language: 'en' });
    expect(readFileSync(file).readUInt32BE(68)).toBe(PEERDESK_APPLICATION_ID);
    dispatcher.session.close();
    const again = await dispatcher.invoke('workspace.create', { name: 'Office', role: 'office', path: file }, { language: 'en' });
    expect(again).toMatchObject({ ok: false, code: 'errors.workspaceExists' });
  });

  it('opens a workspace of an earlier version (meta row, application_id 0) and stamps it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'legacy.peerdesk.sqlite');
    const dispatcher = createApp(testServices(dir));
    await dispatcher.invoke('workspace.create', { name: 'Old', role: 'office', path: file }, { language: 'en' });
    dispatcher.session.close();
    const legacy = new Database(file);
    legacy.pragma('application_id = 0');
    legacy.close();
    expect(readFileSync(file).readUInt32BE(68)).toBe(0);
    const opened = await dispatcher.invoke('workspace.open', { path: file }, { language: 'en' });
    expect(opened).toMatchObject({ ok: true, value: { name: 'Old', role: 'office' } });
    dispatcher.session.close();
    expect(readFileSync(file).readUInt32BE(68)).toBe(PEERDESK_APPLICATION_ID);
  });

  it('creates a file only when asked to create one', () => {
    const file = path.join(tempDir(), 'missing.sqlite');
    expect(() => openDatabase(file, { create: false })).toThrow(/workspaceNotFound/);
    expect(existsSync(file)).toBe(false);
  });
});
