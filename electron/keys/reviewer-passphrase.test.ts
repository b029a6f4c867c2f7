import { describe, expect, it } from 'vitest';
import { findSigningKey } from '../../db/repositories/reviewer-identity';
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
