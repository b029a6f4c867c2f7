import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSigningKey } from '../../db/repositories/reviewer-identity';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { loadSigningKey } from '../reviewer/identity';
import { reviewerTestApp } from '../../test/support/reviewer/app';
import { buildFixturePackage, completeDraft, nsfcFixtureRubric } from '../../test/support/reviewer/fixtures';

const PASSPHRASE = 'my own review passphrase';

describe('the reviewer identity key under a reviewer-chosen passphrase', () => {
  it('protects the existing key, is locked after reopening, and signs again after one unlock', async () => {
    const app = reviewerTestApp();
    const pkg = await buildFixturePackage();
    const opened = await app.ok('reviewer.openPackage', {
      source: { bytes: pkg.bytes },
      passphrase: pkg.passphrase,
      fileName: 'package.pdpkg',
    });
    const db = app.dispatcher.session.require('reviewer').db;
    const before = findSigningKey(db);
    expect(before?.protection).toBe('none');

    expect(await app.ok('keys.setPassphrase', { passphrase: PASSPHRASE })).toEqual({
      state: 'unlocked',
      protectedKeys: 1,
    });
    expect(findSigningKey(db)).toMatchObject({ publicKey: before?.publicKey, protection: 'passphrase' });
    await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: completeDraft(nsfcFixtureRubric()),
    });
    await app.ok('reviewer.submit', { applicationId: 'GX-NSF-2026-001' });

    app.dispatcher.session.close();
    await app.ok('workspace.open', { path: opened.workspace.path });
    const callId = pkg.content.call.id;
    expect(await app.call('reviewer.export', { callId })).toMatchObject({
      ok: false,
      code: 'keys.errors.locked',
      params: { protection: 'passphrase' },
    });
    await app.ok('keys.unlock', { passphrase: PASSPHRASE });
    expect(await app.call('reviewer.export', { callId })).toMatchObject({ ok: true });
  });
});

/** The files of a workspace on disk: the database and, while it is open, its -wal and -shm. */
function workspaceBytes(file: string): Buffer[] {
  return ['', '-wal', '-shm'].flatMap((suffix) =>
    existsSync(`${file}${suffix}`) ? [readFileSync(`${file}${suffix}`)] : [],
  );
}

describe('the reviewer identity key on a door without an OS key store', () => {
  it('is never written unprotected: chosen passphrase first, raw key bytes in no file at any step', async () => {
    const app = reviewerTestApp({ services: { requireKeyProtection: true } });
    const pkg = await buildFixturePackage();
    const workspacePath = path.join(app.dataDir, 'zhang.peerdesk.sqlite');
    const open = { source: { bytes: pkg.bytes }, passphrase: pkg.passphrase, workspacePath };

    // Without a passphrase of the reviewer's own, the first package is refused and leaves nothing.
    expect(await app.call('reviewer.openPackage', open)).toMatchObject({
      ok: false,
      code: 'keys.errors.reviewerPassphraseRequired',
    });
    expect(await app.call('reviewer.openPackage', { ...open, keyPassphrase: 'short' })).toMatchObject({
      ok: false,
      code: 'keys.errors.passphraseTooShort',
    });
    expect(workspaceBytes(workspacePath)).toEqual([]);

    await app.ok('reviewer.openPackage', { ...open, keyPassphrase: PASSPHRASE });
    const { session } = app.dispatcher;
    const db = session.require('reviewer').db;
    expect(findSigningKey(db)?.protection).toBe('passphrase');
    expect(await app.ok('keys.status', {})).toEqual({ state: 'unlocked' });
    const privateKey = loadSigningKey(db, {
      ...app.dispatcher.services,
      passphraseProtector: session.passphraseProtector ?? undefined,
    }).privateKey;
    const secrets = [Buffer.from(base64urlDecode(privateKey) ?? []), Buffer.from(privateKey)];
    expect(secrets[0]).toHaveLength(32);
    const expectNoRawKey = (step: string) => {
      for (const bytes of workspaceBytes(workspacePath))
        for (const secret of secrets) expect(bytes.indexOf(secret), step).toBe(-1);
    };
    expectNoRawKey('after the first package');

    await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: completeDraft(nsfcFixtureRubric()),
    });
    expectNoRawKey('after a draft');
    await app.ok('reviewer.submit', { applicationId: 'GX-NSF-2026-001' });
    expectNoRawKey('after a submit');
    const callId = pkg.content.call.id;
    await app.ok('reviewer.export', { callId });
    expectNoRawKey('after an export');

    session.close();
    expectNoRawKey('after closing (the WAL checkpointed)');
    await app.ok('workspace.open', { path: workspacePath });
    expect(await app.call('reviewer.export', { callId })).toMatchObject({
      ok: false,
      code: 'keys.errors.locked',
    });
    await app.ok('keys.unlock', { passphrase: PASSPHRASE });
    await app.ok('reviewer.export', { callId });
    expectNoRawKey('after reopening, unlocking and exporting');
    session.close();
    expectNoRawKey('at the end');
  });
});
