import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection';
import { listPrivateKeys, type ProtectedKeyRow } from '../../db/repositories/keys-passphrase';
import { insertAssignmentFixture } from '../../test/support/db/assignment-fixture';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { jieqingRubric } from '../../shared/rubric-templates/jieqing';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import type { Services } from '../core/context';
import type { Dispatcher } from '../core/registry';
import { seededByteSource } from '../../shared/random/bytes';
import { loadVerifySnapshot } from '../merge/snapshot';
import { unlockPrivateKey } from './key-store';

const en = { language: 'en' as const };
const PASSPHRASE = 'karst carbon sinks 2026';

function keyRows(db: Db): ProtectedKeyRow[] {
  return listPrivateKeys(db, ['none', 'safe-storage', 'passphrase']);
}

/** An office workspace with one call ready to issue packages, behind a real dispatcher. */
async function office(services: Partial<Services>) {
  const dataDir = tempDir('peerdesk-keys-');
  const file = path.join(dataDir, 'office.sqlite');
  const dispatcher = createApp(testServices(dataDir, { randomBytes: seededByteSource('keys'), ...services }));
  await dispatcher.invoke('workspace.create', { name: 'Office', role: 'office', path: file }, en);
  insertAssignmentFixture(dispatcher.session.require('office').db, {
    call: { id: 'call-1', code: 'JQ2026', reviewersPerApplication: 1, rubric: jieqingRubric() },
    applications: [
      { id: 'app-1', referenceNo: 'JQ-1' },
      { id: 'app-2', referenceNo: 'JQ-2' },
    ],
    reviewers: [{ id: 'rev-a', name: '王芳', maxLoad: 5 }],
    conflicts: [],
  });
  expect(await dispatcher.invoke('assignments.auto', { callId: 'JQ2026' }, en)).toMatchObject({ ok: true });
  const issue = () =>
    dispatcher.invoke('packages.export', { callId: 'JQ2026', outDir: path.join(dataDir, 'packages') }, en);
  return { dispatcher, file, issue };
}

/** The raw 32-byte private keys by purpose, unlocked through the key store as the use cases do. */
function rawKeys(dispatcher: Dispatcher): Map<string, Uint8Array> {
  const { db } = dispatcher.session.require();
  const services = { passphraseProtector: dispatcher.session.passphraseProtector ?? undefined };
  return new Map(
    keyRows(db).map((row) => {
      const curve = row.purpose === 'office-encryption' ? 'X25519' : 'Ed25519';
      const raw = base64urlDecode(unlockPrivateKey(row, curve, services));
      if (!raw) throw new Error('not base64url');
      return [row.purpose, raw];
    }),
  );
}

/** Every byte SQLite keeps for the workspace on disk: the file and any -wal / -shm beside it. */
function bytesOnDisk(file: string): Buffer {
  return Buffer.concat(
    [file, `${file}-wal`, `${file}-shm`].filter((name) => existsSync(name)).map((name) => readFileSync(name)),
  );
}

describe('office keys under the office passphrase', () => {
  it('refuses to make office keys unprotected where the door requires protection', async () => {
    const { dispatcher, issue } = await office({ requireKeyProtection: true });
    expect(await dispatcher.invoke('keys.status', {}, en)).toEqual({
      ok: true,
      value: { state: 'unprotected' },
    });
    expect(await issue()).toMatchObject({ ok: false, code: 'keys.errors.passphraseRequired' });
    expect(keyRows(dispatcher.session.require().db)).toEqual([]);
  });

  it('keeps keys unreadable without the passphrase, refuses a wrong one, and works after one unlock', async () => {
    const { dispatcher, file, issue } = await office({ requireKeyProtection: true });
    expect(await dispatcher.invoke('keys.setPassphrase', { passphrase: PASSPHRASE }, en)).toEqual({
      ok: true,
      value: { state: 'unlocked', protectedKeys: 0 },
    });
    expect(await issue()).toMatchObject({ ok: true });
    const raw = rawKeys(dispatcher);
    expect(keyRows(dispatcher.session.require().db).map((row) => row.protection)).toEqual([
      'passphrase',
      'passphrase',
    ]);
    dispatcher.session.close();
    const disk = bytesOnDisk(file);
    for (const key of raw.values()) expect(disk.includes(Buffer.from(key))).toBe(false);

    expect(await dispatcher.invoke('workspace.open', { path: file }, en)).toMatchObject({ ok: true });
    expect(await dispatcher.invoke('keys.status', {}, en)).toEqual({ ok: true, value: { state: 'locked' } });
    expect(await issue()).toMatchObject({ ok: false, code: 'keys.errors.locked' });
    const { db } = dispatcher.session.require();
    expect(() => loadVerifySnapshot(db, {})).toThrow(expect.objectContaining({ code: 'keys.errors.locked' }));

    const wrong = await dispatcher.invoke('keys.unlock', { passphrase: 'karst carbon sinks 2027' }, en);
    expect(wrong).toMatchObject({ ok: false, code: 'keys.errors.wrongPassphrase' });
    expect(await dispatcher.invoke('keys.status', {}, en)).toEqual({ ok: true, value: { state: 'locked' } });

    expect(await dispatcher.invoke('keys.unlock', { passphrase: PASSPHRASE }, en)).toEqual({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(await issue()).toMatchObject({ ok: true });
    const snapshot = loadVerifySnapshot(db, { passphraseProtector: dispatcher.session.passphraseProtector! });
    expect(base64urlDecode(snapshot.office.encryptionPrivateKey)).toEqual(raw.get('office-encryption'));
    dispatcher.session.close();
    expect(dispatcher.session.passphraseProtector).toBeNull();
  });

  it('protects existing unprotected keys at the first passphrase, and re-wraps them on a change', async () => {
    const { dispatcher, file, issue } = await office({});
    expect(await issue()).toMatchObject({ ok: true });
    const db = dispatcher.session.require().db;
    const before = keyRows(db);
    expect(before.map((row) => row.protection)).toEqual(['none', 'none']);

    const tooShort = await dispatcher.invoke('keys.setPassphrase', { passphrase: 'short' }, en);
    expect(tooShort).toMatchObject({ ok: false, code: 'keys.errors.passphraseTooShort' });
    expect(keyRows(db)).toEqual(before);

    expect(await dispatcher.invoke('keys.setPassphrase', { passphrase: PASSPHRASE }, en)).toEqual({
      ok: true,
      value: { state: 'unlocked', protectedKeys: 2 },
    });
    const sealed = keyRows(db);
    expect(sealed.map((row) => [row.publicKey, row.protection])).toEqual(
      before.map((row) => [row.publicKey, 'passphrase']),
    );
    expect(await issue()).toMatchObject({ ok: true });
    expect(keyRows(db).map((row) => row.publicKey)).toEqual(before.map((row) => row.publicKey));

    const changed = await dispatcher.invoke('keys.setPassphrase', { passphrase: 'mangrove restoration' }, en);
    expect(changed).toEqual({ ok: true, value: { state: 'unlocked', protectedKeys: 2 } });
    expect(keyRows(db).map((row) => row.privateKey)).not.toEqual(sealed.map((row) => row.privateKey));
    dispatcher.session.close();
    const disk = bytesOnDisk(file);
    for (const row of before) expect(disk.includes(Buffer.from(row.privateKey))).toBe(false);

    await dispatcher.invoke('workspace.open', { path: file }, en);
    expect(await dispatcher.invoke('keys.unlock', { passphrase: PASSPHRASE }, en)).toMatchObject({
      ok: false,
      code: 'keys.errors.wrongPassphrase',
    });
    expect(await dispatcher.invoke('keys.unlock', { passphrase: 'mangrove restoration' }, en)).toMatchObject({
      ok: true,
    });
    expect(await issue()).toMatchObject({ ok: true });
  });

  it('changes a locked passphrase only when the current one is given', async () => {
    const { dispatcher, file } = await office({});
    await dispatcher.invoke('keys.setPassphrase', { passphrase: PASSPHRASE }, en);
    dispatcher.session.close();
    await dispatcher.invoke('workspace.open', { path: file }, en);
    expect(
      await dispatcher.invoke('keys.setPassphrase', { passphrase: 'mangrove restoration' }, en),
    ).toMatchObject({ ok: false, code: 'keys.errors.locked' });
    expect(
      await dispatcher.invoke(
        'keys.setPassphrase',
        { passphrase: 'mangrove restoration', current: PASSPHRASE },
        en,
      ),
    ).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  });
});
